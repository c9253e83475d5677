'use client';

import { isEmptyDiff, type SnapshotDiff } from '../lib/snapshots/diff';
import { hopTitle } from '../lib/graph/hop-kinds';
import type { Snapshot } from '../lib/snapshots/types';

/** "Snapshot of … at …": what is frozen, by whom, and what has changed since, against the live cluster. */
export function SnapshotBanner({ snapshot, diff, onSelect, onLeave }: { snapshot: Snapshot; diff: SnapshotDiff | undefined; onSelect: (id: string) => void; onLeave: () => void }) {
  const when = (at: string) => new Date(at).toLocaleString();
  const { frozen } = snapshot;
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
              {diff.health.map((h) => (
                <button key={`h-${h.id}`} type="button" className="underline decoration-dotted" onClick={() => onSelect(h.id)}>
                  {hopTitle(h.id)} {h.then} → {h.now}
                </button>
              ))}
              {diff.appeared.map((f) => (
                <span key={`a-${f.hop}-${f.id}`}>
                  + {f.id} on {hopTitle(f.hop)}
                </span>
              ))}
              {diff.cleared.map((f) => (
                <span key={`c-${f.hop}-${f.id}`}>
                  − {f.id} on {hopTitle(f.hop)}
                </span>
              ))}
              {diff.added.length > 0 && <span>+{diff.added.length} hops ({diff.added.slice(0, 3).map(hopTitle).join(', ')})</span>}
              {diff.removed.length > 0 && <span>−{diff.removed.length} hops ({diff.removed.slice(0, 3).map(hopTitle).join(', ')})</span>}
            </>
          )}
        </div>
      )}
    </section>
  );
}
