import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs)$/.test(name) && !/\.test\./.test(name) ? [path] : [];
  });
}

describe('regular expressions', () => {
  it('no source builds a RegExp at run time: patterns from the cluster or a request go to RE2 (lib/routing/regex.ts), never to a backtracking engine', () => {
    const builders = ['lib', 'server', 'app', 'components', 'bin']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .filter((file) => /\bRegExp\s*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(builders).toEqual([]);
  });
});
