import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASSES_WITHOUT_OBJECT } from '../k8s/ingress';
import { METRIC_FINDING_IDS } from '../metrics/findings';
import { CHECKS } from './registry';

const doc = readFileSync(join(import.meta.dirname, '../../docs/checks.md'), 'utf8');
const documented = new Set([...doc.matchAll(/^\| ([A-Z]+(?:-[A-Z0-9]+)+) \|/gm)].map((m) => m[1]));

describe('docs/checks.md', () => {
  it('documents every check Hopscope runs, and only those', () => {
    expect([...documented].sort()).toEqual([...CHECKS.map((c) => c.id), ...METRIC_FINDING_IDS].sort());
  });

  it('lists the Ingress classes served without an IngressClass, as the code knows them', () => {
    const listed = [...doc.matchAll(/^\| `([^`]+)` \| ([^|]+) \|$/gm)].map((m) => [m[1], m[2]!.trim()]);
    expect(Object.fromEntries(listed)).toEqual(CLASSES_WITHOUT_OBJECT);
  });

  it('has no two checks with one id', () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  });
});
