import type { RedMetrics } from './types';

const percent = (r: number) => `${(r * 100).toFixed(r > 0 && r < 0.1 ? 1 : 0)} %`;
const duration = (s: number) => (s >= 1 ? `${s.toFixed(1)} s` : `${Math.round(s * 1000)} ms`);

/** `42.3 req/s`, `120 req/s`. */
export const formatRate = (rate: number) => `${rate >= 10 ? rate.toFixed(0) : rate.toFixed(1)} req/s`;

/** `42.3 req/s · 5xx 0.2 % · p95 180 ms`, or `no traffic`. */
export function formatRed(m: RedMetrics): string {
  if (m.rate === 0) return 'no traffic';
  const parts = [formatRate(m.rate)];
  if (m.errorRatio !== null) parts.push(`5xx ${percent(m.errorRatio)}`);
  if (m.p95Seconds !== null) parts.push(`p95 ${duration(m.p95Seconds)}`);
  return parts.join(' · ');
}
