import type { CheckContext } from '../checks/types';
import type { ServiceBackends } from '../graph/service-backends';
import type { GraphEdge, GraphNode } from '../graph/types';
import type { KindMap } from '../k8s/types';
import { controllerPods, type ControllerPods } from '../netpol/controllers';
import { NetpolEngine } from '../netpol/evaluate';
import { computeReach, type ServiceReach } from '../netpol/reach';
import type { StateReader } from '../state/state-reader';
import { hopKey } from './keys';
import { sameItems } from '../util/same-items';
import type { Tracking } from './tracking';

export interface CheckContextParts {
  state: StateReader;
  controllerTable: readonly ControllerPods[];
  tracking: Tracking;
  /** A cache for one hop's evaluation. */
  local: Map<string, unknown>;
  node(id: string): GraphNode | undefined;
  incoming(id: string): readonly GraphEdge[];
  outgoing(id: string): readonly GraphEdge[];
  backends(serviceNodeId: string): ServiceBackends | undefined;
  olderThan(timestamp: number, ageMs: number): boolean;
  manifests: boolean;
}

/** The context checks run in: reads of the topology are recorded as reads of its hops. */
export function makeCheckContext(parts: CheckContextParts): CheckContext {
  const { state, tracking } = parts;
  const ctx: CheckContext = {
    state,
    controllerTable: parts.controllerTable,
    controllerPods: (controller) => tracking.memo(`controller-pods ${controller}`, () => controllerPods(state, controller, parts.controllerTable), sameItems),
    node(id) {
      tracking.read(hopKey(id));
      return parts.node(id);
    },
    incoming(id) {
      tracking.read(hopKey(id));
      return parts.incoming(id);
    },
    outgoing(id) {
      tracking.read(hopKey(id));
      return parts.outgoing(id);
    },
    backends(id) {
      tracking.read(hopKey(id));
      return parts.backends(id);
    },
    object<K extends keyof KindMap>(node: GraphNode, kind: K): KindMap[K] | undefined {
      if (!node.ref || node.ref.kind !== kind) return undefined;
      return state.get(kind, node.ref.namespace, node.ref.name);
    },
    get netpol() {
      // The API server sets kubernetes.io/metadata.name on every namespace: use it when Namespaces cannot be listed.
      return tracking.memo('netpol', () => new NetpolEngine(state.list('NetworkPolicy'), (ns) => state.get('Namespace', undefined, ns)?.metadata.labels ?? { 'kubernetes.io/metadata.name': ns }));
    },
    olderThan: parts.olderThan,
    manifests: parts.manifests,
    reach(serviceNodeId) {
      const key = `reach ${serviceNodeId}`;
      if (!parts.local.has(key)) parts.local.set(key, computeReach(ctx, serviceNodeId));
      return parts.local.get(key) as ServiceReach | null;
    },
    memo: (name, compute, equal) => tracking.memo(name, compute, equal),
    lookup: (name, build, key, equal) => tracking.lookup(name, build, key, equal),
  };
  return ctx;
}
