'use client';

import { useState } from 'react';
import type { MetricsLayer } from '../lib/metrics/types';
import { RANGES, rangeSchema } from '../lib/url/metrics-query';
import { HealthIcon } from './health';

const CUSTOM = 'custom';

/** The metrics window (in the URL: a preset, or any `<n><s|m|h|d>`) and what the metrics layer says about itself. */
export function MetricsStatus({ layer, error, range, onRange }: { layer: MetricsLayer | undefined; error: string | null; range: string; onRange: (range: string) => void }) {
  const [custom, setCustom] = useState<string | null>(null);
  const problem = error ?? (layer && layer.status !== 'ok' ? (layer.message ?? layer.status) : null);
  const ranges = (RANGES as readonly string[]).includes(range) ? [...RANGES] : [...RANGES, range];
  return (
    <div className="flex items-center gap-1.5 text-xs whitespace-nowrap" data-testid="metrics-status" data-status={error ? 'error' : (layer?.status ?? 'loading')}>
      <select
        aria-label="Metrics window"
        value={custom !== null ? CUSTOM : range}
        onChange={(event) => (event.target.value === CUSTOM ? setCustom('') : (setCustom(null), onRange(event.target.value)))}
        className="h-7 rounded border border-zinc-300 bg-transparent px-1 dark:border-zinc-700"
      >
        {ranges.map((r) => (
          <option key={r} value={r}>
            last {r}
          </option>
        ))}
        <option value={CUSTOM}>custom…</option>
      </select>
      {custom !== null && (
        <input
          aria-label="Custom metrics window, e.g. 30m or 2h"
          autoFocus
          value={custom}
          placeholder="30m"
          onChange={(event) => setCustom(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setCustom(null);
            if (event.key === 'Enter' && rangeSchema.safeParse(custom.trim()).success) {
              onRange(custom.trim());
              setCustom(null);
            }
          }}
          className={`h-7 w-16 rounded border bg-transparent px-1 font-mono ${custom && !rangeSchema.safeParse(custom.trim()).success ? 'border-amber-500' : 'border-zinc-300 dark:border-zinc-700'}`}
        />
      )}
      {problem ? (
        <span data-truncates className="flex max-w-64 items-center gap-1 truncate text-zinc-500 dark:text-zinc-400" title={problem}>
          <HealthIcon health="unknown" size={12} />
          {problem}
        </span>
      ) : layer ? (
        <span className="text-zinc-500 dark:text-zinc-400" title={layer.message ?? `Metrics from ${layer.profiles.join(', ')}`}>
          {layer.profiles[0]}
          {layer.profiles.length > 1 ? ` +${layer.profiles.length - 1}` : ''}
        </span>
      ) : null}
    </div>
  );
}
