import type { Endpoint, EndpointSlice, Pod, Service, ServicePort } from '../k8s/types';
import type { StateReader } from '../state/state-reader';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';

/** What stands behind one Service: the pods its selector picks and the slices that list endpoints. */
export interface ServiceBackends {
  service: Service;
  /** Live pods (not Succeeded/Failed) carrying every selector label. Empty for selector-less Services. */
  selected: Pod[];
  slices: EndpointSlice[];
  /** The endpoint that points at a pod, if any. */
  endpointOf(pod: Pod): Endpoint | undefined;
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

/** A Service whose endpoints someone writes by hand (no selector), as opposed to an ExternalName, which has none. */
export function isSelectorless(service: Service): boolean {
  return !hasSelector(service) && service.spec.type !== 'ExternalName';
}

export function selectedPods(state: StateReader, service: Service): Pod[] {
  if (!hasSelector(service)) return [];
  const namespace = service.metadata.namespace ?? '';
  return state.select('Pod', namespace, service.spec.selector ?? {}).filter((p) => p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
}

/** Most Services have a handful of endpoints: scan them; build a map only for big ones. */
const SCAN_LIMIT = 16;

function endpointLookup(slices: EndpointSlice[], namespace: string): { size: number; get(key: string): Endpoint | undefined; entries(): Iterable<[string, Endpoint]> } {
  const all: [string, Endpoint][] = [];
  for (const slice of slices) {
    for (const endpoint of slice.endpoints ?? []) {
      const key = endpointPodKey(endpoint, namespace);
      if (key) all.push([key, endpoint]);
    }
  }
  const map = all.length > SCAN_LIMIT ? new Map(all) : null;
  return {
    size: map ? map.size : all.length,
    get: (key) => (map ? map.get(key) : all.find(([k]) => k === key)?.[1]),
    entries: () => map ?? all,
  };
}

export function serviceBackends(state: StateReader, service: Service): ServiceBackends {
  const namespace = service.metadata.namespace ?? '';
  const selected = selectedPods(state, service);
  const slices = state.select('EndpointSlice', namespace, { [SERVICE_NAME_LABEL]: service.metadata.name });
  const endpoints = endpointLookup(slices, namespace);
  const endpointOf = (pod: Pod) => endpoints.get(podKey(pod));
  const extraPods: Pod[] = [];
  const listed = selected.reduce((n, pod) => n + (endpointOf(pod) ? 1 : 0), 0);
  if (listed === endpoints.size) return { service, selected, slices, endpointOf, extraPods };
  const selectedKeys = new Set(selected.map(podKey));
  for (const [key, endpoint] of endpoints.entries()) {
    if (selectedKeys.has(key)) continue;
    const ref = endpoint.targetRef;
    const pod = ref ? state.podRef(ref, namespace) : undefined;
    if (pod) extraPods.push(pod);
  }
  return { service, selected, slices, endpointOf, extraPods };
}

export interface EndpointTally {
  ready: number;
  notReady: number;
  terminating: number;
  withoutPort?: number;
}

/** Whether a slice carries a Service port: kube-proxy and the controllers join them by name (unnamed is "") and protocol. */
export function carriesPort(slice: EndpointSlice, port: ServicePort): boolean {
  return (slice.ports ?? []).some((p) => (p.name ?? '') === (port.name ?? '') && (p.protocol ?? 'TCP') === (port.protocol ?? 'TCP'));
}

/** Whether a slice's endpoints serve every port of the Service (true for a Service without ports). */
export function servesService(slice: EndpointSlice, service: Service): boolean {
  return (service.spec.ports ?? []).every((port) => carriesPort(slice, port));
}

/**
 * Counts as consumers do, for the endpoints that serve the Service's ports: a nil `ready` counts as
 * ready; terminating endpoints are their own bucket. Endpoints a slice lists without a Service port
 * are counted apart: no request to that port reaches them, ready or not.
 */
export function tallyEndpoints(slices: EndpointSlice[], service: Service): EndpointTally {
  const tally: EndpointTally = { ready: 0, notReady: 0, terminating: 0 };
  let withoutPort = 0;
  for (const slice of slices) {
    if (!servesService(slice, service)) {
      withoutPort += slice.endpoints?.length ?? 0;
      continue;
    }
    for (const endpoint of slice.endpoints ?? []) {
      const c = endpoint.conditions ?? {};
      if (c.terminating === true) tally.terminating++;
      else if (c.ready === false) tally.notReady++;
      else tally.ready++;
    }
  }
  if (withoutPort) tally.withoutPort = withoutPort;
  return tally;
}
