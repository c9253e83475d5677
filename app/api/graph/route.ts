import { NextResponse, type NextRequest } from 'next/server';
import { describeQueryError, graphQuerySchema } from '../../../lib/url/graph-query';
import { viewRequestOf } from '../../../lib/view/request';
import { graphMeta, namespacesFor, requestView } from '../../../server/auth/request-view';
import { errorResponse } from '../../../server/http/guard';

export const dynamic = 'force-dynamic';

/**
 * The view asked for (namespaces, focus, open groups, kept hops, only problems), cut down to what a
 * browser draws well, from the viewer's shared analysis (serialized once per change and view).
 */
export async function GET(request: NextRequest) {
  const query = graphQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    const view = await requestView(request);
    const body = view.analysis.viewBody(viewRequestOf(query.data, namespacesFor(view, query.data.namespaces)), graphMeta(view));
    return new Response(body, { headers: { 'Content-Type': 'application/json' } });
  } catch (error) {
    return errorResponse(error);
  }
}
