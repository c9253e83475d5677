import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLASSES_WITHOUT_OBJECT } from '../k8s/ingress';
import { METRIC_FINDING_IDS } from '../metrics/findings';
import { CHECK_CLASSES, type ClassRule } from './classes';
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

  it('lists the checks manifests mode does not run, as the code marks them (liveState)', () => {
    const section = /these judge what only a running cluster shows, and are not run[^:]*:([^;]+);/.exec(doc)?.[1] ?? '';
    const listed = [...section.matchAll(/[A-Z]+(?:-[A-Z0-9]+)+/g)].map((m) => m[0]);
    expect(listed.sort()).toEqual(CHECKS.filter((c) => c.liveState).map((c) => c.id).sort());
  });

  it('shows the class of every finding id as CHECK_CLASSES declares it, for every check and only those', () => {
    const names: Record<string, ClassRule> = { 'failing now': 'failing-now', 'failing now when critical, else a risk': 'failing-now when critical', risk: 'risk' };
    const shown = [...doc.matchAll(/^\| (failing now|failing now when critical, else a risk|risk) \| (.+) \|$/gm)].flatMap((m) => m[2]!.split(', ').map((id) => [id, names[m[1]!]]));
    expect(Object.fromEntries(shown)).toEqual(CHECK_CLASSES);
    expect(shown).toHaveLength(Object.keys(CHECK_CLASSES).length);
    expect(Object.keys(CHECK_CLASSES).sort()).toEqual([...CHECKS.map((c) => c.id), ...METRIC_FINDING_IDS].sort());
  });

  it('has no two checks with one id', () => {
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  });
});
