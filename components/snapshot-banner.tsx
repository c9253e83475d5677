'use client';

import { useMemo } from 'react';
import { isEmptyDiff, type SnapshotDiff } from '../lib/snapshots/diff';
import { diffItems } from '../lib/snapshots/diff-items';
import type { Snapshot } from '../lib/snapshots/types';

/**
 * "Snapshot of … at …": what is frozen, by whom, and what has changed since, against the live
 * cluster; each change selects its hop, live for a hop the snapshot does not have.
 */
export function SnapshotBanner({ snapshot, diff, onSelect, onLeave }: { snapshot: Snapshot; diff: SnapshotDiff | undefined; onSelect: (id: string) => void; onLeave: () => void }) {
  const when = (at: string) => new Date(at).toLocaleString();
  const { frozen } = snapshot;
  const frozenHops = useMemo(() => new Set(snapshot.graph.nodes.map((n) => n.id)), [snapshot.graph]);
  const select = ({ hop, live }: { hop: string; live: boolean }) => {
    if (live) onLeave();
    onSelect(hop);
  };
  return (
    <section data-testid="snapshot-banner" aria-label="Snapshot" className="border-b border-violet-200 bg-violet-50 px-4 py-2 text-xs text-violet-950 dark:border-violet-900 dark:bg-violet-950 dark:text-violet-100">
      <div className="flex flex-wrap items-center gap-2">
        <strong className="font-semibold">Snapshot “{snapshot.title}”</strong>
        <span>
          of {snapshot.cluster}, frozen {when(frozen?.at ?? snapshot.createdAt)} by {frozen?.by ?? snapshot.createdBy}
          {frozen && ` (as its file says; imported ${when(snapshot.createdAt)} by ${snapshot.createdBy})`}
        </span>
        {snapshot.note && <span className="italic">— {snapshot.note}</span>}
        <a href={`/api/snapshots/${snapshot.id}/export`} className="ml-auto underline">
          Export
        </a>
        <a href="/snapshots" className="underline">
          All snapshots
        </a>
        <button type="button" onClick={onLeave} className="underline">
          Back to live
        </button>
      </div>
      {diff && (
        <div data-testid="snapshot-diff" className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5">
          {isEmptyDiff(diff) ? (
            <span>No change since: the cluster looks the same now.</span>
          ) : (
            <>
              <span className="font-medium">Since then:</span>
              {diffItems(diff, (id) => frozenHops.has(id)).map((item) =>
                item.select ? (
                  <button key={item.key} type="button" className="underline decoration-dotted" title={item.select.live ? 'Not in the snapshot: open it live' : undefined} onClick={() => select(item.select!)}>
                    {item.text}
                  </button>
                ) : (
                  <span key={item.key}>{item.text}</span>
                ),
              )}
            </>
          )}
        </div>
      )}
    </section>
  );
}
