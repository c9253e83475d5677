import { loadConfig } from '../config';
import { RequestRejected } from '../http/guard';
import { RateLimit } from '../http/rate-limit';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore, type SnapshotStore } from './store';

let store: Promise<SnapshotStore> | null = null;

/**
 * The snapshot store, opened on first use and pruned to the retention: PostgreSQL when
 * HOPSCOPE_DATABASE_URL is set (replicas share it), else SQLite in the data directory.
 */
export function snapshotStore(): Promise<SnapshotStore> {
  store ??= (async () => {
    const config = loadConfig();
    const opened = config.databaseUrl ? await openPostgresStore(config.databaseUrl) : openSqliteStore(config.dataDir);
    await opened.prune(config.snapshotRetentionDays);
    return opened;
  })();
  store.catch(() => {
    store = null;
  });
  return store;
}

/** One line per snapshot created or deleted, for whoever collects the logs. */
export function audit(action: 'snapshot.created' | 'snapshot.imported' | 'snapshot.deleted', details: Record<string, string>): void {
  console.info(JSON.stringify({ audit: action, at: new Date().toISOString(), ...details }));
}

/** Snapshots written or deleted: 30 a minute per server. */
const snapshotWrites = new RateLimit(30, 60_000);

/** Counts one write against the limit, or rejects it with 429 and when to try again. */
export function takeSnapshotWrite(): void {
  const wait = snapshotWrites.take();
  if (wait) throw new RequestRejected(429, `too many snapshots written or deleted; try again in ${wait} s`, { 'Retry-After': String(wait) });
}
