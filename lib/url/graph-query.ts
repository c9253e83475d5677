import { z } from 'zod';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export const namespaceNameSchema = z.string().max(63, 'a namespace name has at most 63 characters').regex(DNS_LABEL, 'a namespace name is lowercase letters, digits and "-"');

export const namespaceListSchema = z
  .string()
  .max(4096, 'too many namespaces')
  .transform((value) => value.split(',').map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(namespaceNameSchema));

/** Query of GET /api/graph: `?namespaces=a,b` (absent or empty = all namespaces). */
export const graphQuerySchema = z.strictObject({
  namespaces: namespaceListSchema.optional(),
});

export type GraphQuery = z.infer<typeof graphQuerySchema>;

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
