// Secrets as `kubectl get secrets` prints them: the API server's table of names and types, with
// each row's metadata. Their data never leaves the API server, as with the live source.
import { z } from 'zod';
import type { KubeReader, ListPage } from './reader';

const TABLE = 'application/json;as=Table;g=meta.k8s.io;v=v1';

const tableSchema = z.object({
  metadata: z.object({ resourceVersion: z.string().optional(), continue: z.string().optional() }),
  columnDefinitions: z.array(z.object({ name: z.string() })).nullish(),
  rows: z.array(z.object({ cells: z.array(z.unknown()), object: z.object({ metadata: z.record(z.string(), z.unknown()) }) })).nullish(),
});

/** One page of Secrets as their metadata and type (the table's Type column); never their data. */
export async function secretTablePage(reader: KubeReader, path: string, options: { limit: number; continue?: string }): Promise<ListPage> {
  const parsed = tableSchema.safeParse(await reader.get(path, { limit: options.limit, continue: options.continue, includeObject: 'Metadata' }, TABLE));
  if (!parsed.success) throw new Error(`${path}: the API server's table of Secrets is not as expected: ${parsed.error.issues[0]?.message}`);
  const { metadata, columnDefinitions, rows } = parsed.data;
  const typeColumn = (columnDefinitions ?? []).findIndex((c) => c.name === 'Type');
  const items = (rows ?? []).map(({ cells, object }) => {
    const type = cells[typeColumn];
    return { metadata: object.metadata, ...(typeof type === 'string' && type ? { type } : {}) };
  });
  return { items, metadata };
}
