import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { InputError } from './input-error';
import { unwrapDocument, type KubeObjectJson } from './kube-document';
import { jsonOffsets, linesAt, yamlOffsets, type OffsetOf } from './object-offsets';

export const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
/** The path that means standard input (`helm template … | hopscope analyze -`), named `stdin` in messages. */
export const STDIN = '-';
const STDIN_NAME = 'stdin';
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
  if (path === STDIN) return [path];
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
  /** Where its objects start, when lines are asked for. */
  offsetOf?: OffsetOf;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function parseText(file: string, text: string, locate: boolean): Parsed[] {
  const looksLikeJson = extname(file).toLowerCase() === '.json' || /^\s*[{[]/.test(text);
  if (looksLikeJson) {
    try {
      const value: unknown = JSON.parse(text);
      return [{ value, ...(locate ? { offsetOf: jsonOffsets(text) } : {}) }];
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
    return value === null || value === undefined ? [] : [{ value, ...(place(i) ? { where: place(i) } : {}), ...(locate ? { offsetOf: yamlOffsets(d) } : {}) }];
  });
}

interface FileObjects {
  objects: KubeObjectJson[];
  /** The line each object starts on, when asked for (none for a snapshot's objects). */
  lines?: (number | undefined)[];
}

const overLimit = (size: number, maxBytes: number) =>
  `${formatBytes(size)} is over the ${formatBytes(maxBytes)} limit for one file; split the dump (one file per namespace or kind) or raise HOPSCOPE_MAX_FILE_BYTES`;

/** Standard input, read whole, within the limit of one file. */
async function readStdin(maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw new InputError(STDIN_NAME, overLimit(size, maxBytes));
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readText(file: string, maxBytes: number): Promise<string> {
  if (file === STDIN) return readStdin(maxBytes);
  const { size } = await stat(file);
  if (size > maxBytes) throw new InputError(file, overLimit(size, maxBytes));
  return readFile(file, 'utf8');
}

async function readOne(path: string, maxBytes: number, locate: boolean): Promise<FileObjects> {
  const text = await readText(path, maxBytes);
  const file = path === STDIN ? STDIN_NAME : path;
  if (text.trim() === '') throw new InputError(file, path === STDIN ? 'nothing came on standard input' : 'the file is empty');
  const objects: KubeObjectJson[] = [];
  const offsets: (number | undefined)[] = [];
  for (const { value, where, offsetOf } of parseText(file, text, locate)) {
    const paths: number[][] | undefined = offsetOf && [];
    const unwrapped = unwrapDocument(value, paths);
    if ('error' in unwrapped) throw new InputError(file, where ? `${where}: ${unwrapped.error}` : unwrapped.error);
    for (const object of unwrapped.objects) objects.push(object);
    if (offsetOf) unwrapped.objects.forEach((_, i) => offsets.push(paths![i] ? offsetOf(paths![i]!) : undefined));
  }
  return locate ? { objects, lines: linesAt(text, offsets) } : { objects };
}

/** Which file a batch of objects came from, and how far through the files the read is. */
export interface FileRead {
  file: string;
  index: number;
  of: number;
  /** The line each object starts on in the file, when asked for (`locate`). */
  lines?: readonly (number | undefined)[];
}

/**
 * Reads `kubectl get -o json|yaml` output from files and directories (recursively, .json/.yaml/.yml),
 * handing each file's objects to `take` before reading the next, so a dump larger than memory
 * never has to be held whole. With `locate`, it also finds the line each object starts on (which
 * costs another pass over JSON text, so only located outputs ask).
 */
export async function readKubeFiles(paths: string[], take: (objects: KubeObjectJson[], file: FileRead) => void, maxBytes = DEFAULT_MAX_FILE_BYTES, locate = false): Promise<ReadResult> {
  if (paths.length === 0) throw new InputError('(no input)', 'name at least one file or directory');
  const files = (await Promise.all(paths.map(listFiles))).flat();
  if (files.length === 0) throw new InputError(paths.join(', '), 'no .json, .yaml or .yml files found');
  let count = 0;
  for (const [index, file] of files.entries()) {
    const { objects, lines } = await readOne(file, maxBytes, locate);
    count += objects.length;
    take(objects, { file: file === STDIN ? STDIN_NAME : file, index, of: files.length, ...(lines ? { lines } : {}) });
  }
  if (count === 0) throw new InputError(paths.join(', '), 'no Kubernetes objects found');
  return { files, count };
}
