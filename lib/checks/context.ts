import type { KindMap } from '../k8s/types';
import type { ClusterState } from '../state/cluster-state';
import type { Topology } from '../graph/topology';
import type { GraphNode } from '../graph/types';
import type { CheckContext } from './types';

export function makeCheckContext(state: ClusterState, topology: Topology): CheckContext {
  const { outgoing, incoming } = topology;
  return {
    state,
    node: (id) => topology.nodes.get(id),
    incoming: (id) => incoming.get(id) ?? [],
    outgoing: (id) => outgoing.get(id) ?? [],
    backends: (id) => topology.backends.get(id),
    object<K extends keyof KindMap>(node: GraphNode, kind: K): KindMap[K] | undefined {
      if (!node.ref || node.ref.kind !== kind) return undefined;
      return state.get(kind, node.ref.namespace, node.ref.name);
    },
  };
}
