// Writes big snapshots into a store until it is killed (for the crash test), saying each one it finished.
import { openSqliteStore } from '../../server/snapshots/store';
import { snapshotFixture } from './fixture';

const store = openSqliteStore(process.argv[2]!);
for (let i = 0; ; i++) {
  store.create(snapshotFixture(`crash-${i}`, 4000));
  process.stdout.write(`wrote ${i}\n`);
}
