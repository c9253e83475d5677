// The snapshot banner's "since then" as items that each select their hop: in the snapshot when the
// frozen graph has it, else live (a hop added since exists only there).
import { hopTitle } from '../graph/hop-kinds';
import type { SnapshotDiff } from './diff';

/** Added and removed hops named one by one, at most; the rest are counted. */
const NAMED = 3;

export interface DiffItem {
  kind: 'health' | 'appeared' | 'cleared' | 'added' | 'removed' | 'more-added' | 'more-removed';
  key: string;
  text: string;
  /** The hop it selects, in the snapshot or live; null for a count of more hops. */
  select: { hop: string; live: boolean } | null;
}

export function diffItems(diff: SnapshotDiff, inSnapshot: (id: string) => boolean): DiffItem[] {
  const item = (kind: DiffItem['kind'], hop: string, text: string, key = hop): DiffItem => ({ kind, key: `${kind} ${key}`, text, select: { hop, live: !inSnapshot(hop) } });
  const more = (kind: 'more-added' | 'more-removed', ids: string[], sign: string): DiffItem[] =>
    ids.length > NAMED ? [{ kind, key: kind, text: `${sign}${ids.length - NAMED} more hops`, select: null }] : [];
  return [
    ...diff.health.map((h) => item('health', h.id, `${hopTitle(h.id)} ${h.then} → ${h.now}`)),
    ...diff.appeared.map((f) => item('appeared', f.hop, `+ ${f.id} on ${hopTitle(f.hop)}`, `${f.hop} ${f.id}`)),
    ...diff.cleared.map((f) => item('cleared', f.hop, `− ${f.id} on ${hopTitle(f.hop)}`, `${f.hop} ${f.id}`)),
    ...diff.added.slice(0, NAMED).map((id) => item('added', id, `+ ${hopTitle(id)}`)),
    ...more('more-added', diff.added, '+'),
    ...diff.removed.slice(0, NAMED).map((id) => item('removed', id, `− ${hopTitle(id)}`)),
    ...more('more-removed', diff.removed, '−'),
  ];
}
