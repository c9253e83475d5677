import type { KindMap, Pod } from '../k8s/types';
import { controllerPods, DEFAULT_CONTROLLER_PODS, type ControllerPods } from '../netpol/controllers';
import { NetpolEngine } from '../netpol/evaluate';
import type { ClusterState } from '../state/cluster-state';
import type { Topology } from '../graph/topology';
import type { GraphNode } from '../graph/types';
import { computeReach, type ServiceReach } from '../netpol/reach';
import type { CheckContext } from '../checks/types';

export function makeCheckContext(state: ClusterState, topology: Topology, controllerTable: readonly ControllerPods[] = DEFAULT_CONTROLLER_PODS, now = Date.now()): CheckContext {
  const { outgoing, incoming } = topology;
  let netpol: NetpolEngine | undefined;
  const reaches = new Map<string, ServiceReach | null>();
  const podsOfController = new Map<string, Pod[]>();
  const controllerPodsOf = (controller: string) => {
    if (!podsOfController.has(controller)) podsOfController.set(controller, controllerPods(state, controller, controllerTable));
    return podsOfController.get(controller)!;
  };
  const ctx: CheckContext = {
    state,
    controllerTable,
    now,
    controllerPods: controllerPodsOf,
    node: (id) => topology.nodes.get(id),
    incoming: (id) => incoming.get(id) ?? [],
    outgoing: (id) => outgoing.get(id) ?? [],
    backends: (id) => topology.backends.get(id),
    object<K extends keyof KindMap>(node: GraphNode, kind: K): KindMap[K] | undefined {
      if (!node.ref || node.ref.kind !== kind) return undefined;
      return state.get(kind, node.ref.namespace, node.ref.name);
    },
    get netpol() {
      // The API server sets kubernetes.io/metadata.name on every namespace: use it when Namespaces cannot be listed.
      netpol ??= new NetpolEngine(state.list('NetworkPolicy'), (ns) => state.get('Namespace', undefined, ns)?.metadata.labels ?? { 'kubernetes.io/metadata.name': ns });
      return netpol;
    },
    reach(serviceNodeId) {
      if (!reaches.has(serviceNodeId)) reaches.set(serviceNodeId, computeReach(ctx, serviceNodeId));
      return reaches.get(serviceNodeId)!;
    },
  };
  return ctx;
}
