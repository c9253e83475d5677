import { NextResponse, type NextRequest } from 'next/server';
import { buildGraph } from '../../../lib/graph/build-graph';
import { toTraceRequest } from '../../../lib/trace/request';
import { traceRequest } from '../../../lib/trace/trace';
import { parseTraceQuery } from '../../../lib/url/trace-query';
import { currentCluster } from '../../../server/source/current';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const parsed = parseTraceQuery(request.nextUrl.searchParams);
  if (!parsed.ok) return NextResponse.json({ error: parsed.error }, { status: 400 });
  try {
    const cluster = await currentCluster();
    const namespaces = parsed.query.namespaces?.length ? parsed.query.namespaces : null;
    const graph = buildGraph(cluster.state, { namespaces }, { source: cluster.info });
    return NextResponse.json(traceRequest(cluster.state, graph, toTraceRequest(parsed.query)));
  } catch (error) {
    return NextResponse.json({ error: `Could not load the cluster: ${(error as Error).message}` }, { status: 503 });
  }
}
