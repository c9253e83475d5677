// A source that changes like a live cluster (the contract LiveCluster keeps: change the state, bump
// the version, tell the listeners), for tests and the bench: any object, or readiness flips as the
// kubelet and the EndpointSlice controller make them (the pod's status, then its endpoint's
// conditions, two watch events).
import type { Pod } from '../lib/k8s/types';
import type { ClusterState } from '../lib/state/cluster-state';
import type { ClusterSource } from '../server/source/current';

export interface SyntheticSource extends ClusterSource {
  /** Ingests a raw object: one watch event. */
  change(raw: Record<string, unknown>): void;
  /** Turns a pod ready or not, with its endpoint: two watch events. */
  flip(pod: Pod, ready: boolean): void;
}

export function syntheticSource(state: ClusterState, name: string): SyntheticSource {
  let version = 0;
  const listeners = new Set<() => void>();
  const changed = () => {
    version++;
    for (const listener of listeners) listener();
  };
  return {
    info: { kind: 'live', name },
    state,
    notices: () => [],
    version: () => version,
    onChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    sync: () => undefined,
    change(raw) {
      state.ingest(raw);
      changed();
    },
    flip(pod, ready) {
      const current = state.get('Pod', pod.metadata.namespace, pod.metadata.name) ?? pod;
      const status: 'True' | 'False' = ready ? 'True' : 'False';
      state.upsert({
        ...current,
        status: {
          ...current.status,
          conditions: (current.status.conditions ?? []).map((c) => (c.type === 'Ready' ? { ...c, status } : c)),
          containerStatuses: current.status.containerStatuses?.map((s) => ({ ...s, ready })),
        },
      });
      changed();
      const namespace = pod.metadata.namespace ?? '';
      for (const slice of state.select('EndpointSlice', namespace, { 'kubernetes.io/service-name': pod.metadata.labels?.app ?? '' })) {
        if (!slice.endpoints?.some((e) => e.targetRef?.name === pod.metadata.name)) continue;
        state.upsert({ ...slice, endpoints: slice.endpoints.map((e) => (e.targetRef?.name === pod.metadata.name ? { ...e, conditions: { ready, serving: ready, terminating: false } } : e)) });
        changed();
      }
    },
  };
}
