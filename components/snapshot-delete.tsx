'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { readJson } from './api-error';
import { writeHeaders } from './csrf';

/** "Delete", then a confirmation naming the snapshot: it goes for everyone, and its links stop working. */
export function SnapshotDelete({ id, title }: { id: string; title: string }) {
  const [confirming, setConfirming] = useState(false);
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: async () => {
      const response = await fetch(`/api/snapshots/${encodeURIComponent(id)}`, { method: 'DELETE', headers: writeHeaders() });
      if (!response.ok) await readJson(response);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['snapshots'] }),
  });
  const button = 'rounded border border-zinc-300 px-2 py-0.5 hover:bg-zinc-100 disabled:opacity-50 dark:border-zinc-700 dark:hover:bg-zinc-800';
  if (!confirming) {
    return (
      <button type="button" className={button} onClick={() => setConfirming(true)}>
        Delete
      </button>
    );
  }
  return (
    <span role="group" aria-label={`Delete “${title}”?`} className="flex flex-wrap items-center gap-2">
      <span>Delete “{title}” for everyone? Its links stop working.</span>
      <button type="button" className={`${button} border-red-700 text-red-700 dark:border-red-400 dark:text-red-400`} disabled={remove.isPending} onClick={() => remove.mutate()}>
        {remove.isPending ? 'Deleting…' : 'Delete it'}
      </button>
      <button type="button" className={button} disabled={remove.isPending} onClick={() => (setConfirming(false), remove.reset())}>
        Keep it
      </button>
      {remove.isError && (
        <span role="alert" className="text-red-700 dark:text-red-400">
          {remove.error.message}
        </span>
      )}
    </span>
  );
}
