import { KIND_FACTS, KINDS } from '../../lib/k8s/kinds';
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

/** The API path of a group and version. */
const prefixOf = (group: string, version: string) => (group === '' ? `/api/${version}` : `/apis/${group}/${version}`);

/** How each kind is read, beyond what the kind table says. */
const READ_AS: Partial<Record<Kind, Pick<Resource, 'namespace' | 'fieldSelector' | 'metadataOnly'>>> = {
  // Read as PartialObjectMetadata: names and labels only (Secrets: their data never leaves the API server).
  Secret: { metadataOnly: true },
  ConfigMap: { namespace: 'kube-system', fieldSelector: 'metadata.name=kube-proxy' },
};

/** The kinds the graph needs, as the API serves them (Gateway API kinds are discovered: see gatewayResources). */
export const RESOURCES: Resource[] = KINDS.flatMap((kind) => {
  const { group, version, resource, namespaced, plural } = KIND_FACTS[kind];
  return version ? [{ kind, prefix: prefixOf(group, version), name: resource, namespaced, plural, ...READ_AS[kind] }] : [];
});

const GATEWAY_GROUP = 'gateway.networking.k8s.io';

/** Gateway API kinds, by resource name. */
const GATEWAY_KINDS = new Map(KINDS.filter((kind) => KIND_FACTS[kind].group === GATEWAY_GROUP).map((kind) => [KIND_FACTS[kind].resource, kind]));

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
      const kind = GATEWAY_KINDS.get(name);
      if (!kind || found.has(name)) continue;
      found.set(name, { kind, prefix: `/apis/${groupVersion}`, name, namespaced: KIND_FACTS[kind].namespaced, plural: KIND_FACTS[kind].plural });
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

/** Every kind Hopscope may read, for the access reviews that scope a viewer. */
export const KIND_RESOURCES: KindResource[] = KINDS.map((kind) => {
  const { group, resource, namespaced } = KIND_FACTS[kind];
  const only = READ_AS[kind]?.namespace;
  return { kind, group, resource, namespaced, ...(only ? { namespace: only } : {}) };
});
