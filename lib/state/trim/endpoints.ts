// v1 Endpoints, which older dumps hold instead of EndpointSlices: each subset becomes one slice, as
// Kubernetes' EndpointSlice mirroring controller writes them (ports per slice, ready per address).
import { arr, rec, str, type JsonRecord } from '../read';

const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
/** The manager Kubernetes names on slices mirrored from Endpoints. */
const MIRRORED_BY = 'endpointslicemirroring-controller.k8s.io';

function endpoint(address: JsonRecord, ready: boolean): JsonRecord {
  return {
    addresses: [str(address.ip) ?? ''],
    conditions: { ready, serving: ready, terminating: false },
    nodeName: str(address.nodeName),
    targetRef: rec(address.targetRef),
  };
}

/** The EndpointSlices (raw, as the API would serve them) that stand for one v1 Endpoints object; a Service's Endpoints without subsets gives one empty slice. */
export function endpointsAsSlices(raw: JsonRecord): JsonRecord[] {
  const meta = rec(raw.metadata) ?? {};
  const name = str(meta.name) ?? '';
  const subsets = arr(raw.subsets).map(rec).filter((s): s is JsonRecord => !!s);
  const addresses = (subset: JsonRecord, key: string) => arr(subset[key]).map(rec).filter((a): a is JsonRecord => !!a && typeof a.ip === 'string');
  return (subsets.length ? subsets : [{}]).map((subset, i) => {
    const all = [...addresses(subset, 'addresses'), ...addresses(subset, 'notReadyAddresses')];
    return {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: { name: i === 0 ? `${name}-endpoints` : `${name}-endpoints-${i + 1}`, namespace: meta.namespace, labels: { [SERVICE_NAME_LABEL]: name, [MANAGED_BY_LABEL]: MIRRORED_BY } },
      addressType: all.some((a) => (a.ip as string).includes(':')) ? 'IPv6' : 'IPv4',
      endpoints: [...addresses(subset, 'addresses').map((a) => endpoint(a, true)), ...addresses(subset, 'notReadyAddresses').map((a) => endpoint(a, false))],
      ports: arr(subset.ports).map(rec).filter((p): p is JsonRecord => !!p).map((p) => ({ name: str(p.name) ?? '', port: p.port, protocol: str(p.protocol) ?? 'TCP' })),
    };
  });
}
