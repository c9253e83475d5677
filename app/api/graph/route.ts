import { NextResponse, type NextRequest } from 'next/server';
import { describeQueryError, graphQuerySchema } from '../../../lib/url/graph-query';
import { graphMeta, namespacesFor, requestView } from '../../../server/auth/request-view';
import { errorResponse } from '../../../server/http/guard';

export const dynamic = 'force-dynamic';

/** The graph of the namespaces asked for, from the viewer's shared analysis (serialized once per change). */
export async function GET(request: NextRequest) {
  const query = graphQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    const view = await requestView(request);
    const json = view.analysis.graphJson(namespacesFor(view, query.data.namespaces), graphMeta(view));
    return new Response(json, { headers: { 'Content-Type': 'application/json' } });
  } catch (error) {
    return errorResponse(error);
  }
}
