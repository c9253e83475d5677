import { z } from 'zod';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const namespaceNameSchema = z.string().max(63, 'a namespace name has at most 63 characters').regex(DNS_LABEL, 'a namespace name is lowercase letters, digits and "-"');

export const namespaceListSchema = z
  .string()
  .max(4096, 'too many namespaces')
  .transform((value) => value.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(namespaceNameSchema));

/** A hop id, `kind/namespace/name` (lib/graph/ids.ts); a test holds it to the hop kinds' table. */
export const HOP_ID = /^(ingress|httproute|service|endpoints|pod)\/[a-z0-9-]*\/[a-z0-9.-]+$|^client$/;
/** A group card's id (lib/view/fold.ts). */
export const GROUP_ID = /^group\/[a-z0-9./-]+$/;
const MAX_IDS = 64;

const idList = (pattern: RegExp, what: string) =>
  z
    .string()
    .max(MAX_IDS * 300, `too many ${what}`)
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(z.string().max(300).regex(pattern, `not the id of one of the ${what}`)).max(MAX_IDS, `at most ${MAX_IDS} ${what}`));

/**
 * Query of GET /api/graph and /api/stream: `?namespaces=a,b` (absent or empty = all namespaces),
 * `focus=<hop id>` (that hop's paths), `open=<group ids>`, `keep=<hop ids>` (never folded),
 * `only=problems`.
 */
export const graphQuerySchema = z.strictObject({
  namespaces: namespaceListSchema.optional(),
  focus: z.string().max(300).regex(HOP_ID, 'not a hop id').optional(),
  open: idList(GROUP_ID, 'groups').optional(),
  keep: idList(HOP_ID, 'hops').optional(),
  only: z.literal('problems', { message: '"problems", or leave it out' }).optional(),
});

export type GraphQuery = z.infer<typeof graphQuerySchema>;

/** Query of GET /api/problems: `?namespaces=a,b`, and `cause=CHECK-ID&severity=critical` for the problems of one group. */
export const problemsQuerySchema = z
  .strictObject({
    namespaces: namespaceListSchema.optional(),
    cause: z.string().max(64).regex(/^[A-Z0-9-]+$/, 'a check id, e.g. SVC-SELECTOR-NOMATCH').optional(),
    severity: z.enum(['critical', 'warning'], { message: 'critical or warning' }).optional(),
  })
  .refine((q) => (q.cause === undefined) === (q.severity === undefined), { message: 'cause and severity go together' });

/** Query of GET /api/search: `?q=term&namespaces=a,b`. */
export const searchQuerySchema = z.strictObject({
  q: z.string().trim().min(1, 'type something to search for').max(200, 'at most 200 characters'),
  namespaces: namespaceListSchema.optional(),
});

/** One readable sentence for a failed parse, e.g. `namespaces: a namespace name is ...`. */
export function describeQueryError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      if (issue.code === 'unrecognized_keys') return `unknown parameter ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
      const where = issue.path.filter((p) => typeof p === 'string').join('.');
      return where ? `${where}: ${issue.message}` : issue.message;
    })
    .join('; ');
}
