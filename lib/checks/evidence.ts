import type { KubeObject } from '../k8s/types';
import type { Evidence, EvidenceField, ObjectRef } from '../graph/types';

export function refOf(object: KubeObject): ObjectRef {
  const { namespace, name } = object.metadata;
  return namespace ? { kind: object.kind, namespace, name } : { kind: object.kind, name };
}

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return '(not set)';
  return JSON.stringify(value);
}

export function field(object: ObjectRef | KubeObject, path: string, value: unknown): EvidenceField {
  return { object: 'metadata' in object ? refOf(object) : object, path, value: show(value) };
}

export function evidence(parts: { objects?: ObjectRef[]; fields?: EvidenceField[]; kubectl?: string[] }): Evidence {
  const objects = [...(parts.objects ?? [])];
  for (const f of parts.fields ?? []) {
    if (!objects.some((o) => o.kind === f.object.kind && o.namespace === f.object.namespace && o.name === f.object.name)) {
      objects.push(f.object);
    }
  }
  return { objects, fields: parts.fields ?? [], kubectl: [...new Set(parts.kubectl ?? [])] };
}

/** `a=1, b=2` */
export function showLabels(labels: Record<string, string> | undefined): string {
  return Object.entries(labels ?? {})
    .map(([k, v]) => `${k}=${v}`)
    .join(', ');
}
