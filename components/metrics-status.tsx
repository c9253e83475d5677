'use client';

import type { MetricsLayer } from '../lib/metrics/types';
import { RANGES } from '../lib/url/metrics-query';
import { HealthIcon } from './health';

/** The metrics window (in the URL) and what the metrics layer says about itself. */
export function MetricsStatus({ layer, error, range, onRange }: { layer: MetricsLayer | undefined; error: string | null; range: string; onRange: (range: string) => void }) {
  const problem = error ?? (layer && layer.status !== 'ok' ? layer.message ?? layer.status : null);
  const ranges = (RANGES as readonly string[]).includes(range) ? RANGES : [...RANGES, range];
  return (
    <div className="flex items-center gap-1.5 text-xs" data-testid="metrics-status" data-status={error ? 'error' : (layer?.status ?? 'loading')}>
      <select aria-label="Metrics window" value={range} onChange={(event) => onRange(event.target.value)} className="h-7 rounded border border-zinc-300 bg-transparent px-1 dark:border-zinc-700">
        {ranges.map((r) => (
          <option key={r} value={r}>
            last {r}
          </option>
        ))}
      </select>
      {problem ? (
        <span className="flex max-w-64 items-center gap-1 truncate text-zinc-500" title={problem}>
          <HealthIcon health="unknown" size={12} />
          {problem}
        </span>
      ) : layer ? (
        <span className="text-zinc-500" title={layer.message ?? `Metrics from ${layer.profiles.join(', ')}`}>
          {layer.profiles.slice(0, 2).join(', ')}
          {layer.profiles.length > 2 ? ` +${layer.profiles.length - 2}` : ''}
        </span>
      ) : null}
    </div>
  );
}
