'use client';

import { snapshotLink } from '../lib/snapshots/link';
import { totalProblems } from '../lib/snapshots/problems';
import type { SnapshotSummary } from '../lib/snapshots/types';
import { HealthIcon } from './health';
import { SnapshotChanges } from './snapshot-changes';
import { SnapshotDelete } from './snapshot-delete';

/** Namespaces named in a row, at most; the rest are counted. */
const NAMED = 4;

/** Its problems when frozen, by severity. */
function FrozenProblems({ problems }: { problems: SnapshotSummary['problems'] }) {
  if (!problems) return <span data-testid="snapshot-problems">problems not recorded</span>;
  const total = totalProblems(problems);
  return (
    <span data-testid="snapshot-problems" className="flex items-center gap-2 tabular-nums">
      {total.critical + total.warning === 0 ? (
        <>
          <HealthIcon health="ok" size={12} />
          no problems
        </>
      ) : (
        (['critical', 'warning'] as const).map((severity) => (
          <span key={severity} data-severity={severity} className="flex items-center gap-1" title={`${total[severity]} ${severity} problem${total[severity] === 1 ? '' : 's'} when frozen`}>
            <HealthIcon health={severity} size={12} />
            {total[severity]}
          </span>
        ))
      )}
    </span>
  );
}

/** One snapshot: its link (which reopens its frozen view), who and when, its problems and namespaces, what changed since; SREs may delete it. */
export function SnapshotRow({ snapshot: s, mayDelete }: { snapshot: SnapshotSummary; mayDelete: boolean }) {
  const more = s.namespaces.length - NAMED;
  return (
    <li className="flex flex-col gap-1 py-2" data-testid="snapshot-row" data-id={s.id}>
      <a href={snapshotLink(s.id, s.view)} className="font-medium underline">
        {s.title}
      </a>
      <div className="text-xs text-zinc-500 dark:text-zinc-400">
        {s.cluster} · {new Date(s.createdAt).toLocaleString()} · {s.createdBy}
        {s.note ? ` · ${s.note}` : ''}
      </div>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-300">
        <FrozenProblems problems={s.problems} />
        <span data-testid="snapshot-namespaces" title={s.namespaces.join(', ')}>
          {s.namespaces.length ? `${s.namespaces.slice(0, NAMED).join(', ')}${more > 0 ? ` +${more}` : ''}` : 'no namespaces recorded'}
        </span>
        <SnapshotChanges id={s.id} />
        {mayDelete && (
          <span className="ml-auto">
            <SnapshotDelete id={s.id} title={s.title} />
          </span>
        )}
      </div>
    </li>
  );
}
