import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_HELP } from './help';
import { parseCheckHelp } from './help-markdown';

const doc = readFileSync(join(import.meta.dirname, '../../docs/checks.md'), 'utf8');

describe('lib/checks/help.ts', () => {
  it('is docs/checks.md as it is now (else run `npx tsx scripts/generate-check-help.ts`)', () => {
    expect(CHECK_HELP).toEqual(parseCheckHelp(doc));
  });

  it('reads each row into its five cells, under the heading of its hop', () => {
    const row = CHECK_HELP.find((h) => h.id === 'SVC-SELECTOR-NOMATCH');
    expect(row).toMatchObject({ section: 'Service hop', severity: 'critical', usersSee: '`503` through the ingress; `connection refused` in-cluster' });
    expect(row?.whatToDo).toMatch(/^Fix the selector or the pod labels/);
  });

  it('refuses a row whose cells do not add up', () => {
    expect(() => parseCheckHelp('## Pod hop\n| POD-X | warning | only three |\n')).toThrow('the row of POD-X has 3 cells, not 5');
  });
});
