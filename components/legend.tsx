'use client';

import { useState } from 'react';
import type { Health } from '../lib/graph/types';
import { HEALTH_COLOR, HEALTH_LABEL, HealthIcon, HealthStripe, TRACE_COLOR } from './health';

const HEALTHS: Health[] = ['critical', 'warning', 'unknown', 'info', 'ok'];

function Line({ color, dashed, width = 2 }: { color: string; dashed?: boolean; width?: number }) {
  return (
    <svg width="36" height="8" aria-hidden className="shrink-0">
      <line x1="0" y1="4" x2="36" y2="4" stroke={color} strokeWidth={width} strokeDasharray={dashed ? '5 4' : undefined} />
    </svg>
  );
}

/** What the stripes, glyphs and lines mean: folded away in a corner until asked for. */
export function Legend() {
  const [open, setOpen] = useState(false);
  return (
    <div className="absolute bottom-3 left-14 z-10 text-xs">
      {open ? (
        <section aria-label="Legend" data-testid="legend" className="w-72 rounded-md border border-zinc-300 bg-white p-3 shadow-sm dark:border-zinc-700 dark:bg-zinc-900">
          <header className="mb-2 flex items-center">
            <h2 className="font-semibold">Legend</h2>
            <button type="button" className="ml-auto px-1 text-zinc-500 dark:text-zinc-400" aria-label="Close the legend" onClick={() => setOpen(false)}>
              ✕
            </button>
          </header>
          <p className="mb-1 text-zinc-500 dark:text-zinc-400">The stripe on a card (hatched when critical) and its glyph: the hop’s health (a Service’s includes its endpoints’).</p>
          <ul className="mb-2 grid grid-cols-2 gap-1">
            {HEALTHS.map((health) => (
              <li key={health} className="flex items-center gap-1.5">
                <span className="flex h-3 overflow-hidden rounded-sm">
                  <HealthStripe health={health} />
                </span>
                <HealthIcon health={health} size={12} />
                {HEALTH_LABEL[health]}
              </li>
            ))}
          </ul>
          <ul className="space-y-1">
            <li className="flex items-center gap-2">
              <Line color="#a1a1aa" /> a link requests take
            </li>
            <li className="flex items-center gap-2">
              <Line color={HEALTH_COLOR.critical} dashed /> broken (red) or failing sometimes (amber); dashed also: a pod that is not an endpoint
            </li>
            <li className="flex items-center gap-2">
              <Line color={HEALTH_COLOR.critical} dashed /> “blocked by …”: a NetworkPolicy stops the ingress controller
            </li>
            <li className="flex items-center gap-2">
              <Line color={TRACE_COLOR} width={3} /> the path of the traced URL
            </li>
            <li className="flex items-center gap-2">
              <span className="inline-block h-4 w-9 rounded border border-dashed border-zinc-400" /> a Service that does not exist
            </li>
            <li className="flex items-center gap-2">
              <span className="inline-block h-4 w-9 rounded border border-zinc-300 shadow-[3px_3px_0_-1px_rgba(0,0,0,0.15)]" /> hops folded into one card: it says how many and what they share
            </li>
          </ul>
        </section>
      ) : (
        <button type="button" onClick={() => setOpen(true)} className="rounded border border-zinc-300 bg-white px-2 py-1 shadow-sm dark:border-zinc-700 dark:bg-zinc-900">
          Legend
        </button>
      )}
    </div>
  );
}
