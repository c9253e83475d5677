import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKubeObject, isList, kubeObjectSchema, listSchema } from './kube-document';

const almost = fc.record(
  {
    apiVersion: fc.oneof(fc.string(), fc.constant(''), fc.integer(), fc.constant(null)),
    kind: fc.oneof(fc.constantFrom('Pod', 'PodList', 'List', ''), fc.string(), fc.integer()),
    metadata: fc.oneof(fc.record({ name: fc.oneof(fc.string(), fc.constant(''), fc.integer(), fc.constant(null)), generateName: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] }), fc.constant(null), fc.array(fc.string())),
    items: fc.oneof(fc.array(fc.anything(), { maxLength: 2 }), fc.string(), fc.constant(null)),
  },
  { requiredKeys: [] },
);

describe('the envelope checks', () => {
  it('answer as the zod schemas do, for objects near and far from Kubernetes objects', () => {
    fc.assert(
      fc.property(fc.oneof(almost, fc.anything()), (value) => {
        expect(isKubeObject(value)).toBe(kubeObjectSchema.safeParse(value).success);
        expect(isList(value)).toBe(listSchema.safeParse(value).success);
      }),
      { numRuns: 2000 },
    );
  });
});
