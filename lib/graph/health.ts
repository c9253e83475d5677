import type { EdgePolicy, Finding, GraphEdge, Health } from './types';

const RANK: Record<Health, number> = { ok: 0, unknown: 1, info: 2, warning: 3, critical: 4 };

export function worse(a: Health, b: Health): Health {
  return RANK[b] > RANK[a] ? b : a;
}

export function worstOf(findings: readonly Pick<Finding, 'severity'>[], base: Health = 'ok'): Health {
  return findings.reduce<Health>((worst, f) => worse(worst, f.severity), base);
}

const POLICY_HEALTH: Record<EdgePolicy['verdict'], Health> = { blocked: 'critical', partial: 'warning', allowed: 'ok' };

/** An edge's health: the worst of the findings that name it, and of its NetworkPolicy verdict. */
export function edgeHealth(edge: Pick<GraphEdge, 'id' | 'policy'>, findings: Iterable<Pick<Finding, 'severity' | 'edge'>>): Health {
  let health: Health = edge.policy ? POLICY_HEALTH[edge.policy.verdict] : 'ok';
  for (const f of findings) if (f.edge === edge.id) health = worse(health, f.severity);
  return health;
}

/**
 * A Service's health and its backends': requests reach only ready endpoints, so its EndpointSlices
 * hop's health is part of its own; without one, the backend health the hop was built with.
 */
export function serviceHealth(own: Health, endpoints: Health | undefined, builtBackend: Health | undefined): { health: Health; backendHealth: Health } {
  return endpoints ? { health: worse(own, endpoints), backendHealth: endpoints } : { health: own, backendHealth: builtBackend ?? 'ok' };
}
