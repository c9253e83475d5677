#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the CLI and the web app share lib/ without a separate build.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../server/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
