import { CHECK_CLASSES, classOf, type CheckId } from '../checks/classes';
import type { Finding } from '../graph/types';
import type { Snapshot } from './types';

/** A finding as frozen before findings had a class: its class from the catalog (an id the catalog no longer has is a risk). */
function classified(finding: Finding): Finding {
  if (finding.class) return finding;
  return { ...finding, class: finding.id in CHECK_CLASSES ? classOf(finding.id as CheckId, finding.severity) : 'risk' };
}

/** A stored snapshot in today's shape: what older versions did not record is filled in from the catalog. */
export function upgradeSnapshot(snapshot: Snapshot): Snapshot {
  if (snapshot.graph.nodes.every((n) => n.findings.every((f) => f.class))) return snapshot;
  return { ...snapshot, graph: { ...snapshot.graph, nodes: snapshot.graph.nodes.map((n) => ({ ...n, findings: n.findings.map(classified) })) } };
}
