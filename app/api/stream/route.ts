import type { NextRequest } from 'next/server';
import { buildGraph } from '../../../lib/graph/build-graph';
import { diffGraph } from '../../../lib/graph/patch';
import type { Graph } from '../../../lib/graph/types';
import { coalesce } from '../../../lib/util/coalesce';
import { describeQueryError, graphQuerySchema } from '../../../lib/url/graph-query';
import { currentCluster } from '../../../server/source/current';

export const dynamic = 'force-dynamic';

/** Updates coalesce to at most one per this many ms. */
const COALESCE_MS = 250;
const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events: the graph for this viewer's scope, then after every (coalesced) change in the
 * cluster a patch against what this connection last sent (or the graph, when that is smaller).
 * Event ids are the source's version, so a reconnect (Last-Event-ID) that is current gets nothing
 * until the next change, and one that is behind gets the whole graph.
 */
export async function GET(request: NextRequest) {
  const query = graphQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return Response.json({ error: describeQueryError(query.error) }, { status: 400 });
  const cluster = await currentCluster().catch((error: Error) => error);
  if (cluster instanceof Error) return Response.json({ error: `Could not load the cluster: ${cluster.message}` }, { status: 503 });
  const namespaces = query.data.namespaces?.length ? query.data.namespaces : null;
  const encoder = new TextEncoder();
  let cleanup = () => undefined as void;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let sent = request.headers.get('last-event-id');
      let last: Graph | null = null;
      const send = () => {
        const version = String(cluster.version());
        if (version === sent) return;
        sent = version;
        const graph = buildGraph(cluster.state, { namespaces }, { source: cluster.info, notices: cluster.notices(), sync: cluster.sync() });
        const full = JSON.stringify(graph);
        const patch = last ? JSON.stringify(diffGraph(last, graph)) : null;
        last = graph;
        const [event, data] = patch && patch.length < full.length ? ['patch', patch] : ['graph', full];
        controller.enqueue(encoder.encode(`id: ${version}\nevent: ${event}\ndata: ${data}\n\n`));
      };
      const update = coalesce(send, COALESCE_MS);
      const unsubscribe = cluster.onChange(update);
      const heartbeat = setInterval(() => controller.enqueue(encoder.encode(': ping\n\n')), HEARTBEAT_MS);
      cleanup = () => {
        update.cancel();
        unsubscribe();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener('abort', () => {
        cleanup();
        controller.close();
      });
      controller.enqueue(encoder.encode('retry: 1000\n\n'));
      send();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' } });
}
