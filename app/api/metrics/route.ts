import { NextResponse, type NextRequest } from 'next/server';
import { scopeMetrics } from '../../../lib/access/scope-metrics';
import { screenEdges } from '../../../lib/metrics/screen';
import { describeQueryError } from '../../../lib/url/graph-query';
import { metricsQuerySchema } from '../../../lib/url/metrics-query';
import { graphFor, namespacesFor, requestView } from '../../../server/auth/request-view';
import { errorResponse } from '../../../server/http/guard';
import { currentMetrics } from '../../../server/prometheus/current';

export const dynamic = 'force-dynamic';

/** The metrics layer for the hops on screen. It never fails the page: problems are in `status` and `message`. */
export async function GET(request: NextRequest) {
  const query = metricsQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    const view = await requestView(request);
    const { cluster, access } = view;
    const namespaces = namespacesFor(view, query.data.namespaces);
    const graph = graphFor(view, namespaces);
    const layer = await currentMetrics({ sourceKind: cluster.info.kind, namespaces, allNamespaces: graph.namespaces, window: query.data.range, ...(query.data.at ? { at: query.data.at } : {}), edges: screenEdges(graph) });
    return NextResponse.json(scopeMetrics(layer, graph, access));
  } catch (error) {
    return errorResponse(error);
  }
}
