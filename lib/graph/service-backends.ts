import type { Endpoint, EndpointSlice, Pod, Service } from '../k8s/types';
import type { ClusterState } from '../state/cluster-state';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/** What stands behind one Service: the pods its selector picks and the slices that list endpoints. */
export interface ServiceBackends {
  service: Service;
  /** Live pods (not Succeeded/Failed) carrying every selector label. Empty for selector-less Services. */
  selected: Pod[];
  slices: EndpointSlice[];
  /** Endpoints by the uid (or namespace/name) of the pod they point at. */
  endpointsByPod: Map<string, Endpoint>;
  /** Pods listed in slices but not picked by the selector (manual slices, stale data). */
  extraPods: Pod[];
}

export function podKey(pod: Pod): string {
  return pod.metadata.uid ?? `${pod.metadata.namespace}/${pod.metadata.name}`;
}

function endpointPodKey(endpoint: Endpoint, fallbackNamespace: string): string | null {
  const ref = endpoint.targetRef;
  if (!ref || (ref.kind && ref.kind !== 'Pod')) return null;
  return ref.uid ?? (ref.name ? `${ref.namespace ?? fallbackNamespace}/${ref.name}` : null);
}

export function hasSelector(service: Service): boolean {
  return Object.keys(service.spec.selector ?? {}).length > 0 && service.spec.type !== 'ExternalName';
}

export function selectedPods(state: ClusterState, service: Service): Pod[] {
  if (!hasSelector(service)) return [];
  const namespace = service.metadata.namespace ?? '';
  return state.select('Pod', namespace, service.spec.selector ?? {}).filter((p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
}

export function serviceBackends(state: ClusterState, service: Service): ServiceBackends {
  const namespace = service.metadata.namespace ?? '';
  const selected = selectedPods(state, service);
  const slices = state.select('EndpointSlice', namespace, { [SERVICE_NAME_LABEL]: service.metadata.name });
  const endpointsByPod = new Map<string, Endpoint>();
  for (const slice of slices) {
    for (const endpoint of slice.endpoints ?? []) {
      const key = endpointPodKey(endpoint, namespace);
      if (key) endpointsByPod.set(key, endpoint);
    }
  }
  const selectedKeys = new Set(selected.map(podKey));
  const extraPods: Pod[] = [];
  for (const [key, endpoint] of endpointsByPod) {
    if (selectedKeys.has(key)) continue;
    const ref = endpoint.targetRef;
    const pod = (ref?.uid && state.byUid(ref.uid)) || (ref?.name ? state.get('Pod', ref.namespace ?? namespace, ref.name) : undefined);
    if (pod?.kind === 'Pod') extraPods.push(pod);
  }
  return { service, selected, slices, endpointsByPod, extraPods };
}

export interface EndpointTally {
  ready: number;
  notReady: number;
  terminating: number;
}

/** Counts as consumers do: a nil `ready` counts as ready; terminating endpoints are their own bucket. */
export function tallyEndpoints(slices: EndpointSlice[]): EndpointTally {
  const tally: EndpointTally = { ready: 0, notReady: 0, terminating: 0 };
  for (const slice of slices) {
    for (const endpoint of slice.endpoints ?? []) {
      const c = endpoint.conditions ?? {};
      if (c.terminating === true) tally.terminating++;
      else if (c.ready === false) tally.notReady++;
      else tally.ready++;
    }
  }
  return tally;
}
