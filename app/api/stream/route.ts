import type { NextRequest } from 'next/server';
import { describeQueryError, graphQuerySchema } from '../../../lib/url/graph-query';
import type { View } from '../../../lib/view/build-view';
import { viewRequestOf, type ViewRequest } from '../../../lib/view/request';
import type { AnalysisUpdate } from '../../../server/analysis/shared-analysis';
import { graphMeta, namespacesFor, viewOf, type RequestView } from '../../../server/auth/request-view';
import { viewerOf, type Viewer } from '../../../server/auth/viewer';
import { errorResponse } from '../../../server/http/guard';
import { currentCluster, type ClusterSource } from '../../../server/source/current';

export const dynamic = 'force-dynamic';

const HEARTBEAT_MS = 15_000;

/**
 * Server-Sent Events: the view asked for (as `/api/graph` answers it) in this viewer's scope
 * (namespaces filtered by what they may list, re-reviewed as their access cache expires), then
 * after every (coalesced) catch-up of their shared analysis a patch from the view they have to the
 * view now: cards and links the catch-up changed or that came into or went out of the view. Event
 * ids are the source's version, so a reconnect (Last-Event-ID) that is current gets nothing until
 * the next change, and one that is behind gets the whole view.
 */
export async function GET(request: NextRequest) {
  const query = graphQuerySchema.safeParse(Object.fromEntries(request.nextUrl.searchParams));
  if (!query.success) return Response.json({ error: describeQueryError(query.error) }, { status: 400 });
  let cluster: ClusterSource;
  let viewer: Viewer;
  let view: RequestView;
  let asked: ViewRequest;
  try {
    cluster = await currentCluster();
    viewer = await viewerOf(request, cluster);
    view = await viewOf(cluster, viewer);
    asked = viewRequestOf(query.data, namespacesFor(view, query.data.namespaces));
  } catch (error) {
    return errorResponse(error);
  }
  const encoder = new TextEncoder();
  /** The view this connection has, to patch from. */
  let sent: View | null = null;
  let cleanup = () => undefined as void;
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let unsubscribe = () => undefined as unknown;
      const send = (event: string, data: string, id: number) => controller.enqueue(encoder.encode(`id: ${id}\nevent: ${event}\ndata: ${data}\n\n`));
      // The graph's JSON has no newline, so it goes as one data line, in the pieces it is kept in.
      const sendGraph = () => {
        sent = view.analysis.view(asked);
        controller.enqueue(encoder.encode(`id: ${view.analysis.version}\nevent: graph\ndata: `));
        controller.enqueue(view.analysis.viewBody(asked, graphMeta(view)));
        controller.enqueue(encoder.encode('\n\n'));
      };
      // One at a time and in order; a viewer whose access can no longer be reviewed (token revoked) is disconnected.
      let chain = Promise.resolve();
      const onUpdate = (update: AnalysisUpdate) => {
        chain = chain
          .then(async () => {
            if (closed) return;
            const next = await viewOf(cluster, viewer);
            if (next.analysis !== view.analysis) {
              // Their access changed: they now read another scope's analysis.
              view = next;
              subscribe();
              return sendGraph();
            }
            view = next;
            if (update.kind === 'rebuilt' || !sent) return sendGraph();
            const patch = view.analysis.viewPatchJson(asked, sent, update.changes, graphMeta(view));
            sent = patch.view;
            send('patch', patch.json, update.version);
          })
          .catch((error: Error) => {
            if (closed) return;
            controller.enqueue(encoder.encode(`event: failure\ndata: ${JSON.stringify({ error: error.message })}\n\n`));
            cleanup();
            controller.close();
          });
      };
      const subscribe = () => {
        unsubscribe();
        unsubscribe = view.analysis.subscribe(onUpdate);
      };
      subscribe();
      const heartbeat = setInterval(() => controller.enqueue(encoder.encode(': ping\n\n')), HEARTBEAT_MS);
      cleanup = () => {
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener('abort', () => {
        if (closed) return;
        cleanup();
        controller.close();
      });
      controller.enqueue(encoder.encode('retry: 1000\n\n'));
      if (request.headers.get('last-event-id') !== String(view.analysis.version)) sendGraph();
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, { headers: { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive' } });
}
