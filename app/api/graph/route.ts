import { NextResponse, type NextRequest } from 'next/server';
import { buildGraph } from '../../../lib/analysis/build-graph';
import { describeQueryError, graphQuerySchema } from '../../../lib/url/graph-query';
import { namespacesFor, requestView } from '../../../server/auth/request-view';
import { errorResponse } from '../../../server/http/guard';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const query = graphQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    const view = await requestView(request);
    const { cluster, state, notices, sync } = view;
    const namespaces = namespacesFor(view, query.data.namespaces);
    return NextResponse.json(buildGraph(state, { namespaces }, { source: cluster.info, notices, sync }));
  } catch (error) {
    return errorResponse(error);
  }
}
