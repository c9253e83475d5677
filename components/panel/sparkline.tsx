'use client';

import { useQuery } from '@tanstack/react-query';
import { formatRate } from '../../lib/metrics/format';
import type { EdgeSeries } from '../../lib/metrics/series';

async function fetchSeries(edge: string, range: string): Promise<EdgeSeries> {
  const response = await fetch(`/api/metrics/series?${new URLSearchParams({ edge, range })}`);
  const body = (await response.json()) as EdgeSeries | { error: string };
  if (!response.ok || 'error' in body) throw new Error('error' in body ? body.error : `HTTP ${response.status}`);
  return body;
}

const W = 180;
const H = 32;

/** Request rate (line) and 5xx share (red area) of one edge over the window. */
export function Sparkline({ edge, range }: { edge: string; range: string }) {
  const series = useQuery({ queryKey: ['series', edge, range], queryFn: () => fetchSeries(edge, range), refetchInterval: 30_000, retry: false });
  const points = series.data?.points ?? [];
  if (points.length < 2) return null;
  const t0 = points[0]!.t;
  const t1 = points.at(-1)!.t;
  const max = Math.max(...points.map((p) => p.rate), 1e-9);
  const x = (t: number) => ((t - t0) / Math.max(t1 - t0, 1)) * W;
  const y = (v: number) => H - (v / max) * (H - 2) - 1;
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.t).toFixed(1)},${y(p.rate).toFixed(1)}`).join(' ');
  const errors = `M0,${H} ${points.map((p) => `L${x(p.t).toFixed(1)},${(H - (p.errorRatio ?? 0) * H).toFixed(1)}`).join(' ')} L${W},${H} Z`;
  return (
    <figure className="mt-1 text-[10px] text-zinc-600 tabular-nums dark:text-zinc-400">
      <div className="flex items-stretch gap-1">
        <svg data-testid="sparkline" data-points={points.length} width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Requests per second and share of 5xx over the last ${range}`} className="border-b border-l border-zinc-300 dark:border-zinc-700">
          <title>{series.data?.message ?? `req/s (line) and 5xx share (red) over the last ${range}`}</title>
          <path d={errors} fill="#D55E00" fillOpacity={0.25} />
          <path d={line} fill="none" stroke="#0072B2" strokeWidth={1.5} />
        </svg>
        <div data-testid="sparkline-y" className="flex flex-col justify-between leading-none">
          <span>{formatRate(max)}</span>
          <span>0</span>
        </div>
      </div>
      <figcaption data-testid="sparkline-x" className="flex justify-between" style={{ width: W }}>
        <span>−{range}</span>
        <span>now</span>
      </figcaption>
    </figure>
  );
}
