'use client';

import { useState } from 'react';
import { hopTitle } from '../lib/graph/hop-kinds';
import type { SearchResult } from '../lib/view/search';
import { HealthIcon } from './health';

const fmt = (n: number) => n.toLocaleString('en-US');

/**
 * Search over every hop in view, drawn or folded: names, hosts, paths, pod IPs, `label=value`,
 * finding ids, symptoms (`503`). Says how many match, or that none do; a match selects its hop.
 */
export function SearchBox({ value, result, onChange, onSelect }: { value: string; result: SearchResult | undefined; onChange: (value: string) => void; onSelect: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const current = result && result.query.trim() === value.trim() ? result : undefined;
  return (
    <div className="relative" onFocus={() => setOpen(true)} onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && setOpen(false)}>
      <label>
        <span className="sr-only">Search hops</span>
        <input
          id="hop-search"
          type="search"
          value={value}
          onChange={(event) => onChange(event.target.value)}
          placeholder="Search names, hosts, 503, app=web  /"
          className="h-8 w-44 rounded border xl:w-48 border-zinc-300 bg-transparent px-2 text-sm outline-none placeholder:text-zinc-400 focus:border-zinc-500 dark:border-zinc-700"
        />
      </label>
      {value.trim() && (
        <span data-testid="search-count" className="absolute top-2 right-2 text-[10px] text-zinc-500 tabular-nums dark:text-zinc-400" aria-live="polite">
          {current ? (current.total ? `${fmt(current.total)} match${current.total === 1 ? '' : 'es'}` : 'no matches') : '…'}
        </span>
      )}
      {open && current && current.matches.length > 0 && (
        <ul data-testid="search-results" className="absolute top-9 left-0 z-20 max-h-80 w-[min(24rem,calc(100vw-2rem))] overflow-y-auto rounded-md border border-zinc-300 bg-white py-1 text-xs shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          {current.matches.map((match) => (
            <li key={match.id}>
              <button type="button" className="flex w-full items-center gap-2 px-2 py-1 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800" onClick={() => onSelect(match.id)}>
                <HealthIcon health={match.health} size={12} />
                <span className="truncate">{hopTitle(match.id)}</span>
                <span className="ml-auto shrink-0 truncate font-mono text-[10px] text-zinc-500 dark:text-zinc-400">{match.matched}</span>
              </button>
            </li>
          ))}
          {current.total > current.matches.length && <li className="px-2 py-1 text-zinc-500 dark:text-zinc-400">and {fmt(current.total - current.matches.length)} more: narrow the search</li>}
        </ul>
      )}
    </div>
  );
}
