import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { InputError } from './input-error';
import { unwrapDocument, type KubeObjectJson } from './kube-document';

export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
const EXTENSIONS = new Set(['.json', '.yaml', '.yml']);

export interface ReadResult {
  files: string[];
  /** Objects handed over. */
  count: number;
}

function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 && unit > 0 ? 1 : 0)} ${units[unit]}`;
}

async function listFiles(path: string): Promise<string[]> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(path, error.code === 'ENOENT' ? 'no such file or directory' : `cannot be read (${error.code ?? error.message})`);
  });
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => e.isDirectory() || EXTENSIONS.has(extname(e.name).toLowerCase()))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => listFiles(join(path, e.name))),
  );
  return nested.flat();
}

interface Parsed {
  value: unknown;
  /** Where a YAML document starts in a file of several: "document 2 (line 14)". */
  where?: string;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function parseText(file: string, text: string): Parsed[] {
  const looksLikeJson = extname(file).toLowerCase() === '.json' || /^\s*[{[]/.test(text);
  if (looksLikeJson) {
    try {
      return [{ value: JSON.parse(text) }];
    } catch (error) {
      if (extname(file).toLowerCase() === '.json') throw new InputError(file, `not valid JSON (${(error as Error).message})`);
    }
  }
  const docs = parseAllDocuments(text);
  const list = Array.isArray(docs) ? docs : [docs];
  const place = (index: number) => (list.length > 1 ? `document ${index + 1} (line ${lineOf(text, list[index]!.range[0])})` : undefined);
  const failed = list.findIndex((d) => d.errors.length > 0);
  if (failed >= 0) {
    const [error] = list[failed]!.errors;
    const where = place(failed);
    throw new InputError(file, `${where ? `${where}: ` : ''}neither JSON nor YAML (${error?.message.split('\n')[0] ?? 'parse error'})`);
  }
  return list.flatMap((d, i) => {
    const value = d.toJS();
    return value === null || value === undefined ? [] : [{ value, ...(place(i) ? { where: place(i) } : {}) }];
  });
}

async function readOne(file: string, maxBytes: number): Promise<KubeObjectJson[]> {
  const { size } = await stat(file);
  if (size > maxBytes) {
    throw new InputError(file, `${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit for one file; split the dump (one file per namespace or kind) or raise HOPSCOPE_MAX_FILE_BYTES`);
  }
  const text = await readFile(file, 'utf8');
  if (text.trim() === '') throw new InputError(file, 'the file is empty');
  const objects: KubeObjectJson[] = [];
  for (const { value, where } of parseText(file, text)) {
    const unwrapped = unwrapDocument(value);
    if ('error' in unwrapped) throw new InputError(file, where ? `${where}: ${unwrapped.error}` : unwrapped.error);
    for (const object of unwrapped.objects) objects.push(object);
  }
  return objects;
}

/** Which file a batch of objects came from, and how far through the files the read is. */
export interface FileRead {
  file: string;
  index: number;
  of: number;
}

/**
 * Reads `kubectl get -o json|yaml` output from files and directories (recursively, .json/.yaml/.yml),
 * handing each file's objects to `take` before reading the next, so a dump larger than memory
 * never has to be held whole.
 */
export async function readKubeFiles(paths: string[], take: (objects: KubeObjectJson[], file: FileRead) => void, maxBytes = DEFAULT_MAX_FILE_BYTES): Promise<ReadResult> {
  if (paths.length === 0) throw new InputError('(no input)', 'name at least one file or directory');
  const files = (await Promise.all(paths.map(listFiles))).flat();
  if (files.length === 0) throw new InputError(paths.join(', '), 'no .json, .yaml or .yml files found');
  let count = 0;
  for (const [index, file] of files.entries()) {
    const objects = await readOne(file, maxBytes);
    count += objects.length;
    take(objects, { file, index, of: files.length });
  }
  if (count === 0) throw new InputError(paths.join(', '), 'no Kubernetes objects found');
  return { files, count };
}
