import type { NextRequest } from 'next/server';
import { buildGraph } from '../../../lib/analysis/build-graph';
import { diffGraph } from '../../../lib/graph/patch';
import type { Graph } from '../../../lib/graph/types';
import { coalesce } from '../../../lib/util/coalesce';
import { describeQueryError, graphQuerySchema } from '../../../lib/url/graph-query';
import { namespacesFor, viewOf } from '../../../server/auth/request-view';
import { viewerOf, type Viewer } from '../../../server/auth/viewer';
import { errorResponse } from '../../../server/http/guard';
import { currentCluster, type ClusterSource } from '../../../server/source/current';

export const dynamic = 'force-dynamic';

/** Updates coalesce to at most one per this many ms. */
const COALESCE_MS = 250;
const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events: the graph for this viewer's scope (namespaces asked for, filtered by what
 * they may list, re-reviewed as their access cache expires), then after every (coalesced) change in the
 * cluster a patch against what this connection last sent (or the graph, when that is smaller).
 * Event ids are the source's version, so a reconnect (Last-Event-ID) that is current gets nothing
 * until the next change, and one that is behind gets the whole graph.
 */
export async function GET(request: NextRequest) {
  const query = graphQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return Response.json({ error: describeQueryError(query.error) }, { status: 400 });
  let cluster: ClusterSource;
  let viewer: Viewer;
  let namespaces: string[] | null;
  try {
    cluster = await currentCluster();
    viewer = await viewerOf(request, cluster);
    namespaces = namespacesFor(await viewOf(cluster, viewer), query.data.namespaces);
  } catch (error) {
    return errorResponse(error);
  }
  const encoder = new TextEncoder();
  let cleanup = () => undefined as void;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let sent = request.headers.get('last-event-id');
      let last: Graph | null = null;
      let closed = false;
      const sendNow = async () => {
        const version = String(cluster.version());
        if (version === sent || closed) return;
        const { state, notices, sync } = await viewOf(cluster, viewer);
        sent = version;
        const graph = buildGraph(state, { namespaces }, { source: cluster.info, notices, sync });
        const full = JSON.stringify(graph);
        const patch = last ? JSON.stringify(diffGraph(last, graph)) : null;
        last = graph;
        const [event, data] = patch && patch.length < full.length ? ['patch', patch] : ['graph', full];
        controller.enqueue(encoder.encode(`id: ${version}\nevent: ${event}\ndata: ${data}\n\n`));
      };
      // One at a time and in order; a viewer whose access can no longer be reviewed (token revoked) is disconnected.
      let chain = Promise.resolve();
      const send = () => {
        chain = chain.then(sendNow).catch((error: Error) => {
          if (closed) return;
          controller.enqueue(encoder.encode(`event: failure\ndata: ${JSON.stringify({ error: error.message })}\n\n`));
          cleanup();
          controller.close();
        });
      };
      const update = coalesce(send, COALESCE_MS);
      const unsubscribe = cluster.onChange(update);
      const heartbeat = setInterval(() => controller.enqueue(encoder.encode(': ping\n\n')), HEARTBEAT_MS);
      cleanup = () => {
        closed = true;
        update.cancel();
        unsubscribe();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener('abort', () => {
        if (closed) return;
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
