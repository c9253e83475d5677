import { KINDS } from '../k8s/types';
import { ClusterState } from '../state/cluster-state';
import { mayRead, type Access } from './access';

/**
 * The cluster as this viewer could have listed it: only the kinds and namespaces their access
 * allows. Graphs, findings, traces and metrics built from it cannot name anything else.
 */
export function scopeState(state: ClusterState, access: Access): ClusterState {
  if (access.kind === 'everything') return state;
  const scoped = new ClusterState();
  for (const kind of KINDS) {
    for (const object of state.list(kind)) if (mayRead(access, object)) scoped.upsert(object);
  }
  return scoped;
}
