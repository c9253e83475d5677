import { visibleNamespaces, type Access } from '../../lib/access/access';
import { scopeSnapshot } from '../../lib/access/scope-snapshot';
import { scopeSummary } from '../../lib/access/scope-summary';
import { snapshotIdSchema } from '../../lib/snapshots/input';
import type { Snapshot, SnapshotSummary } from '../../lib/snapshots/types';
import { upgradeSnapshot } from '../../lib/snapshots/upgrade';
import { RequestRejected } from '../http/guard';
import { snapshotStore } from './current';

export const SNAPSHOT_NOT_FOUND = 'no such snapshot (it may have been deleted or expired)';

function parseId(id: string): string {
  const parsed = snapshotIdSchema.safeParse(id);
  if (!parsed.success) throw new RequestRejected(400, 'not a snapshot id');
  return parsed.data;
}

/** The snapshot as this viewer may see it; one showing none of their namespaces does not exist for them. */
export async function readSnapshot(id: string, access: Access): Promise<Snapshot> {
  const snapshot = await (await snapshotStore()).get(parseId(id));
  // Older snapshots did not record their namespaces: only those who see everything see them.
  if (!snapshot || (access.kind === 'scoped' && visibleNamespaces(access, snapshot.namespaces ?? []).length === 0)) throw new RequestRejected(404, SNAPSHOT_NOT_FOUND);
  return scopeSnapshot(upgradeSnapshot(snapshot), access);
}

/** A snapshot's summary as this viewer may see it, without reading the snapshot; found as readSnapshot finds it. */
export async function readSummary(id: string, access: Access): Promise<SnapshotSummary> {
  const stored = await (await snapshotStore()).summary(parseId(id));
  const summary = stored && scopeSummary(stored, access);
  if (!summary) throw new RequestRejected(404, SNAPSHOT_NOT_FOUND);
  return summary;
}
