import type { Kind } from '../../lib/k8s/types';

export interface Resource {
  kind: Kind;
  /** The group/version path, e.g. `/api/v1` or `/apis/discovery.k8s.io/v1`. */
  prefix: string;
  /** The resource name in URLs, e.g. `pods`. */
  name: string;
  namespaced: boolean;
  /** The plural a person reads in "no permission to list …". */
  plural: string;
  /** Limits the collection to what Hopscope reads (the kube-proxy ConfigMap). */
  namespace?: string;
  fieldSelector?: string;
  /** Read as PartialObjectMetadata: names and labels only (Secrets: their data never leaves the API server). */
  metadataOnly?: boolean;
}

/** The collection URL: cluster-wide, or one namespace's. */
export function collectionPath(resource: Resource, namespace?: string): string {
  const ns = namespace ?? resource.namespace;
  return ns && resource.namespaced ? `${resource.prefix}/namespaces/${ns}/${resource.name}` : `${resource.prefix}/${resource.name}`;
}

/** The kinds the graph needs, as the API serves them. */
export const RESOURCES: Resource[] = [
  { kind: 'Namespace', prefix: '/api/v1', name: 'namespaces', namespaced: false, plural: 'Namespaces' },
  { kind: 'Node', prefix: '/api/v1', name: 'nodes', namespaced: false, plural: 'Nodes' },
  { kind: 'Pod', prefix: '/api/v1', name: 'pods', namespaced: true, plural: 'Pods' },
  { kind: 'Service', prefix: '/api/v1', name: 'services', namespaced: true, plural: 'Services' },
  { kind: 'EndpointSlice', prefix: '/apis/discovery.k8s.io/v1', name: 'endpointslices', namespaced: true, plural: 'EndpointSlices' },
  { kind: 'Ingress', prefix: '/apis/networking.k8s.io/v1', name: 'ingresses', namespaced: true, plural: 'Ingresses' },
  { kind: 'IngressClass', prefix: '/apis/networking.k8s.io/v1', name: 'ingressclasses', namespaced: false, plural: 'IngressClasses' },
  { kind: 'NetworkPolicy', prefix: '/apis/networking.k8s.io/v1', name: 'networkpolicies', namespaced: true, plural: 'NetworkPolicies' },
  { kind: 'Event', prefix: '/api/v1', name: 'events', namespaced: true, plural: 'Events' },
  { kind: 'Deployment', prefix: '/apis/apps/v1', name: 'deployments', namespaced: true, plural: 'Deployments' },
  { kind: 'StatefulSet', prefix: '/apis/apps/v1', name: 'statefulsets', namespaced: true, plural: 'StatefulSets' },
  { kind: 'Secret', prefix: '/api/v1', name: 'secrets', namespaced: true, plural: 'Secrets', metadataOnly: true },
  { kind: 'ConfigMap', prefix: '/api/v1', name: 'configmaps', namespaced: true, plural: 'ConfigMaps', namespace: 'kube-system', fieldSelector: 'metadata.name=kube-proxy' },
];

const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** Gateway API kinds, by resource name, and whether they are namespaced. */
const GATEWAY_KINDS: Record<string, { kind: Kind; namespaced: boolean; plural: string }> = {
  gatewayclasses: { kind: 'GatewayClass', namespaced: false, plural: 'GatewayClasses' },
  gateways: { kind: 'Gateway', namespaced: true, plural: 'Gateways' },
  httproutes: { kind: 'HTTPRoute', namespaced: true, plural: 'HTTPRoutes' },
  referencegrants: { kind: 'ReferenceGrant', namespaced: true, plural: 'ReferenceGrants' },
};

interface ApiGroup {
  versions?: { groupVersion: string }[];
  preferredVersion?: { groupVersion: string };
}

interface ApiResourceList {
  resources?: { name: string }[];
}

/**
 * The Gateway API resources this cluster serves (discovery): none when its CRDs are not installed.
 * Each kind comes from the preferred version that has it (ReferenceGrant is often only v1beta1).
 */
export async function gatewayResources(get: (path: string) => Promise<Record<string, unknown>>): Promise<Resource[]> {
  const group = (await get(`/apis/${GATEWAY_GROUP}`).catch(() => null)) as ApiGroup | null;
  if (!group?.versions?.length) return [];
  const preferred = group.preferredVersion?.groupVersion;
  const versions = [...group.versions.map((v) => v.groupVersion)].sort((a, b) => (a === preferred ? -1 : b === preferred ? 1 : 0));
  const found = new Map<string, Resource>();
  for (const groupVersion of versions) {
    const list = (await get(`/apis/${groupVersion}`).catch(() => null)) as ApiResourceList | null;
    for (const { name } of list?.resources ?? []) {
      const known = GATEWAY_KINDS[name];
      if (!known || found.has(name)) continue;
      found.set(name, { ...known, prefix: `/apis/${groupVersion}`, name });
    }
  }
  return [...found.values()];
}

/** A kind as access reviews name it: API group, resource, and whether it lives in namespaces. */
export interface KindResource {
  kind: Kind;
  group: string;
  resource: string;
  namespaced: boolean;
  /** Hopscope reads this kind only there (the kube-proxy ConfigMap). */
  namespace?: string;
}

const groupOf = (prefix: string) => (prefix === '/api/v1' ? '' : prefix.split('/')[2]!);

/** Every kind Hopscope may read, for the access reviews that scope a viewer. */
export const KIND_RESOURCES: KindResource[] = [
  ...RESOURCES.map((r) => ({ kind: r.kind, group: groupOf(r.prefix), resource: r.name, namespaced: r.namespaced, ...(r.namespace ? { namespace: r.namespace } : {}) })),
  ...Object.entries(GATEWAY_KINDS).map(([resource, k]) => ({ kind: k.kind, group: GATEWAY_GROUP, resource, namespaced: k.namespaced })),
];
