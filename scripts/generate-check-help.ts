// Writes lib/checks/help.ts from docs/checks.md, so the CLI's bundle carries the catalog's help text
// (SARIF rules) without reading docs/ at run time. lib/checks/help.test.ts fails when the two differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCheckHelp } from '../lib/checks/help-markdown';

const root = join(import.meta.dirname, '..');
const rows = parseCheckHelp(readFileSync(join(root, 'docs/checks.md'), 'utf8'));
// One check per line: the catalog, not code to read.
const source = `// Generated from docs/checks.md by \`npx tsx scripts/generate-check-help.ts\`: edit the catalog, then run that.
import type { CheckHelp } from './help-markdown';

export const CHECK_HELP: readonly CheckHelp[] = [
${rows.map((row) => `  ${JSON.stringify(row)},`).join('\n')}
];
`;
writeFileSync(join(root, 'lib/checks/help.ts'), source);
console.log(`lib/checks/help.ts: ${rows.length} checks`);
