import { z } from 'zod';

/** The envelope every Kubernetes object has; the rest is read defensively when trimmed. */
export const kubeObjectSchema = z.looseObject({
  apiVersion: z.string().min(1),
  kind: z.string().min(1),
  metadata: z.looseObject({ name: z.string().min(1).optional(), generateName: z.string().optional() }),
});

export const listSchema = z.looseObject({
  kind: z.string().regex(/List$/),
  items: z.array(z.unknown()),
});

const snapshotSchema = z.looseObject({
  kind: z.literal('HopscopeSnapshot'),
  objects: z.array(z.looseObject({ kind: z.string().min(1), metadata: z.looseObject({ name: z.string().min(1) }) })),
});

export type KubeObjectJson = z.infer<typeof kubeObjectSchema>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isName = (value: unknown) => typeof value === 'string' && value.length > 0;

/**
 * The envelope check of `kubeObjectSchema`, without copying the object: a dump of 150k pods holds
 * 250k of them, and the schema's parse costs more than reading them. The schema stays the
 * definition (a property test holds the two to the same answers) and words the error.
 */
export function isKubeObject(value: unknown): value is KubeObjectJson {
  if (!isRecord(value) || !isName(value.apiVersion) || !isName(value.kind) || !isRecord(value.metadata)) return false;
  const { name, generateName } = value.metadata;
  return (name === undefined || isName(name)) && (generateName === undefined || typeof generateName === 'string');
}

/** The check of `listSchema`, without copying the List. */
export function isList(value: unknown): value is { kind: string; items: unknown[] } {
  return isRecord(value) && typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items);
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'it is not a Kubernetes object';
  const where = issue.path.length ? `"${issue.path.join('.')}"` : 'the document';
  return issue.code === 'invalid_type' && issue.input === undefined ? `${where} is missing` : `${where}: ${issue.message}`;
}

/**
 * Unwraps one parsed document (a `kubectl get -o json` List, or a single object) into objects.
 * Returns an error sentence instead of throwing, so the caller can name the file. Given `paths`, it
 * adds each object's path through the Lists (`[]` the document, `[3, 0]` item 0 of item 3), for
 * finding where it starts; a snapshot's objects have none.
 */
export function unwrapDocument(doc: unknown, paths?: number[][]): { objects: KubeObjectJson[] } | { error: string } {
  // A Hopscope snapshot file: its objects were trimmed when it was frozen, and trim the same again.
  const snapshot = snapshotSchema.safeParse(doc);
  if (snapshot.success) return { objects: snapshot.data.objects.map((o) => ({ apiVersion: 'hopscope/snapshot', ...o }) as KubeObjectJson) };
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    return { error: `expected a Kubernetes object or List, found ${Array.isArray(doc) ? 'an array' : doc === null ? 'null' : typeof doc}` };
  }
  const list = isList(doc);
  const items = list ? doc.items : [doc];
  const objects: KubeObjectJson[] = [];
  for (let index = 0; index < items.length; index++) {
    const item = items[index];
    if (isKubeObject(item) && !isList(item)) {
      objects.push(item);
      paths?.push(list ? [index] : []);
      continue;
    }
    if (isList(item)) {
      const innerPaths: number[][] | undefined = paths && [];
      const inner = unwrapDocument(item, innerPaths);
      if ('error' in inner) return { error: `item ${index}: ${inner.error}` };
      for (const object of inner.objects) objects.push(object);
      for (const path of innerPaths ?? []) paths!.push([index, ...path]);
      continue;
    }
    const parsed = kubeObjectSchema.safeParse(item);
    const what = list ? `item ${index} of the List is not a Kubernetes object` : 'not a Kubernetes object';
    return { error: `${what}: ${parsed.success ? 'it is not a Kubernetes object' : describeIssue(parsed.error)}` };
  }
  return { objects };
}
