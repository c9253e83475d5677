// What a viewer may list, from access reviews made as them (impersonated, or with their own token):
// per kind, cluster-wide or the namespaces where they may. Cached briefly per credential.
import { createHash } from 'node:crypto';
import { EVERYTHING, type Access, type KindScope } from '../../lib/access/access';
import { rulesAllow } from '../../lib/access/rules';
import type { Kind } from '../../lib/k8s/types';
import { Limiter } from '../../lib/util/limiter';
import { loadConfig } from '../config';
import { KIND_RESOURCES, type KindResource } from '../kube/resources';
import type { AccessReviewer, ListAttributes, ReviewCredential } from '../kube/reviews';
import type { ClusterSource } from '../source/current';
import type { Viewer } from './viewer';

const cache = new Map<string, { until: number; access: Promise<Access> }>();
const reviews = new Limiter(16);

function credentialKey(credential: ReviewCredential): string {
  const text = credential.kind === 'token' ? `token:${credential.token}` : `as:${credential.user}\n${[...credential.groups].sort().join('\n')}`;
  return createHash('sha256').update(text).digest('base64url');
}

/**
 * Per kind: cluster-wide when a SelfSubjectAccessReview says so (one per kind); else, per namespace,
 * what one SelfSubjectRulesReview there allows (one per namespace, not one per kind and namespace),
 * asking per kind only where the rules review is incomplete.
 */
export async function reviewAccess(reviewer: AccessReviewer, credential: ReviewCredential, namespaces: string[]): Promise<Access> {
  const may = (attributes: ListAttributes) => reviews.run(() => reviewer.may(credential, attributes));
  const kinds = new Map<Kind, KindScope>();
  const perNamespace: KindResource[] = [];
  await Promise.all(
    KIND_RESOURCES.map(async (r) => {
      if (r.namespace) {
        if (await may({ group: r.group, resource: r.resource, namespace: r.namespace })) kinds.set(r.kind, new Set([r.namespace]));
      } else if (await may({ group: r.group, resource: r.resource })) kinds.set(r.kind, 'all');
      else if (r.namespaced || r.kind === 'Namespace') perNamespace.push(r);
    }),
  );
  if (perNamespace.length === 0) return { kind: 'scoped', kinds };
  const allowed = new Map<Kind, Set<string>>();
  await Promise.all(
    namespaces.map(async (ns) => {
      const { rules, incomplete } = await reviews.run(() => reviewer.rulesIn(credential, ns));
      for (const r of perNamespace) {
        // A namespace-bound role cannot list Namespaces, but may get its own: that object carries the labels policies select on.
        const [verb, name] = r.kind === 'Namespace' ? (['get', ns] as const) : (['list', undefined] as const);
        const ok = rulesAllow(rules, verb, r.group, r.resource, name) || (incomplete && (await may({ group: r.group, resource: r.resource, namespace: ns, ...(name ? { verb, name } : {}) })));
        if (ok) allowed.set(r.kind, (allowed.get(r.kind) ?? new Set()).add(ns));
      }
    }),
  );
  for (const [kind, set] of allowed) kinds.set(kind, set);
  return { kind: 'scoped', kinds };
}

/** The viewer's access to the source: everything for Hopscope's own identity and for dumps; else reviewed as them. */
export function accessOf(viewer: Viewer, cluster: ClusterSource): Promise<Access> {
  const { credential } = viewer;
  if (credential.kind === 'service' || !cluster.reviewer) return Promise.resolve(EVERYTHING);
  const key = credentialKey(credential);
  const hit = cache.get(key);
  if (hit && hit.until > Date.now()) return hit.access;
  const access = reviewAccess(cluster.reviewer, credential, cluster.state.namespaces());
  if (cache.size > 10_000) for (const [k, v] of cache) if (v.until < Date.now()) cache.delete(k);
  cache.set(key, { until: Date.now() + loadConfig().auth.accessCacheMs, access });
  access.catch(() => cache.delete(key));
  return access;
}
