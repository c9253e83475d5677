import { NextResponse, type NextRequest } from 'next/server';
import { describeQueryError, problemsQuerySchema } from '../../../lib/url/graph-query';
import { listProblems, ofCause } from '../../../lib/view/problems';
import { namespacesFor, requestView } from '../../../server/auth/request-view';
import { errorResponse } from '../../../server/http/guard';

export const dynamic = 'force-dynamic';

/**
 * The Problems list of the namespaces asked for (all the viewer may see without), most harmful
 * first, cluster-wide ones always: problems one by one, and many with one cause as a group; with
 * `cause` and `severity`, every problem of that group.
 */
export async function GET(request: NextRequest) {
  const query = problemsQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    const view = await requestView(request);
    const namespaces = namespacesFor(view, query.data.namespaces);
    const scope = namespaces && new Set(namespaces);
    const problems = view.analysis.problems().filter((p) => !scope || p.namespace === null || scope.has(p.namespace));
    if (query.data.cause && query.data.severity) return NextResponse.json({ problems: ofCause(problems, query.data.cause, query.data.severity), groups: [] });
    return NextResponse.json(listProblems(problems));
  } catch (error) {
    return errorResponse(error);
  }
}
