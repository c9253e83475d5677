'use client';

import { useCallback, useRef, useState } from 'react';
import { useDismiss } from './use-dismiss';

/** A subset of namespaces (none chosen = all), as a compact dropdown of checkboxes. */
export function NamespaceFilter({ all, chosen, onChange }: { all: string[]; chosen: string[]; onChange: (namespaces: string[]) => void }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useDismiss(open, root, trigger, useCallback(() => setOpen(false), []));
  const toggle = (ns: string) => onChange(chosen.includes(ns) ? chosen.filter((n) => n !== ns) : [...chosen, ns].sort());
  const summary = chosen.length === 0 ? 'All namespaces' : chosen.length <= 2 ? chosen.join(', ') : `${chosen.length} namespaces`;
  return (
    <div ref={root} className="relative">
      <button
        ref={trigger}
        type="button"
        data-testid="namespace-filter"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
        className="flex h-8 items-center gap-1 rounded border whitespace-nowrap border-zinc-300 px-2 hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900"
      >
        {summary} <span aria-hidden>▾</span>
      </button>
      {open && (
        <div role="group" aria-label="Namespaces" className="absolute z-20 mt-1 max-h-80 w-56 overflow-auto rounded border border-zinc-300 bg-white p-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900">
          <button type="button" onClick={() => onChange([])} className="w-full rounded px-2 py-1 text-left text-xs text-zinc-500 hover:bg-zinc-100 dark:hover:bg-zinc-800 dark:text-zinc-400">
            Show all namespaces
          </button>
          {all.map((ns) => (
            <label key={ns} className="flex cursor-pointer items-center gap-2 rounded px-2 py-1 hover:bg-zinc-100 dark:hover:bg-zinc-800">
              <input type="checkbox" checked={chosen.includes(ns)} onChange={() => toggle(ns)} data-testid={`ns-option-${ns}`} />
              <span className="font-mono text-xs">{ns}</span>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
