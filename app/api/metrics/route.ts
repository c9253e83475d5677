import { NextResponse, type NextRequest } from 'next/server';
import { buildGraph } from '../../../lib/graph/build-graph';
import { screenEdges } from '../../../lib/metrics/screen';
import { describeQueryError } from '../../../lib/url/graph-query';
import { metricsQuerySchema } from '../../../lib/url/metrics-query';
import { currentMetrics } from '../../../server/prometheus/current';
import { currentCluster } from '../../../server/source/current';

export const dynamic = 'force-dynamic';

/** The metrics layer for the hops on screen. It never fails the page: problems are in `status` and `message`. */
export async function GET(request: NextRequest) {
  const query = metricsQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    const cluster = await currentCluster();
    const namespaces = query.data.namespaces?.length ? query.data.namespaces : null;
    const graph = buildGraph(cluster.state, { namespaces }, { source: cluster.info, checks: [] });
    const layer = await currentMetrics({ sourceKind: cluster.info.kind, namespaces, allNamespaces: graph.namespaces, window: query.data.range, ...(query.data.at ? { at: query.data.at } : {}), edges: screenEdges(graph) });
    return NextResponse.json(layer);
  } catch (error) {
    return NextResponse.json({ error: `Could not load the cluster: ${(error as Error).message}` }, { status: 503 });
  }
}
