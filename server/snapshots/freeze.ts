// Freezing a view: the graph, its metrics, the traced request and the trimmed objects behind
// them, with who, when and which cluster, under an unguessable id.
import { randomBytes } from 'node:crypto';
import type { Access } from '../../lib/access/access';
import { scopeMetrics } from '../../lib/access/scope-metrics';
import { buildGraph } from '../../lib/analysis/build-graph';
import type { Graph, SourceInfo } from '../../lib/graph/types';
import { KINDS } from '../../lib/k8s/kinds';
import type { AnyObject } from '../../lib/k8s/types';
import { screenEdges } from '../../lib/metrics/screen';
import type { FreezeRequest } from '../../lib/snapshots/input';
import { graphNamespaces } from '../../lib/snapshots/namespaces';
import { problemCounts } from '../../lib/snapshots/problems';
import type { Snapshot } from '../../lib/snapshots/types';
import { traceOfView } from '../../lib/snapshots/view-trace';
import type { ClusterState } from '../../lib/state/cluster-state';
import { traceRequest } from '../../lib/trace/trace';
import { currentMetrics } from '../prometheus/current';

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

/** What the person freezing sees: the source, and the cluster as they may list it. */
export interface FreezeSource {
  info: SourceInfo;
  state: ClusterState;
  notices: readonly string[];
  access: Access;
  /** The graph of a view, when an analysis of the state is at hand (the server's shared one); else built here. */
  graph?: (namespaces: string[] | null) => Graph;
}

export const newSnapshotId = (): string => randomBytes(16).toString('base64url');

/** The view as its viewer sees it now, ready to keep (freeze) or to download (export). */
export async function captureView(source: FreezeSource, request: FreezeRequest, createdBy: string): Promise<Omit<Snapshot, 'id'>> {
  const { view } = request;
  const { info, state, access } = source;
  const namespaces = view.namespaces.length ? view.namespaces : null;
  // A copy: the shared analysis moves on while the metrics are fetched.
  const graph = source.graph ? structuredClone(source.graph(namespaces)) : buildGraph(state, { namespaces }, { source: info, notices: source.notices });
  const layer = await currentMetrics({ sourceKind: info.kind, namespaces, allNamespaces: graph.namespaces, window: view.range, edges: screenEdges(graph) });
  const metrics = layer.status === 'ok' ? scopeMetrics(layer, graph, access) : null;
  const traced = traceOfView(view);
  return {
    kind: 'HopscopeSnapshot',
    version: 1,
    title: request.title,
    note: request.note,
    createdAt: new Date().toISOString(),
    createdBy,
    cluster: info.name,
    namespaces: graphNamespaces(graph),
    view,
    problems: problemCounts(graph),
    graph,
    metrics,
    trace: traced ? traceRequest(state, graph, traced, metrics) : null,
    objects: objectsBehind(state, view.namespaces),
  };
}

export async function freeze(source: FreezeSource, request: FreezeRequest, createdBy: string): Promise<Snapshot> {
  return { id: newSnapshotId(), ...(await captureView(source, request, createdBy)) };
}
