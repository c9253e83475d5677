// What a hop says about its health beyond its own findings: a card never shows a bare health icon
// it cannot explain, and a panel never says "no findings" about a hop that breaks a path.
import { orderFindings } from './finding-order';
import { worse, worstOf } from './health';
import { edgeId } from './ids';
import type { Finding, GraphNode, Health, Severity } from './types';

/**
 * The findings a hop's panel lists: its own; for a Service that does not exist, which can have none,
 * the findings of the hops upstream that name the link to it (ING-SVC-MISSING, RT-BACKEND-MISSING), in
 * the order hops list theirs.
 */
export function panelFindings(node: GraphNode, upstream: readonly GraphNode[]): Finding[] {
  if (node.kind !== 'service' || !node.missing) return node.findings;
  return orderFindings(upstream.flatMap((hop) => hop.findings.filter((f) => f.edge === edgeId(hop.id, node.id))));
}

export interface Badge {
  health: Health;
  /** On the card, next to the health icon: a count of findings, or where the health comes from. */
  text: string;
  title: string;
}

const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];

/** A card's badges: its findings counted by severity, led by its EndpointSlices' health when a Service takes a worse one from there. */
export function cardBadges(hop: GraphNode): Badge[] {
  const badges: Badge[] = [];
  const own = worstOf(hop.findings);
  if (hop.kind === 'service' && !hop.missing && worse(own, hop.backendHealth) !== own) {
    badges.push({ health: hop.backendHealth, text: 'endpoints', title: 'Health taken from its EndpointSlices: requests to this Service reach only ready pods' });
  }
  for (const severity of SEVERITIES) {
    const n = hop.findings.filter((f) => f.severity === severity).length;
    if (n > 0) badges.push({ health: severity, text: String(n), title: `${n} ${severity} finding${n > 1 ? 's' : ''}` });
  }
  return badges;
}
