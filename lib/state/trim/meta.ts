import type { ObjectMeta, OwnerRef } from '../../k8s/types';
import type { Interner } from '../interner';
import { rec, str } from '../read';

const DROPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

export interface TrimContext {
  interner: Interner;
  /** Trimmed parts shared between objects with the same owner, by owner key. */
  exemplars: Map<string, unknown>;
  /** Says what was read otherwise than written (an older API version converted), for a note to the person. */
  note(what: string): void;
}

/** Owner uids are not kept, so the pods of one ReplicaSet share one owner list. */
export function ownerRefs(value: unknown, interner: Interner): OwnerRef[] | undefined {
  if (!Array.isArray(value)) return undefined;
  let out: OwnerRef[] | undefined;
  for (const item of value) {
    const r = rec(item);
    if (!r || typeof r.kind !== 'string' || typeof r.name !== 'string') continue;
    (out ??= []).push({ kind: interner.intern(r.kind), name: interner.intern(r.name), controller: r.controller === true ? true : undefined });
  }
  return out;
}

function annotations(value: unknown, interner: Interner): Record<string, string> | undefined {
  const source = rec(value);
  if (!source) return undefined;
  const kept: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(source)) if (!DROPPED_ANNOTATIONS.has(key)) kept[key] = v;
  return interner.labels(kept);
}

/**
 * Keeps name, namespace, labels and the deletion timestamp. Never managedFields or the last-applied
 * annotation. `full` adds uid, annotations, owners and creationTimestamp, for the kinds whose checks
 * read them; the numerous kinds (EndpointSlices, Events) stay `lean`. Pods have their own (pod.ts).
 */
export function trimMeta(value: unknown, ctx: TrimContext, detail: 'full' | 'lean'): ObjectMeta {
  const full = detail === 'full';
  const m = rec(value) ?? {};
  const { interner } = ctx;
  return {
    name: str(m.name) ?? '',
    namespace: interner.opt(str(m.namespace)),
    uid: full ? str(m.uid) : undefined,
    labels: interner.labels(rec(m.labels)),
    annotations: full ? annotations(m.annotations, interner) : undefined,
    ownerReferences: full ? ownerRefs(m.ownerReferences, interner) : undefined,
    creationTimestamp: full ? str(m.creationTimestamp) : undefined,
    deletionTimestamp: str(m.deletionTimestamp),
  };
}
