// The EndpointSlices the EndpointSlice controller would write for a Service, from the pods it
// selects (pkg/controller/endpointslice): each pod's ports resolved as FindPort does (a named
// targetPort per pod; a port that does not resolve is left out for that pod), endpoints grouped
// into one slice per set of ports, at most 100 to a slice, ready as the pod is.
import { isPodReady } from '../k8s/pods';
import { findPort } from '../k8s/ports';
import type { Pod, Service } from '../k8s/types';
import { SERVICE_NAME_LABEL, selectedPods } from '../graph/service-backends';
import type { StateReader } from '../state/state-reader';
import type { JsonRecord } from '../state/read';

const MAX_ENDPOINTS_PER_SLICE = 100;
const MANAGED_BY = { 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' };

interface SlicePort {
  name: string;
  port: number;
  protocol: string;
}

function portsOf(service: Service, pod: Pod): SlicePort[] {
  return (service.spec.ports ?? []).flatMap((p) => {
    const resolved = findPort(pod, p);
    return resolved.ok ? [{ name: p.name ?? '', port: resolved.port, protocol: p.protocol ?? 'TCP' }] : [];
  });
}

function endpoint(service: Service, pod: Pod): JsonRecord {
  const ready = service.spec.publishNotReadyAddresses === true || isPodReady(pod);
  return {
    addresses: [pod.status.podIP],
    conditions: { ready, serving: ready, terminating: false },
    ...(pod.spec.nodeName ? { nodeName: pod.spec.nodeName } : {}),
    targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name, uid: pod.metadata.uid },
  };
}

/** The raw EndpointSlices (as the API would serve them) of a Service with a selector; none when it selects no pod with an IP. */
export function predictedSlices(state: StateReader, service: Service): JsonRecord[] {
  const byPorts = new Map<string, { ports: SlicePort[]; endpoints: JsonRecord[] }>();
  for (const pod of selectedPods(state, service)) {
    if (!pod.status.podIP) continue;
    const ports = portsOf(service, pod);
    const key = JSON.stringify(ports);
    const group = byPorts.get(key) ?? { ports, endpoints: [] };
    group.endpoints.push(endpoint(service, pod));
    byPorts.set(key, group);
  }
  const { namespace, name } = service.metadata;
  const slices = [...byPorts.values()].flatMap(({ ports, endpoints }) =>
    Array.from({ length: Math.ceil(endpoints.length / MAX_ENDPOINTS_PER_SLICE) }, (_, i) => ({ ports, endpoints: endpoints.slice(i * MAX_ENDPOINTS_PER_SLICE, (i + 1) * MAX_ENDPOINTS_PER_SLICE) })),
  );
  return slices.map(({ ports, endpoints }, i) => ({
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: `${name}-predicted${i === 0 ? '' : `-${i + 1}`}`, namespace, labels: { [SERVICE_NAME_LABEL]: name, ...MANAGED_BY } },
    addressType: 'IPv4',
    endpoints,
    ports,
  }));
}
