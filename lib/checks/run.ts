import type { Topology } from '../graph/topology';
import type { Finding, GraphNode, HopKind } from '../graph/types';
import type { Check, CheckContext } from './types';

function byHop(checks: readonly Check[]): Map<HopKind, Check[]> {
  const out = new Map<HopKind, Check[]>();
  for (const check of checks) out.set(check.hop, [...(out.get(check.hop) ?? []), check]);
  return out;
}

/** Runs every check on the hops of its kind and attaches the findings to those hops. */
export function runChecks(topology: Topology, ctx: CheckContext, checks: readonly Check[]): void {
  const checksByHop = byHop(checks);
  for (const node of topology.nodes.values()) {
    for (const check of checksByHop.get(node.kind) ?? []) {
      const run = check.run as (node: GraphNode, ctx: CheckContext) => ReturnType<Check['run']>;
      for (const draft of run(node, ctx)) {
        const finding: Finding = { id: check.id, severity: draft.severity, hop: node.id, message: draft.message, evidence: draft.evidence };
        if (draft.edge) finding.edge = draft.edge;
        node.findings.push(finding);
      }
    }
  }
}
