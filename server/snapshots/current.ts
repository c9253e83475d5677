import { loadConfig } from '../config';
import { RateLimit } from '../http/rate-limit';
import { openSqliteStore, type SnapshotStore } from './store';

let store: SnapshotStore | null = null;

/** The snapshot store, opened on first use (the data directory is created then), pruned to the retention. */
export function snapshotStore(): SnapshotStore {
  if (!store) {
    const config = loadConfig();
    store = openSqliteStore(config.dataDir);
    store.prune(config.snapshotRetentionDays);
  }
  return store;
}

/** One line per snapshot created or deleted, for whoever collects the logs. */
export function audit(action: 'snapshot.created' | 'snapshot.deleted', details: Record<string, string>): void {
  console.info(JSON.stringify({ audit: action, at: new Date().toISOString(), ...details }));
}

/** Snapshots written or deleted: 30 a minute per server. */
export const snapshotWrites = new RateLimit(30, 60_000);
