import type { ObjectMeta, OwnerRef } from '../../k8s/types';
import type { Interner } from '../interner';
import { arr, compact, rec, str, bool, type JsonRecord } from '../read';

const DROPPED_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

export interface TrimContext {
  interner: Interner;
}

function ownerRefs(value: unknown, ctx: TrimContext): OwnerRef[] | undefined {
  const refs = arr(value)
    .map(rec)
    .filter((r): r is JsonRecord => !!r && typeof r.kind === 'string' && typeof r.name === 'string')
    .map((r) =>
      compact<OwnerRef>({
        kind: ctx.interner.intern(r.kind as string),
        name: r.name as string,
        uid: str(r.uid),
        controller: bool(r.controller),
      }),
    );
  return refs.length ? refs : undefined;
}

function annotations(value: unknown, ctx: TrimContext): Record<string, string> | undefined {
  const source = rec(value);
  if (!source) return undefined;
  const kept: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(source)) if (!DROPPED_ANNOTATIONS.has(key)) kept[key] = v;
  return ctx.interner.labels(kept);
}

/**
 * Keeps identity, labels, owners and timestamps. Never managedFields or the last-applied
 * annotation; annotations at all only when the kind's checks read them.
 */
export function trimMeta(value: unknown, ctx: TrimContext, keepAnnotations: boolean): ObjectMeta {
  const m = rec(value) ?? {};
  return compact<ObjectMeta>({
    name: str(m.name) ?? '',
    namespace: ctx.interner.opt(str(m.namespace)),
    uid: str(m.uid),
    labels: ctx.interner.labels(rec(m.labels)),
    annotations: keepAnnotations ? annotations(m.annotations, ctx) : undefined,
    ownerReferences: ownerRefs(m.ownerReferences, ctx),
    creationTimestamp: str(m.creationTimestamp),
    deletionTimestamp: str(m.deletionTimestamp),
  });
}
