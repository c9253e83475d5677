import type { SyncStatus } from '../lib/graph/types';

/** While a live source lists the cluster for the first time: which kinds, how many so far. */
export function SyncProgress({ sync }: { sync: SyncStatus }) {
  const listing = sync.kinds.filter((k) => k.state === 'listing');
  return (
    <div role="status" data-testid="sync-progress" className="border-b border-zinc-200 px-4 py-1 text-xs text-zinc-600 dark:border-zinc-800 dark:text-zinc-400">
      <span className="mr-2 inline-block h-2 w-2 animate-pulse rounded-full bg-[var(--color-info)]" />
      Reading the cluster{listing.length ? `: listing ${listing.map((k) => k.kind).join(', ')}` : ''} ·{' '}
      {sync.kinds
        .filter((k) => k.count > 0)
        .map((k) => `${k.count.toLocaleString()} ${k.kind}${k.count === 1 ? '' : 's'}`)
        .join(' · ')}
    </div>
  );
}
