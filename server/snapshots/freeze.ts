// Freezing a view: the graph, its metrics, the traced request and the trimmed objects behind
// them, with who, when and which cluster, under an unguessable id.
import { randomBytes } from 'node:crypto';
import { buildGraph } from '../../lib/graph/build-graph';
import type { AnyObject, Kind } from '../../lib/k8s/types';
import { screenEdges } from '../../lib/metrics/screen';
import type { FreezeRequest } from '../../lib/snapshots/input';
import type { Snapshot } from '../../lib/snapshots/types';
import type { ClusterState } from '../../lib/state/cluster-state';
import { toTraceRequest, traceRequestSchema } from '../../lib/trace/request';
import { traceRequest } from '../../lib/trace/trace';
import { currentMetrics } from '../prometheus/current';
import type { ClusterSource } from '../source/current';

const KINDS: Kind[] = ['Namespace', 'Node', 'Pod', 'Service', 'EndpointSlice', 'Ingress', 'IngressClass', 'NetworkPolicy', 'Event', 'ConfigMap', 'Gateway', 'GatewayClass', 'HTTPRoute', 'ReferenceGrant', 'Deployment', 'StatefulSet', 'Secret'];

/** Up to this many objects, a snapshot keeps all of them, so every check reads back exactly. */
const WHOLE_CLUSTER_UP_TO = 50_000;

/**
 * The trimmed objects behind the view: the whole cluster when it is not huge (checks look across
 * namespaces: policy peers, controller pods, kube-proxy's ConfigMap); else the namespaces in view,
 * kube-system and the cluster-scoped objects.
 */
function objectsBehind(state: ClusterState, namespaces: string[]): AnyObject[] {
  const all = KINDS.flatMap((kind) => state.list(kind));
  if (namespaces.length === 0 || all.length <= WHOLE_CLUSTER_UP_TO) return all;
  const keep = new Set([...namespaces, 'kube-system']);
  return all.filter((o) => !o.metadata.namespace || keep.has(o.metadata.namespace));
}

export async function freeze(cluster: ClusterSource, request: FreezeRequest, createdBy: string): Promise<Snapshot> {
  const { view } = request;
  const namespaces = view.namespaces.length ? view.namespaces : null;
  const graph = buildGraph(cluster.state, { namespaces }, { source: cluster.info, notices: cluster.notices() });
  const metrics = await currentMetrics({ sourceKind: cluster.info.kind, namespaces, allNamespaces: graph.namespaces, window: view.range, edges: screenEdges(graph) });
  const parsedTrace = view.trace ? traceRequestSchema.safeParse({ url: view.trace, method: view.method, headers: Object.fromEntries(view.headers.map((h) => [h.slice(0, h.indexOf(':')).trim(), h.slice(h.indexOf(':') + 1).trim()])) }) : null;
  return {
    kind: 'HopscopeSnapshot',
    version: 1,
    id: randomBytes(16).toString('base64url'),
    title: request.title,
    note: request.note,
    createdAt: new Date().toISOString(),
    createdBy,
    cluster: cluster.info.name,
    view,
    graph,
    metrics: metrics.status === 'ok' ? metrics : null,
    trace: parsedTrace?.success ? traceRequest(cluster.state, graph, toTraceRequest(parsedTrace.data)) : null,
    objects: objectsBehind(cluster.state, view.namespaces),
  };
}
