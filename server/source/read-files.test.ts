import { mkdtemp, mkdir, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from './input-error';
import type { KubeObjectJson } from './kube-document';
import { readKubeFiles as readFiles } from './read-files';

async function readKubeFiles(paths: string[], maxBytes?: number) {
  const objects: KubeObjectJson[] = [];
  const { files } = await readFiles(paths, (taken) => objects.push(...taken), maxBytes);
  return { objects, files };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hopscope-read-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web-1', namespace: 'shop' } };
const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'shop' } };

async function write(name: string, content: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

async function errorOf(promise: Promise<unknown>): Promise<InputError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('readKubeFiles', () => {
  it('reads a kubectl List, a single object and nested Lists', async () => {
    const list = await write('list.json', JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [pod, { kind: 'ServiceList', apiVersion: 'v1', items: [svc] }] }));
    const single = await write('single.json', JSON.stringify(svc));
    const { objects, files } = await readKubeFiles([list, single]);
    expect(objects.map((o) => o.kind)).toEqual(['Pod', 'Service', 'Service']);
    expect(files).toEqual([list, single]);
  });

  it('reads a directory of JSON and multi-document YAML, recursively and in name order', async () => {
    await mkdir(join(dir, 'sub'));
    await write('b.yaml', 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: b\n');
    await write('sub/c.json', JSON.stringify(pod));
    await write('notes.txt', 'not read');
    const { objects, files } = await readKubeFiles([dir]);
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual(['b.yaml', 'sub/c.json']);
    expect(objects).toHaveLength(3);
  });

  it('names the file and the problem for text that is neither JSON nor YAML', async () => {
    const bad = await write('dump.json', '{"kind": "Pod", ');
    expect((await errorOf(readKubeFiles([bad]))).message).toMatch(/dump\.json: not valid JSON/);
    const worse = await write('dump.yaml', 'key: [unclosed');
    expect((await errorOf(readKubeFiles([worse]))).message).toMatch(/dump\.yaml: neither JSON nor YAML/);
  });

  it('rejects JSON that is not Kubernetes objects, naming the item', async () => {
    const notK8s = await write('data.json', JSON.stringify({ hello: 'world' }));
    expect((await errorOf(readKubeFiles([notK8s]))).message).toBe(`${notK8s}: not a Kubernetes object: "apiVersion" is missing`);
    const badItem = await write('list.json', JSON.stringify({ kind: 'List', apiVersion: 'v1', items: [pod, { kind: 'Pod' }] }));
    expect((await errorOf(readKubeFiles([badItem]))).message).toMatch(/list\.json: item 1 of the List is not a Kubernetes object/);
    const array = await write('array.json', '[1,2]');
    expect((await errorOf(readKubeFiles([array]))).message).toMatch(/expected a Kubernetes object or List, found an array/);
  });

  it('names the document (its number and line) that is not a Kubernetes object in a multi-document YAML file', async () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\n# a comment\nkey: value\nother: 1\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: b\n';
    const error = await errorOf(readKubeFiles([await write('chart.yaml', text)]));
    expect(error.message).toMatch(/chart\.yaml: document 2 \(line 5\): not a Kubernetes object: "apiVersion" is missing/);
    const broken = await errorOf(readKubeFiles([await write('broken.yaml', 'kind: Pod\n---\nkey: [unclosed\n')]));
    expect(broken.message).toMatch(/broken\.yaml: document 2 \(line 2\): neither JSON nor YAML/);
  });

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(dir, 'huge.json');
    const handle = await open(path, 'w');
    await handle.truncate(2 * 1024 ** 3);
    await handle.close();
    const error = await errorOf(readKubeFiles([path]));
    expect(error.message).toMatch(/huge\.json: 2\.0 GB is over the 256 MB limit for one file/);
  });

  it('says so for missing paths, empty files and empty directories', async () => {
    expect((await errorOf(readKubeFiles([join(dir, 'nope.json')]))).message).toMatch(/nope\.json: no such file or directory/);
    expect((await errorOf(readKubeFiles([await write('empty.json', '  \n')]))).message).toMatch(/empty\.json: the file is empty/);
    await mkdir(join(dir, 'void'));
    expect((await errorOf(readKubeFiles([join(dir, 'void')]))).message).toMatch(/no \.json, \.yaml or \.yml files found/);
  });
});
