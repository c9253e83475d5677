#!/usr/bin/env node
// Runs the CLI from one bundled ES module (scripts/build-cli.mjs): loading a few hundred modules
// through a TypeScript loader costs half a second at every start, the bundle a few milliseconds.
// An installed package carries it (dist/cli.mjs, built by `npm pack`). In a checkout (the sources
// are here) it is built from them into node_modules/.cache/hopscope/, and again whenever a file it
// was built from changes.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const BUILDER = join('scripts', 'build-cli.mjs');

const fingerprint = (file) => {
  try {
    const { mtimeMs, size } = statSync(join(root, file));
    return `${mtimeMs}:${size}`;
  } catch {
    return 'missing';
  }
};

/** The bundle of a checkout, rebuilt when one of its inputs changed (the builder is one too). */
async function checkoutBundle() {
  const cache = join(root, 'node_modules', '.cache', 'hopscope');
  const bundle = join(cache, 'cli.mjs');
  const stamp = join(cache, 'cli.inputs.json');
  try {
    const inputs = JSON.parse(readFileSync(stamp, 'utf8'));
    if (BUILDER in inputs && Object.entries(inputs).every(([file, print]) => fingerprint(file) === print)) return bundle;
  } catch {
    // no bundle yet, or a stamp from an interrupted build: build it
  }
  const { buildCli } = await import(pathToFileURL(join(root, BUILDER)).href);
  mkdirSync(cache, { recursive: true });
  const partial = `${bundle}.${process.pid}`;
  const result = await buildCli(partial);
  const inputs = Object.fromEntries([BUILDER, ...Object.keys(result.metafile.inputs)].map((file) => [file, fingerprint(file)]));
  renameSync(partial, bundle);
  writeFileSync(`${stamp}.${process.pid}`, JSON.stringify(inputs));
  renameSync(`${stamp}.${process.pid}`, stamp);
  return bundle;
}

const bundle = existsSync(join(root, 'server', 'cli', 'main.ts')) ? await checkoutBundle() : join(root, 'dist', 'cli.mjs');
const { main } = await import(pathToFileURL(bundle).href);
process.exitCode = await main(process.argv.slice(2));
