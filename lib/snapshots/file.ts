import { z } from 'zod';
import { freezeRequestSchema } from './input';

/**
 * A snapshot file (what the export route writes) as import accepts it. Its graph is not trusted:
 * import rebuilds it from the objects; the metrics layer is kept for the hops that rebuild shows.
 */
export const snapshotFileSchema = z.looseObject({
  kind: z.literal('HopscopeSnapshot', 'not a Hopscope snapshot file (kind must be HopscopeSnapshot)'),
  version: z.literal(1, 'a snapshot file of another version'),
  title: freezeRequestSchema.shape.title,
  note: freezeRequestSchema.shape.note,
  createdAt: z.iso.datetime({ message: 'createdAt is not a date' }),
  createdBy: z.string().max(256),
  frozen: z.object({ at: z.iso.datetime({ message: 'frozen.at is not a date' }), by: z.string().max(256) }).optional(),
  cluster: z.string().max(256),
  view: freezeRequestSchema.shape.view,
  metrics: z
    .looseObject({
      status: z.literal('ok'),
      window: z.string(),
      at: z.number(),
      profiles: z.array(z.string()),
      edges: z.record(z.string(), z.looseObject({})),
      nodes: z.record(z.string(), z.looseObject({})),
      kubeProxyStuck: z.array(z.string()).nullable(),
      findings: z.array(z.looseObject({ hop: z.string(), edge: z.string().optional() })),
      tookMs: z.number(),
    })
    .nullable()
    .default(null),
  objects: z.array(z.looseObject({ kind: z.string().min(1), metadata: z.looseObject({ name: z.string().min(1) }) })),
});

/**
 * The most objects an import takes: what the server analyses in bounded time and memory (a file of
 * 64 MB holds about 60,000 realistic pods). A freeze keeps the whole cluster up to 50,000 objects.
 */
export const MAX_IMPORTED_OBJECTS = 100_000;

export type SnapshotFile = z.output<typeof snapshotFileSchema>;
