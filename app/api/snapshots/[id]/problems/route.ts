import { NextResponse, type NextRequest } from 'next/server';
import { describeQueryError, problemsQuerySchema } from '../../../../../lib/url/graph-query';
import { findProblems } from '../../../../../lib/view/problem-index';
import { ofCause } from '../../../../../lib/view/problems';
import { sourceOfGraph } from '../../../../../lib/view/source';
import { requestView } from '../../../../../server/auth/request-view';
import { errorResponse, RequestRejected } from '../../../../../server/http/guard';
import { readSnapshot } from '../../../../../server/snapshots/read';

export const dynamic = 'force-dynamic';

/** The problems of one group of a snapshot's Problems list (`cause` and `severity`), as `/api/problems` answers them live. */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const query = problemsQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    if (!query.data.cause || !query.data.severity) throw new RequestRejected(400, 'name the group: cause and severity');
    const view = await requestView(request);
    const snapshot = await readSnapshot((await params).id, view.access);
    const problems = findProblems(sourceOfGraph(snapshot.graph), query.data.namespaces ?? null);
    return NextResponse.json({ problems: ofCause(problems, query.data.cause, query.data.severity), groups: [] });
  } catch (error) {
    return errorResponse(error);
  }
}
