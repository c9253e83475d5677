// The conformance corpus format (see ../shared/conformance/README.md): zod schemas and a loader.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { z } from 'zod';

const objects = z.array(z.looseObject({ kind: z.string(), metadata: z.looseObject({ name: z.string() }) }));

export const netpolCaseSchema = z.looseObject({
  objects,
  queries: z.array(
    z.looseObject({
      from: z.string().min(1),
      to: z.string().min(1),
      port: z.number().int().min(1).max(65535),
      protocol: z.enum(['TCP', 'UDP', 'SCTP']),
      expect: z.boolean(),
      comment: z.string().optional(),
    }),
  ),
});

const backend = z.object({ service: z.string(), port: z.union([z.number().int(), z.string()]) });

export const ingressCaseSchema = z.looseObject({
  objects,
  requests: z.array(z.looseObject({ host: z.string(), path: z.string().startsWith('/'), expect: backend.nullable(), comment: z.string().optional() })),
});

export const httpRouteCaseSchema = z.looseObject({
  objects,
  requests: z.array(
    z.looseObject({
      gateway: z.string().optional(),
      host: z.string().optional(),
      method: z.string().default('GET'),
      path: z.string().startsWith('/'),
      query: z.string().optional(),
      headers: z.record(z.string(), z.string()).optional(),
      expect: z.object({ service: z.string(), namespace: z.string(), port: z.number().int() }).nullable(),
      comment: z.string().optional(),
    }),
  ),
});

export type NetpolCase = z.infer<typeof netpolCaseSchema>;
export type IngressCase = z.infer<typeof ingressCaseSchema>;
export type HTTPRouteCase = z.infer<typeof httpRouteCaseSchema>;

export type CaseKind = 'netpol' | 'ingress' | 'httproute';

export interface CorpusFile {
  /** Path relative to the corpus directory. */
  name: string;
  kind: CaseKind;
  data: unknown;
}

/**
 * Every `.json` file under `dir`. The format is told by the folder a file is in (`netpol/`,
 * `ingress/`, `httproute/`), or else by its fields, so any folder of files in this format works.
 */
export async function loadCorpus(dir: string): Promise<CorpusFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => join(e.parentPath, e.name)).sort();
  return Promise.all(
    files.map(async (path) => {
      const name = relative(dir, path);
      let data: unknown;
      try {
        data = JSON.parse(await readFile(path, 'utf8'));
      } catch (error) {
        throw new Error(`${name}: not valid JSON (${(error as Error).message})`);
      }
      return { name, kind: kindOf(name, data), data };
    }),
  );
}

function kindOf(name: string, data: unknown): CaseKind {
  const folder = name.split(/[\\/]/).slice(-2, -1)[0];
  if (folder === 'netpol' || folder === 'ingress' || folder === 'httproute') return folder;
  const record = (data ?? {}) as Record<string, unknown>;
  if ('queries' in record) return 'netpol';
  const kinds = Array.isArray(record.objects) ? record.objects.map((o) => (o as { kind?: string }).kind) : [];
  return kinds.includes('HTTPRoute') ? 'httproute' : 'ingress';
}
