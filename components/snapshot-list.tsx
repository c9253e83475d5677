'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { SnapshotSummary } from '../lib/snapshots/types';
import { readJson } from './api-error';
import { SnapshotImport } from './snapshot-import';
import { SnapshotRow } from './snapshot-row';
import { useViewer } from './use-viewer';

async function fetchList(q: string): Promise<SnapshotSummary[]> {
  return readJson<SnapshotSummary[]>(await fetch(`/api/snapshots?${new URLSearchParams({ q })}`));
}

/** Every snapshot, newest first, searchable by title, note, cluster and author, with its problems, namespaces and what changed since. */
export function SnapshotList() {
  const [q, setQ] = useState('');
  const viewer = useViewer();
  const list = useQuery({ queryKey: ['snapshots', q], queryFn: () => fetchList(q), placeholderData: (previous) => previous });
  return (
    <main className="mx-auto max-w-3xl p-6 text-sm">
      <header className="mb-4 flex items-center gap-3">
        <a href="/" className="font-semibold">
          Hopscope
        </a>
        <h1 className="text-base font-semibold">Snapshots</h1>
        {viewer.data?.role === 'sre' && <SnapshotImport />}
        <input
          type="search"
          aria-label="Search snapshots"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Search titles, notes, clusters, people"
          className="ml-auto h-8 w-72 rounded border border-zinc-300 bg-transparent px-2 dark:border-zinc-700"
        />
      </header>
      {list.isError && <p role="alert">Could not load snapshots: {list.error.message}</p>}
      {list.data && list.data.length === 0 && <p className="text-zinc-500 dark:text-zinc-400">{q ? 'No snapshot matches.' : 'No snapshot yet: freeze a view from the diagram to keep what you see.'}</p>}
      <ul className="divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="snapshot-list">
        {list.data?.map((s) => <SnapshotRow key={s.id} snapshot={s} mayDelete={viewer.data?.role === 'sre'} />)}
      </ul>
    </main>
  );
}
