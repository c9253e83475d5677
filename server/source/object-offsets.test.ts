import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KubeObjectJson } from './kube-document';
import { jsonOffsets, linesAt } from './object-offsets';
import { readKubeFiles, type FileRead } from './read-files';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hopscope-lines-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const pod = (name: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'shop' } });

/** Each object's name and the line it starts on, as readKubeFiles hands them over with `locate`. */
async function located(name: string, content: string, locate = true): Promise<[string, number | undefined][]> {
  const file = join(dir, name);
  await writeFile(file, content);
  const out: [string, number | undefined][] = [];
  await readKubeFiles([file], (objects: KubeObjectJson[], read: FileRead) => objects.forEach((o, i) => out.push([o.metadata.name!, read.lines?.[i]])), undefined, locate);
  return out;
}

describe('the line each object starts on', () => {
  it('is the first line of each document of a multi-document YAML file (after comments and ---)', async () => {
    const text = ['# Source: chart/templates/svc.yaml', 'apiVersion: v1', 'kind: Service', 'metadata:', '  name: web', '---', '# Source: chart/templates/pod.yaml', '---', 'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web-1', ''].join('\n');
    expect(await located('chart.yaml', text)).toEqual([
      ['web', 2],
      ['web-1', 9],
    ]);
  });

  it('is the line of each item of a YAML List, and of the items of a List inside it', async () => {
    const text = ['apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Pod', '  metadata: {name: a, namespace: shop}', '- apiVersion: v1', '  kind: PodList', '  items:', '  - apiVersion: v1', '    kind: Pod', '    metadata: {name: b, namespace: shop}', ''].join('\n');
    expect(await located('list.yaml', text)).toEqual([
      ['a', 4],
      ['b', 10],
    ]);
  });

  it('is the line of the opening brace of each item of a JSON List, pretty or on one line', async () => {
    const list = { apiVersion: 'v1', kind: 'List', items: [pod('a'), { apiVersion: 'v1', kind: 'PodList', items: [pod('b'), pod('c')] }, pod('d')] };
    const pretty = JSON.stringify(list, null, 2);
    const lines = pretty.split('\n');
    const lineOf = (name: string) => lines.findIndex((l) => l.includes(`"name": "${name}"`)) + 1 - 4; // `{`, apiVersion, kind, metadata, then name
    expect(await located('pretty.json', pretty)).toEqual(['a', 'b', 'c', 'd'].map((n) => [n, lineOf(n)]));
    expect(await located('flat.json', JSON.stringify(list))).toEqual(['a', 'b', 'c', 'd'].map((n) => [n, 1]));
    expect(await located('single.json', `\n\n${JSON.stringify(pod('e'), null, 1)}`)).toEqual([['e', 3]]);
  });

  it('is not looked for unless asked', async () => {
    expect(await located('quiet.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n', false)).toEqual([['a', undefined]]);
  });
});

describe('jsonOffsets', () => {
  it('skips strings whole (escaped quotes, brackets and an "items" key inside them) and items of objects that are not Lists', () => {
    const text = JSON.stringify({ kind: 'List', items: [{ kind: 'ConfigMap', data: { items: '[{"x"}] \\" items' }, spec: { items: [{ a: 1 }] } }, { kind: 'Pod', note: '"items": [' }] });
    const at = jsonOffsets(text);
    expect(at([])).toBe(0);
    expect(JSON.parse(text.slice(at([0])!, at([1])! - 1))).toMatchObject({ kind: 'ConfigMap' });
    expect(text.slice(at([1])!)).toMatch(/^\{"kind":"Pod"/);
    expect(at([0, 0])).toBeUndefined();
    expect(at([2])).toBeUndefined();
  });
});

describe('linesAt', () => {
  it('counts lines forward, and again from the start when an offset goes back', () => {
    const text = 'a\nbb\nccc\n';
    expect(linesAt(text, [0, 2, 5, undefined, 3, 9])).toEqual([1, 2, 3, undefined, 2, 4]);
  });
});
