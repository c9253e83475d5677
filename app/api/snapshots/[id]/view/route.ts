import { NextResponse, type NextRequest } from 'next/server';
import { diffGraphs } from '../../../../../lib/snapshots/diff';
import { describeQueryError, graphQuerySchema } from '../../../../../lib/url/graph-query';
import { viewOfGraph } from '../../../../../lib/view/graph-view';
import { listProblems } from '../../../../../lib/view/problems';
import { viewRequestOf } from '../../../../../lib/view/request';
import { graphFor, requestView } from '../../../../../server/auth/request-view';
import { errorResponse } from '../../../../../server/http/guard';
import { readSnapshot } from '../../../../../server/snapshots/read';

export const dynamic = 'force-dynamic';

/**
 * A snapshot's frozen graph as a view (the same parameters as `/api/graph`), its Problems list (the
 * problems of a group: `/api/snapshots/[id]/problems`), and what changed since, against the live
 * cluster over the snapshot's namespaces.
 */
export async function GET(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const query = graphQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    const view = await requestView(request);
    const snapshot = await readSnapshot((await params).id, view.access);
    const namespaces = snapshot.view.namespaces.length ? snapshot.view.namespaces : null;
    const { graph, problems } = viewOfGraph(snapshot.graph, viewRequestOf(query.data, namespaces));
    return NextResponse.json({ graph, problems: listProblems(problems), diff: diffGraphs(snapshot.graph, graphFor(view, namespaces)) });
  } catch (error) {
    return errorResponse(error);
  }
}
