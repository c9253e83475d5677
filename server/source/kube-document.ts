import { z } from 'zod';

/** The envelope every Kubernetes object has; the rest is read defensively when trimmed. */
export const kubeObjectSchema = z.looseObject({
  apiVersion: z.string().min(1),
  kind: z.string().min(1),
  metadata: z.looseObject({ name: z.string().min(1).optional(), generateName: z.string().optional() }),
});

const listSchema = z.looseObject({
  kind: z.string().regex(/List$/),
  items: z.array(z.unknown()),
});

const snapshotSchema = z.looseObject({
  kind: z.literal('HopscopeSnapshot'),
  objects: z.array(z.looseObject({ kind: z.string().min(1), metadata: z.looseObject({ name: z.string().min(1) }) })),
});

export type KubeObjectJson = z.infer<typeof kubeObjectSchema>;

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not a Kubernetes object';
  const where = issue.path.length ? `"${issue.path.join('.')}"` : 'the document';
  return issue.code === 'invalid_type' && issue.input === undefined ? `${where} is missing` : `${where}: ${issue.message}`;
}

/**
 * Unwraps one parsed document (a `kubectl get -o json` List, or a single object) into objects.
 * Returns an error sentence instead of throwing, so the caller can name the file.
 */
export function unwrapDocument(doc: unknown): { objects: KubeObjectJson[] } | { error: string } {
  // A Hopscope snapshot file: its objects were trimmed when it was frozen, and trim the same again.
  const snapshot = snapshotSchema.safeParse(doc);
  if (snapshot.success) return { objects: snapshot.data.objects.map((o) => ({ apiVersion: 'hopscope/snapshot', ...o }) as KubeObjectJson) };
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return { error: `expected a Kubernetes object or List, found ${Array.isArray(doc) ? 'an array' : doc === null ? 'null' : typeof doc}` };
  }
  const list = listSchema.safeParse(doc);
  const items = list.success ? list.data.items : [doc];
  const objects: KubeObjectJson[] = [];
  for (const [index, item] of items.entries()) {
    const nested = listSchema.safeParse(item);
    if (nested.success) {
      const inner = unwrapDocument(item);
      if ('error' in inner) return { error: `item ${index}: ${inner.error}` };
      objects.push(...inner.objects);
      continue;
    }
    const parsed = kubeObjectSchema.safeParse(item);
    if (!parsed.success) {
      const what = list.success ? `item ${index} of the List is not a Kubernetes object` : 'not a Kubernetes object';
      return { error: `${what}: ${describeIssue(parsed.error)}` };
    }
    objects.push(parsed.data);
  }
  return { objects };
}
