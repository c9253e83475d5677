import { visibleNamespaces, type Access } from '../../lib/access/access';
import { scopeSnapshot } from '../../lib/access/scope-snapshot';
import { snapshotIdSchema } from '../../lib/snapshots/input';
import type { Snapshot } from '../../lib/snapshots/types';
import { RequestRejected } from '../http/guard';
import { snapshotStore } from './current';

export const SNAPSHOT_NOT_FOUND = 'no such snapshot (it may have been deleted or expired)';

/** The snapshot as this viewer may see it; one showing none of their namespaces does not exist for them. */
export async function readSnapshot(id: string, access: Access): Promise<Snapshot> {
  const parsed = snapshotIdSchema.safeParse(id);
  if (!parsed.success) throw new RequestRejected(400, 'not a snapshot id');
  const snapshot = await (await snapshotStore()).get(parsed.data);
  // Older snapshots did not record their namespaces: only those who see everything see them.
  if (!snapshot || (access.kind === 'scoped' && visibleNamespaces(access, snapshot.namespaces ?? []).length === 0)) throw new RequestRejected(404, SNAPSHOT_NOT_FOUND);
  return scopeSnapshot(snapshot, access);
}
