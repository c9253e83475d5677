'use client';

import type { StreamStatus } from './use-graph-stream';

const LABEL = { connecting: 'Connecting', live: 'Live', reconnecting: 'Reconnecting' } as const;
const DOT = { connecting: 'bg-zinc-400', live: 'bg-[var(--color-ok)]', reconnecting: 'bg-[var(--color-warning)]' } as const;

/** Live / reconnecting, with the time of the last update from the cluster. */
export function LiveIndicator({ status }: { status: StreamStatus }) {
  return (
    <span data-testid="live-indicator" data-state={status.state} className="flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400" title="Updates arrive from the cluster as it changes">
      <span className={`h-2 w-2 rounded-full ${DOT[status.state]} ${status.state === 'live' ? '' : 'animate-pulse'}`} />
      {LABEL[status.state]}
      {status.lastUpdate && <span className="tabular-nums">· {status.lastUpdate.toLocaleTimeString()}</span>}
    </span>
  );
}
