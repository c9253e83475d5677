import { causesOf } from '../checks/causes';
import { classOf } from '../checks/classes';
import type { Check, CheckContext, FindingDraft } from '../checks/types';
import { orderHopFindings } from '../graph/finding-order';
import type { Finding, GraphNode, NotChecked } from '../graph/types';

/**
 * Runs a hop's checks and sets its findings, each with its class and its causes, in the order
 * everything lists them (lib/graph/finding-order.ts), and what could not be checked.
 */
export function runChecks(node: GraphNode, checks: readonly Check[], ctx: CheckContext, timings: Map<string, number> | undefined): void {
  const drafts: { check: Check; draft: FindingDraft }[] = [];
  const notChecked: NotChecked[] = [];
  for (const check of checks) {
    const run = check.run as (node: GraphNode, ctx: CheckContext) => ReturnType<Check['run']>;
    const started = timings ? performance.now() : 0;
    const results = run(node, ctx);
    if (timings) timings.set(check.id, (timings.get(check.id) ?? 0) + performance.now() - started);
    for (const draft of results) {
      if ('notChecked' in draft) notChecked.push({ id: check.id, reason: draft.notChecked });
      else drafts.push({ check, draft });
    }
  }
  const onHop = new Set(drafts.map(({ check }) => check.id));
  const findings = drafts.map(({ check, draft }) => {
    const finding: Finding = { id: check.id, severity: draft.severity, class: classOf(check.id, draft.severity), hop: node.id, message: draft.message, evidence: draft.evidence };
    if (draft.edge) finding.edge = draft.edge;
    const because = causesOf(check.id, node.id, draft.because, onHop);
    if (because.length) finding.because = because;
    return finding;
  });
  node.findings = orderHopFindings(node, findings);
  if (notChecked.length) node.notChecked = notChecked;
  else delete node.notChecked;
}
