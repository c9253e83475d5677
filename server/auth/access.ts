// What a viewer may list, from SelfSubjectAccessReviews made as them (impersonated, or with their
// own token): per kind, cluster-wide or the namespaces where they may. Cached briefly per credential.
import { createHash } from 'node:crypto';
import { EVERYTHING, type Access, type KindScope } from '../../lib/access/access';
import type { Kind } from '../../lib/k8s/types';
import { Limiter } from '../../lib/util/limiter';
import { loadConfig } from '../config';
import { KIND_RESOURCES, type KindResource } from '../kube/resources';
import type { AccessReviewer, ReviewCredential } from '../kube/reviews';
import type { ClusterSource } from '../source/current';
import type { Viewer } from './viewer';

const cache = new Map<string, { until: number; access: Promise<Access> }>();
const reviews = new Limiter(16);

function credentialKey(credential: ReviewCredential): string {
  const text = credential.kind === 'token' ? `token:${credential.token}` : `as:${credential.user}\n${[...credential.groups].sort().join('\n')}`;
  return createHash('sha256').update(text).digest('base64url');
}

async function scopeOf(reviewer: AccessReviewer, credential: ReviewCredential, r: KindResource, namespaces: string[]): Promise<KindScope | null> {
  const may = (namespace?: string, name?: string) => reviews.run(() => reviewer.may(credential, { group: r.group, resource: r.resource, ...(namespace ? { namespace } : {}), ...(name ? { verb: 'get' as const, name } : {}) }));
  if (r.namespace) return (await may(r.namespace)) ? new Set([r.namespace]) : null;
  if (await may()) return 'all';
  // A namespace-bound role cannot list Namespaces, but may get its own: that object carries the labels policies select on.
  const perNamespace = r.kind === 'Namespace' ? (ns: string) => may(ns, ns) : r.namespaced ? (ns: string) => may(ns) : null;
  if (!perNamespace) return null;
  const allowed = await Promise.all(namespaces.map(async (ns) => ((await perNamespace(ns)) ? ns : null)));
  const set = new Set(allowed.filter((ns): ns is string => ns !== null));
  return set.size ? set : null;
}

async function review(reviewer: AccessReviewer, credential: ReviewCredential, namespaces: string[]): Promise<Access> {
  const kinds = new Map<Kind, KindScope>();
  await Promise.all(
    KIND_RESOURCES.map(async (r) => {
      const scope = await scopeOf(reviewer, credential, r, namespaces);
      if (scope) kinds.set(r.kind, scope);
    }),
  );
  return { kind: 'scoped', kinds };
}

/** The viewer's access to the source: everything for Hopscope's own identity and for dumps; else reviewed as them. */
export function accessOf(viewer: Viewer, cluster: ClusterSource): Promise<Access> {
  const { credential } = viewer;
  if (credential.kind === 'service' || !cluster.reviewer) return Promise.resolve(EVERYTHING);
  const key = credentialKey(credential);
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.access;
  const access = review(cluster.reviewer, credential, cluster.state.namespaces());
  if (cache.size > 10_000) for (const [k, v] of cache) if (v.until < Date.now()) cache.delete(k);
  cache.set(key, { until: Date.now() + loadConfig().auth.accessCacheMs, access });
  access.catch(() => cache.delete(key));
  return access;
}
