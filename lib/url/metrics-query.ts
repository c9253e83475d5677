import { z } from 'zod';
import { windowSeconds } from '../metrics/series';
import { namespaceListSchema } from './graph-query';

/** Metrics windows a person picks from; any `<n><s|m|h|d>` from 1m to 7d works in the URL (custom). */
export const RANGES = ['5m', '15m', '1h', '6h'] as const;

// Shorter, and a rate has too few samples at common scrape intervals; longer, and every query of a round reads a week of series.
const SHORTEST = 60;
const LONGEST = 7 * 86_400;

export const rangeSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,3}[smhd]$/, { message: 'a window such as 5m, 15m, 1h or 6h', abort: true })
  .refine((w) => windowSeconds(w) >= SHORTEST && windowSeconds(w) <= LONGEST, 'a window from 1m to 7d');

/** Query of GET /api/metrics: `?namespaces=a,b&range=5m&at=<unix seconds>`. */
export const metricsQuerySchema = z.strictObject({
  namespaces: namespaceListSchema.optional(),
  range: rangeSchema.default('5m'),
  at: z.coerce.number().int().min(0).max(4_102_444_800).optional(),
});

/** Query of GET /api/metrics/series: one route -> Service edge id, the window and the time. */
export const seriesQuerySchema = z.strictObject({
  edge: z.string().max(600).regex(/^(ingress|httproute)\/[a-z0-9-]+\/[a-z0-9.-]+->service\/[a-z0-9-]+\/[a-z0-9.-]+$/, 'a route -> Service edge id'),
  range: rangeSchema.default('5m'),
  at: z.coerce.number().int().min(0).max(4_102_444_800).optional(),
});
