// Importing a snapshot file: the objects are trimmed again and the graph, findings and trace rebuilt
// from them at the time it was frozen, so a file cannot show hops its objects do not make.
import { metricsOfGraph } from '../../lib/access/scope-metrics';
import { buildGraph } from '../../lib/analysis/build-graph';
import { KINDS } from '../../lib/k8s/types';
import type { MetricsLayer } from '../../lib/metrics/types';
import type { SnapshotFile } from '../../lib/snapshots/file';
import { graphNamespaces } from '../../lib/snapshots/namespaces';
import type { Snapshot } from '../../lib/snapshots/types';
import { traceOfView } from '../../lib/snapshots/view-trace';
import { ClusterState } from '../../lib/state/cluster-state';
import type { JsonRecord } from '../../lib/state/read';
import { traceRequest } from '../../lib/trace/trace';
import { newSnapshotId } from './freeze';

export function importSnapshot(file: SnapshotFile): Snapshot {
  const state = new ClusterState();
  for (const object of file.objects) state.ingest({ apiVersion: 'hopscope/snapshot', ...object } as JsonRecord);
  const namespaces = file.view.namespaces.length ? file.view.namespaces : null;
  const graph = buildGraph(state, { namespaces }, { source: { kind: 'file', name: `${file.cluster} (imported)` }, now: Date.parse(file.createdAt) });
  const traced = traceOfView(file.view);
  return {
    kind: 'HopscopeSnapshot',
    version: 1,
    id: newSnapshotId(),
    title: file.title,
    note: file.note,
    createdAt: file.createdAt,
    createdBy: file.createdBy,
    cluster: file.cluster,
    namespaces: graphNamespaces(graph),
    view: file.view,
    graph,
    metrics: file.metrics ? metricsOfGraph(file.metrics as unknown as MetricsLayer, graph) : null,
    trace: traced ? traceRequest(state, graph, traced) : null,
    objects: KINDS.flatMap((kind) => state.list(kind)),
  };
}
