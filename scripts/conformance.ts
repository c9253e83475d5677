// Runs the conformance corpus (NetworkPolicy, Ingress, HTTPRoute cases from public test suites)
// against Hopscope's engines. HOPSCOPE_CONFORMANCE_DIR names the folder (default ../shared/conformance).
import { existsSync } from 'node:fs';
import { runCorpus, tally } from '../server/conformance/runner';

import { corpusDir } from '../server/conformance/corpus-dir';

const dir = corpusDir(process.env.HOPSCOPE_CONFORMANCE_DIR);
if (!existsSync(dir)) {
  console.error(`conformance: ${dir} does not exist (set HOPSCOPE_CONFORMANCE_DIR to a folder of corpus files)`);
  process.exit(2);
}
console.log(`conformance corpus: ${dir}`);
const started = performance.now();
const reports = await runCorpus(dir);
for (const report of reports) {
  const failures = report.results.filter((r) => !r.pass);
  const { passed, failed } = tally([report]);
  console.log(`${failed ? 'FAIL' : 'ok  '} ${report.name}: ${passed} passed${failed ? `, ${failed} failed` : ''}`);
  if (report.error) console.log(`     ${report.error}`);
  for (const f of failures.slice(0, 10)) console.log(`     #${f.index} ${f.what}: expected ${f.expected}, got ${f.got}${f.comment ? ` (${f.comment})` : ''}`);
  if (failures.length > 10) console.log(`     ... and ${failures.length - 10} more`);
}
const total = tally(reports);
const byKind = (['netpol', 'ingress', 'httproute'] as const).map((kind) => {
  const t = tally(reports.filter((r) => r.kind === kind));
  return `${kind} ${t.passed}/${t.passed + t.failed}`;
});
console.log(`\n${byKind.join(', ')} in ${Math.round(performance.now() - started)} ms`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed ? 1 : 0);
