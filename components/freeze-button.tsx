'use client';

import { useCallback, useRef, useState } from 'react';
import type { ViewState } from '../lib/url/view-state';
import { writeHeaders } from './csrf';
import { useDismiss } from './use-dismiss';

/** "Freeze this view": stores the graph, findings, metrics and objects behind them, and opens the snapshot. */
export function FreezeButton({ view, onFrozen }: { view: ViewState; onFrozen: (id: string) => void }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useDismiss(open, root, trigger, useCallback(() => setOpen(false), []));
  const freeze = async () => {
    setBusy(true);
    setError(null);
    try {
      const response = await fetch('/api/snapshots', {
        method: 'POST',
        headers: writeHeaders(),
        body: JSON.stringify({ title: title.trim() || `Incident ${new Date().toISOString().slice(0, 16).replace('T', ' ')}`, note, view: { namespaces: view.namespaces, node: view.node, trace: view.trace, method: view.method, headers: view.headers, range: view.range } }),
      });
      const body = (await response.json()) as { id?: string; error?: string };
      if (!response.ok || !body.id) throw new Error(body.error ?? `HTTP ${response.status}`);
      setOpen(false);
      onFrozen(body.id);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div ref={root} className="relative">
      <button ref={trigger} type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} className="h-7 rounded border border-zinc-300 px-2 text-xs hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">
        Freeze
      </button>
      {open && (
        <form
          aria-label="Freeze this view"
          onSubmit={(event) => {
            event.preventDefault();
            void freeze();
          }}
          className="absolute top-9 right-0 z-20 flex w-72 flex-col gap-2 rounded-md border border-zinc-200 bg-white p-3 text-xs shadow-lg dark:border-zinc-800 dark:bg-zinc-900"
        >
          <label className="flex flex-col gap-1">
            Title
            <input value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} placeholder="users see 503 on /checkout" className="h-7 rounded border border-zinc-300 bg-transparent px-1.5 dark:border-zinc-700" />
          </label>
          <label className="flex flex-col gap-1">
            Note
            <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={4000} rows={3} className="rounded border border-zinc-300 bg-transparent px-1.5 dark:border-zinc-700" />
          </label>
          {error && <p role="alert" className="text-amber-700 dark:text-amber-300">{error}</p>}
          <button type="submit" disabled={busy} className="h-7 rounded bg-zinc-900 px-2 text-white disabled:opacity-50 dark:bg-zinc-100 dark:text-zinc-900">
            {busy ? 'Freezing…' : 'Freeze and open the link'}
          </button>
        </form>
      )}
    </div>
  );
}
