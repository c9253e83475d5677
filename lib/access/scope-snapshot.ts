import { buildGraph } from '../analysis/build-graph';
import { graphNamespaces } from '../snapshots/namespaces';
import { problemCounts } from '../snapshots/problems';
import type { Snapshot } from '../snapshots/types';
import { traceOfView } from '../snapshots/view-trace';
import { ClusterState } from '../state/cluster-state';
import { traceRequest } from '../trace/trace';
import { describeAccess, mayRead, type Access } from './access';
import { scopeMetrics } from './scope-metrics';

/**
 * A snapshot as this viewer may see it: rebuilt from the frozen objects they may list (at the
 * moment it was frozen), so its graph, findings, trace, metrics and file name nothing else.
 */
export function scopeSnapshot(snapshot: Snapshot, access: Access): Snapshot {
  if (access.kind === 'everything') return snapshot;
  const objects = snapshot.objects.filter((o) => mayRead(access, o));
  const state = new ClusterState();
  for (const object of objects) state.upsert(object);
  // The frozen view's namespaces, less those the viewer may not list (none left: an empty view, not all of it).
  const viewNamespaces = snapshot.view.namespaces.filter((ns) => state.namespaces().includes(ns));
  const namespaces = snapshot.view.namespaces.length ? viewNamespaces : null;
  const notice = describeAccess(access, state.namespaces());
  const graph = buildGraph(state, { namespaces }, { source: snapshot.graph.source, notices: notice ? [notice] : [], now: Date.parse(snapshot.createdAt) });
  const traced = traceOfView(snapshot.view);
  return {
    ...snapshot,
    namespaces: graphNamespaces(graph),
    view: { ...snapshot.view, namespaces: viewNamespaces },
    problems: problemCounts(graph),
    graph,
    metrics: snapshot.metrics && scopeMetrics(snapshot.metrics, graph, access),
    trace: traced ? traceRequest(state, graph, traced) : null,
    objects,
  };
}

