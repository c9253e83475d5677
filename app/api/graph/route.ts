import { NextResponse, type NextRequest } from 'next/server';
import { buildGraph } from '../../../lib/graph/build-graph';
import { describeQueryError, graphQuerySchema } from '../../../lib/url/graph-query';
import { currentCluster } from '../../../server/source/current';

export const dynamic = 'force-dynamic';

export async function GET(request: NextRequest) {
  const query = graphQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return NextResponse.json({ error: describeQueryError(query.error) }, { status: 400 });
  try {
    const cluster = await currentCluster();
    const namespaces = query.data.namespaces?.length ? query.data.namespaces : null;
    return NextResponse.json(buildGraph(cluster.state, { namespaces }, { source: cluster.info, notices: cluster.notices(), sync: cluster.sync() }));
  } catch (error) {
    return NextResponse.json({ error: `Could not load the cluster: ${(error as Error).message}` }, { status: 503 });
  }
}
