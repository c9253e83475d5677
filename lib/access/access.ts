// What one viewer may see: per kind, every namespace or a set of them. Built from access reviews
// on the server; everything here is pure.
import type { Kind } from '../k8s/types';

export type KindScope = 'all' | ReadonlySet<string>;

export type Access = { kind: 'everything' } | { kind: 'scoped'; kinds: ReadonlyMap<Kind, KindScope> };

export const EVERYTHING: Access = { kind: 'everything' };

/** Whether the viewer may list `kind` in `namespace` (cluster-scoped objects: no namespace). */
export function mayList(access: Access, kind: Kind, namespace: string | undefined): boolean {
  if (access.kind === 'everything') return true;
  const scope = access.kinds.get(kind);
  if (!scope) return false;
  if (scope === 'all') return true;
  return namespace !== undefined && scope.has(namespace);
}

/** Whether the viewer may see this object: by its namespace, and a Namespace by its own name (a namespace-bound role may get its own). */
export function mayRead(access: Access, object: { kind: Kind; metadata: { name: string; namespace?: string } }): boolean {
  return mayList(access, object.kind, object.kind === 'Namespace' ? object.metadata.name : object.metadata.namespace);
}

/** Kinds that live outside namespaces: listing them all opens no namespace. */
const CLUSTER_SCOPED: ReadonlySet<Kind> = new Set(['Namespace', 'Node', 'IngressClass', 'GatewayClass']);

/** The namespaces, of those given, that the viewer may list some namespaced kind in. */
export function visibleNamespaces(access: Access, namespaces: readonly string[]): string[] {
  if (access.kind === 'everything') return [...namespaces];
  const scopes = [...access.kinds].filter(([kind]) => !CLUSTER_SCOPED.has(kind)).map(([, scope]) => scope);
  return namespaces.filter((ns) => scopes.some((scope) => scope === 'all' || scope.has(ns)));
}

/** A sentence for the person about what they see, or null when they see everything. */
export function describeAccess(access: Access, namespaces: readonly string[]): string | null {
  if (access.kind === 'everything') return null;
  const visible = visibleNamespaces(access, namespaces);
  const whole = [...access.kinds.values()].every((scope) => scope === 'all') && access.kinds.size > 0;
  if (whole) return null;
  return visible.length === 0
    ? 'Your Kubernetes permissions let you list nothing Hopscope reads, so the graph is empty.'
    : `Showing what your Kubernetes permissions let you list: namespace${visible.length === 1 ? '' : 's'} ${visible.join(', ')}.`;
}
