// Importing a snapshot file: the objects are trimmed again and the graph, findings and trace rebuilt
// from them at the time it was frozen, so a file cannot show hops its objects do not make. The
// import is the importer's: its time and author are theirs (retention counts from it); what the file
// says of its freezing is kept as such. The work yields to the event loop, so the server keeps
// answering while a large file is read.
import { metricsOfGraph } from '../../lib/access/scope-metrics';
import { Analysis } from '../../lib/analysis/analysis';
import { graphOf } from '../../lib/analysis/build-graph';
import { KINDS } from '../../lib/k8s/kinds';
import type { MetricsLayer } from '../../lib/metrics/types';
import type { SnapshotFile } from '../../lib/snapshots/file';
import { graphNamespaces } from '../../lib/snapshots/namespaces';
import { problemCounts } from '../../lib/snapshots/problems';
import type { Snapshot } from '../../lib/snapshots/types';
import { traceOfView } from '../../lib/snapshots/view-trace';
import { ClusterState } from '../../lib/state/cluster-state';
import type { JsonRecord } from '../../lib/state/read';
import { traceRequest } from '../../lib/trace/trace';
import { newSnapshotId } from './freeze';

/** Objects trimmed between two yields to the event loop. */
const SLICE = 5_000;

export async function importSnapshot(file: SnapshotFile, importedBy: string, now = new Date()): Promise<Snapshot> {
  const state = new ClusterState({ journal: false });
  for (let i = 0; i < file.objects.length; i++) {
    state.ingest({ apiVersion: 'hopscope/snapshot', ...file.objects[i] } as JsonRecord);
    if (i % SLICE === SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
  }
  const namespaces = file.view.namespaces.length ? file.view.namespaces : null;
  const frozen = file.frozen ?? { at: file.createdAt, by: file.createdBy };
  const analysis = await Analysis.build(state, { now: Date.parse(frozen.at) });
  const graph = graphOf(state, analysis.nodeList(), analysis.edgeList(), { namespaces }, { source: { kind: 'file', name: `${file.cluster} (imported)` } });
  const traced = traceOfView(file.view);
  const metrics = file.metrics ? metricsOfGraph(file.metrics as unknown as MetricsLayer, graph) : null;
  return {
    kind: 'HopscopeSnapshot',
    version: 1,
    id: newSnapshotId(),
    title: file.title,
    note: file.note,
    createdAt: now.toISOString(),
    createdBy: importedBy,
    frozen,
    cluster: file.cluster,
    namespaces: graphNamespaces(graph),
    view: file.view,
    problems: problemCounts(graph),
    graph,
    metrics,
    trace: traced ? traceRequest(state, graph, traced, metrics) : null,
    objects: KINDS.flatMap((kind) => state.list(kind)),
  };
}
