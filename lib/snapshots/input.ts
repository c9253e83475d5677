import { z } from 'zod';
import { SNAPSHOT_ID } from './id';
import { namespaceNameSchema } from '../url/graph-query';
import { rangeSchema } from '../url/metrics-query';
import { HEADER_LINE } from '../url/view-state';

export const snapshotIdSchema = z.string().regex(SNAPSHOT_ID, 'not a snapshot id');

/** Body of POST /api/snapshots: a title, a note, and the view to freeze (as the page URL holds it). */
export const freezeRequestSchema = z.strictObject({
  title: z.string().trim().min(1, 'give the snapshot a title').max(200),
  note: z.string().max(4000).default(''),
  view: z.strictObject({
    namespaces: z.array(namespaceNameSchema).max(200).default([]),
    node: z.string().max(512).nullable().default(null),
    trace: z.string().max(2048).nullable().default(null),
    method: z.string().regex(/^[A-Z]{1,16}$/).default('GET'),
    headers: z.array(z.string().regex(HEADER_LINE)).max(20).default([]),
    range: rangeSchema.default('5m'),
  }),
});

export type FreezeRequest = z.output<typeof freezeRequestSchema>;
