import { describe, expect, it } from 'vitest';
import { EVERYTHING, type Access, type KindScope } from '../../lib/access/access';
import type { Kind } from '../../lib/k8s/types';
import { snapshotFixture } from '../../test/snapshots/fixture';
import { useTempSnapshotStore } from '../../test/snapshots/temp-store';
import { RequestRejected } from '../http/guard';
import { snapshotStore } from './current';
import { deleteSnapshot } from './delete';
import { SNAPSHOT_NOT_FOUND } from './read';

useTempSnapshotStore('delete');

const ID = 'AbCdEfGhIjKlMnOpQrStUv';
const viewIn = (...namespaces: string[]): Access => ({ kind: 'scoped', kinds: new Map<Kind, KindScope>([['Pod', new Set(namespaces)]]) });
const rejection = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => (error instanceof RequestRejected ? { status: error.status, message: error.message } : error));

describe('deleting a snapshot', () => {
  it('deletes one the person may see', async () => {
    await (await snapshotStore()).create(snapshotFixture(ID));
    await deleteSnapshot(ID, viewIn('shop'));
    expect(await (await snapshotStore()).get(ID)).toBeNull();
  });

  it('answers 404 with a sentence for an unknown id, and for one showing none of a scoped person\'s namespaces, which stays', async () => {
    expect(await rejection(deleteSnapshot(ID, EVERYTHING))).toEqual({ status: 404, message: SNAPSHOT_NOT_FOUND });
    await (await snapshotStore()).create(snapshotFixture(ID));
    expect(await rejection(deleteSnapshot(ID, viewIn('blog')))).toEqual({ status: 404, message: SNAPSHOT_NOT_FOUND });
    expect(await (await snapshotStore()).get(ID)).not.toBeNull();
  });

  it('refuses what is not a snapshot id', async () => {
    expect(await rejection(deleteSnapshot('../../etc', EVERYTHING))).toEqual({ status: 400, message: 'not a snapshot id' });
  });
});
