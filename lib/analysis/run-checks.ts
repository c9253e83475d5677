import type { Check, CheckContext } from '../checks/types';
import type { Finding, GraphNode, NotChecked } from '../graph/types';

/** Runs a hop's checks and sets its findings, and what could not be checked. */
export function runChecks(node: GraphNode, checks: readonly Check[], ctx: CheckContext, timings: Map<string, number> | undefined): void {
  const findings: Finding[] = [];
  const notChecked: NotChecked[] = [];
  for (const check of checks) {
    const run = check.run as (node: GraphNode, ctx: CheckContext) => ReturnType<Check['run']>;
    const started = timings ? performance.now() : 0;
    const drafts = run(node, ctx);
    if (timings) timings.set(check.id, (timings.get(check.id) ?? 0) + performance.now() - started);
    for (const draft of drafts) {
      if ('notChecked' in draft) {
        notChecked.push({ id: check.id, reason: draft.notChecked });
        continue;
      }
      const finding: Finding = { id: check.id, severity: draft.severity, hop: node.id, message: draft.message, evidence: draft.evidence };
      if (draft.edge) finding.edge = draft.edge;
      findings.push(finding);
    }
  }
  node.findings = findings;
  if (notChecked.length) node.notChecked = notChecked;
  else delete node.notChecked;
}
