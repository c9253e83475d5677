import { NextResponse, type NextRequest } from 'next/server';
import { screenEdges } from '../../../../lib/metrics/screen';
import { describeQueryError } from '../../../../lib/url/graph-query';
import { seriesQuerySchema } from '../../../../lib/url/metrics-query';
import { graphFor, requestView } from '../../../../server/auth/request-view';
import { errorResponse } from '../../../../server/http/guard';
import { currentEdgeSeries } from '../../../../server/prometheus/current';

export const dynamic = 'force-dynamic';

/** The time series of one route -> Service edge (rate and 5xx ratio) for the side panel. */
export async function GET(request: NextRequest) {
  const query = seriesQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    const view = await requestView(request);
    const [routeId, serviceId] = query.data.edge.split('->') as [string, string];
    const namespaces = [...new Set([routeId.split('/')[1]!, serviceId.split('/')[1]!])];
    const edge = screenEdges(graphFor(view, namespaces)).find((e) => e.id === query.data.edge);
    if (!edge) return NextResponse.json({ error: 'no such edge in what you may see of the cluster' }, { status: 404 });
    return NextResponse.json(await currentEdgeSeries({ sourceKind: view.cluster.info.kind, edge, window: query.data.range, ...(query.data.at ? { at: query.data.at } : {}) }));
  } catch (error) {
    return errorResponse(error);
  }
}
