import type { Access } from '../../lib/access/access';
import { RequestRejected } from '../http/guard';
import { snapshotStore } from './current';
import { readSummary, SNAPSHOT_NOT_FOUND } from './read';

/** Deletes a snapshot this person may see; any other is not found, as when reading it. */
export async function deleteSnapshot(id: string, access: Access): Promise<void> {
  const { id: found } = await readSummary(id, access);
  if (!(await (await snapshotStore()).delete(found))) throw new RequestRejected(404, SNAPSHOT_NOT_FOUND);
}
