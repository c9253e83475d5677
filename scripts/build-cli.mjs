// Builds the CLI into one ES module with esbuild: the TypeScript sources it shares with the web app
// (lib/, server/) and every package it uses (zod, yaml, @kubernetes/client-node, ...), so nothing is
// compiled at run time and an installed package needs no dependencies. Packages only `hopscope
// capture` loads stay unevaluated until it runs. bin/hopscope.mjs builds it on the fly in a
// checkout; `npm pack` runs this file (prepack), which writes dist/cli.mjs.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundles server/cli/main.ts into `outfile`; returns esbuild's result, with its metafile (the inputs). */
export function buildCli(outfile, { minify = false } = {}) {
  return build({
    absWorkingDir: ROOT,
    entryPoints: ['server/cli/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify,
    metafile: true,
    logLevel: 'error',
    // The CommonJS packages in the bundle (undici, the Kubernetes client's own dependencies) require Node's modules.
    banner: { js: "import { createRequire as hopscopeCreateRequire } from 'node:module'; const require = hopscopeCreateRequire(import.meta.url);" },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli(join(ROOT, 'dist', 'cli.mjs'), { minify: true });
