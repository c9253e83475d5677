'use client';

import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import type { ChangeCount } from '../lib/snapshots/changes';
import { readJson } from './api-error';
import { useSeen } from './use-seen';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function sentence({ health, added, removed }: ChangeCount): string {
  if (!health && !added && !removed) return 'No change since';
  const parts = [...(health ? [plural(health, "hop's health", "hops' health")] : []), ...(added ? [`${added} added`] : []), ...(removed ? [`${removed} removed`] : [])];
  return `Changed since: ${parts.join(', ')}`;
}

/** Whether and how much the cluster differs now from a snapshot, asked for once its row is on screen. */
export function SnapshotChanges({ id }: { id: string }) {
  const ref = useRef<HTMLSpanElement>(null);
  const seen = useSeen(ref);
  const changes = useQuery({
    queryKey: ['snapshot-changes', id],
    queryFn: async () => readJson<ChangeCount>(await fetch(`/api/snapshots/${encodeURIComponent(id)}/changes`)),
    enabled: seen,
    retry: false,
  });
  const text = changes.data ? sentence(changes.data) : changes.isError ? `Could not compare with now: ${changes.error.message}` : 'Comparing with now…';
  return (
    <span ref={ref} data-testid="snapshot-changes" data-state={changes.data ? 'done' : changes.isError ? 'error' : 'loading'} title="Against the live cluster: hops whose health changed, and hops added or removed">
      {text}
    </span>
  );
}
