import type { Finding, Health } from './types';

const RANK: Record<Health, number> = { ok: 0, unknown: 1, info: 2, warning: 3, critical: 4 };

export function worse(a: Health, b: Health): Health {
  return RANK[b] > RANK[a] ? b : a;
}

export function worstOf(findings: readonly Pick<Finding, 'severity'>[], base: Health = 'ok'): Health {
  return findings.reduce<Health>((worst, f) => worse(worst, f.severity), base);
}
