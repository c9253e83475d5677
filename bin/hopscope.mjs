#!/usr/bin/env node
// Runs the CLI from one bundled file, built with esbuild from the TypeScript sources the web app
// shares (lib/, server/) and kept under node_modules/.cache/hopscope/: loading a few hundred modules
// through a TypeScript loader costs half a second at every start, the bundle a few milliseconds.
// The bundle is rebuilt whenever a file it was built from changes.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cache = join(root, 'node_modules', '.cache', 'hopscope');
const bundle = join(cache, 'cli.mjs');
const stamp = join(cache, 'cli.inputs.json');

const fingerprint = (file) => {
  try {
    const { mtimeMs, size } = statSync(join(root, file));
    return `${mtimeMs}:${size}`;
  } catch {
    return 'missing';
  }
};

function fresh() {
  try {
    const inputs = JSON.parse(readFileSync(stamp, 'utf8'));
    return Object.entries(inputs).every(([file, print]) => fingerprint(file) === print);
  } catch {
    return false;
  }
}

async function rebuild() {
  const { build } = await import('esbuild');
  mkdirSync(cache, { recursive: true });
  const partial = `${bundle}.${process.pid}`;
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['server/cli/main.ts'],
    outfile: partial,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, fingerprint(file)]));
  renameSync(partial, bundle);
  writeFileSync(`${stamp}.${process.pid}`, JSON.stringify(inputs));
  renameSync(`${stamp}.${process.pid}`, stamp);
}

if (!fresh()) await rebuild();
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
