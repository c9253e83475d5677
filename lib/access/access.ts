// What one viewer may see: per kind, every namespace or a set of them. Built from access reviews
// on the server; everything here is pure.
import { isNamespaced } from '../k8s/kinds';
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


/** The namespaces the viewer may list some namespaced kind in: every one, or these. */
export function namespaceScope(access: Access): 'all' | ReadonlySet<string> {
  if (access.kind === 'everything') return 'all';
  const namespaces = new Set<string>();
  for (const [kind, scope] of access.kinds) {
    // Kinds that live outside namespaces: listing them all opens no namespace.
    if (!isNamespaced(kind)) continue;
    if (scope === 'all') return 'all';
    for (const ns of scope) namespaces.add(ns);
  }
  return namespaces;
}

/** The namespaces, of those given, that the viewer may list some namespaced kind in. */
export function visibleNamespaces(access: Access, namespaces: readonly string[]): string[] {
  const scope = namespaceScope(access);
  return scope === 'all' ? [...namespaces] : namespaces.filter((ns) => scope.has(ns));
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
