import { namespaceScope, type Access } from '../../lib/access/access';
import { namespaceOfId } from '../../lib/graph/view';
import { countChanges, type ChangeCount, type LiveHops } from '../../lib/snapshots/changes';
import { RequestRejected } from '../http/guard';
import { snapshotStore } from './current';
import { readSummary, SNAPSHOT_NOT_FOUND } from './read';

/**
 * How much the cluster differs now from a snapshot, as this person may see both: the frozen hops
 * of their namespaces against `live` (their analysis) over the frozen view's namespaces.
 */
export async function changesSince(id: string, access: Access, live: (namespaces: string[] | null) => LiveHops): Promise<ChangeCount> {
  const summary = await readSummary(id, access);
  const frozen = await (await snapshotStore()).hopHealth(summary.id);
  if (!frozen) throw new RequestRejected(404, SNAPSHOT_NOT_FOUND);
  const scope = namespaceScope(access);
  const visible = (hop: string) => {
    const namespace = namespaceOfId(hop);
    return scope === 'all' || namespace === undefined || scope.has(namespace);
  };
  const then = scope === 'all' ? frozen : Object.fromEntries(Object.entries(frozen).filter(([hop]) => visible(hop)));
  return countChanges(then, live(summary.view.namespaces.length ? summary.view.namespaces : null));
}
