import { KINDS } from '../k8s/kinds';
import type { AnyObject, Kind } from '../k8s/types';
import { ClusterState } from '../state/cluster-state';
import type { Access, KindScope } from './access';

/** What of one kind the viewer may list, walking only their namespaces (a Namespace is readable by its own name). */
function readable(state: ClusterState, kind: Kind, scope: KindScope): AnyObject[] {
  if (scope === 'all') return state.list(kind);
  if (kind === 'Namespace') return [...scope].flatMap((ns) => state.get('Namespace', undefined, ns) ?? []);
  return [...scope].flatMap((ns) => state.listIn(kind, ns));
}

/**
 * The cluster as this viewer could have listed it: only the kinds and namespaces their access
 * allows. Graphs, findings, traces and metrics built from it cannot name anything else. It costs
 * what the viewer sees, not the size of the cluster.
 */
export function scopeState(state: ClusterState, access: Access): ClusterState {
  if (access.kind === 'everything') return state;
  const scoped = new ClusterState();
  for (const kind of KINDS) {
    const scope = access.kinds.get(kind);
    if (scope) for (const object of readable(state, kind, scope)) scoped.upsert(object);
  }
  return scoped;
}
