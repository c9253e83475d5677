import { NextResponse, type NextRequest } from 'next/server';
import { describeQueryError, problemsQuerySchema } from '../../../lib/url/graph-query';
import { namespacesFor, requestView } from '../../../server/auth/request-view';
import { errorResponse } from '../../../server/http/guard';

export const dynamic = 'force-dynamic';

/** The Problems list of the namespaces asked for (all the viewer may see without), most harmful first; cluster-wide ones always. */
export async function GET(request: NextRequest) {
  const query = problemsQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    const view = await requestView(request);
    const namespaces = namespacesFor(view, query.data.namespaces);
    const scope = namespaces && new Set(namespaces);
    const problems = view.analysis.problems().filter((p) => !scope || p.namespace === null || scope.has(p.namespace));
    return NextResponse.json({ problems });
  } catch (error) {
    return errorResponse(error);
  }
}
