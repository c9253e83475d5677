import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../lib/analysis/build-graph';
import { stateFromObjects } from '../../lib/state/cluster-state';
import { formatText, title } from './format-text';

const demo = buildGraph(stateFromObjects((JSON.parse(readFileSync(join(import.meta.dirname, '../../demo/cluster.json'), 'utf8')) as { items: unknown[] }).items), { namespaces: null });

/** The finding ids printed under each hop's title, the first time it is printed. */
function printed(text: string): Map<string, string[]> {
  const hops = new Map<string, string[]>();
  let current: string[] | null = null;
  for (const line of text.split('\n')) {
    const hop = /^ {2}(\S.*)$/.exec(line);
    if (hop) current = hops.has(hop[1]!) || hop[1]!.endsWith('(same findings as above)') ? null : (hops.set(hop[1]!, []), hops.get(hop[1]!)!);
    const finding = /^ {4}[✕!i] \w+ +([A-Z][A-Z0-9-]+) /.exec(line);
    if (finding && current) current.push(finding[1]!);
  }
  return hops;
}

describe('the CLI text', () => {
  it('lists each hop\'s findings in the order of the Graph JSON and the panel: failing now first, a cause before its effects', () => {
    const text = formatText(demo);
    const hops = printed(text);
    let checked = 0;
    for (const node of demo.nodes) {
      const ids = hops.get(title(node));
      if (!ids || node.findings.length === 0) continue;
      expect(ids, node.id).toEqual(node.findings.map((f) => f.id));
      checked++;
    }
    expect(checked).toBeGreaterThan(20);
    expect(hops.get('EndpointSlices of shop/cart-api')).toEqual(['EPS-NOT-READY']);
  });

  it('says what a finding names as its cause', () => {
    const lines = formatText(demo).split('\n');
    const empty = lines.findIndex((l) => l.includes('EPS-EMPTY  Service catalog has no endpoints'));
    expect(lines[empty + 1]).toBe('        because SVC-SELECTOR-NOMATCH on Service shop/catalog');
    const probe = lines.findIndex((l) => /POD-NOT-READY {2}Pod cart-api-/.test(l));
    expect(lines[probe + 1]).toBe('        because PRB-EVENT-HTTP-STATUS on this hop');
  });
});
