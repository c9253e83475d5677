// A small time series for one edge: how far back, how fine, and the inner rate window.

const UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

export function windowSeconds(window: string): number {
  const match = /^(\d+)([smhd])$/.exec(window);
  if (!match) throw new Error(`not a window: ${window}`);
  return Number(match[1]) * UNIT[match[2]!]!;
}

/** 30 points over the window; each a rate over a quarter of the window (1 minute at least, 15 at most). */
export function seriesPlan(window: string): { span: number; step: number; inner: string } {
  const span = windowSeconds(window);
  const step = Math.max(15, Math.round(span / 30));
  const inner = Math.min(900, Math.max(60, Math.round(span / 4)));
  return { span, step, inner: `${inner}s` };
}

export interface SeriesPoint {
  t: number;
  rate: number;
  errorRatio: number | null;
}

export interface EdgeSeries {
  edge: string;
  window: string;
  points: SeriesPoint[];
  status: 'ok' | 'absent' | 'unreachable' | 'timeout' | 'error';
  message?: string;
}
