// Writes big snapshots into a store until it is killed (for the crash test), saying each one it finished.
import { openPostgresStore } from '../../server/snapshots/postgres-store';
import { openSqliteStore } from '../../server/snapshots/store';
import { snapshotFixture } from './fixture';

const target = process.argv[2]!;
const store = target.startsWith('postgres') ? await openPostgresStore(target) : openSqliteStore(target);
for (let i = 0; ; i++) {
  await store.create(snapshotFixture(`crash-${i}`, 4000));
  process.stdout.write(`wrote ${i}\n`);
}
