'use client';

import { useState } from 'react';
import { snapshotLink } from '../lib/snapshots/link';
import type { SnapshotView } from '../lib/snapshots/types';
import { readJson } from './api-error';
import { writeHeaders } from './csrf';

/** Imports a file exported from any Hopscope (its graph is rebuilt from its objects) and opens it with the view it was frozen with. */
export function SnapshotImport() {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  return (
    <label className="flex items-center gap-2 text-xs">
      <span className="cursor-pointer rounded border border-zinc-300 px-2 py-1 hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800">{state.busy ? 'Importing…' : 'Import a file'}</span>
      <input
        type="file"
        accept="application/json,.json"
        aria-label="Import a snapshot file"
        className="sr-only"
        disabled={state.busy}
        onChange={async (event) => {
          const file = event.target.files?.[0];
          if (!file) return;
          setState({ busy: true, error: null });
          try {
            const { id, view } = await readJson<{ id: string; view: SnapshotView }>(await fetch('/api/snapshots/import', { method: 'POST', headers: writeHeaders(), body: await file.text() }));
            window.location.assign(snapshotLink(id, view));
          } catch (e) {
            setState({ busy: false, error: `${file.name}: ${(e as Error).message}` });
          }
        }}
      />
      {state.error && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          {state.error}
        </span>
      )}
    </label>
  );
}
