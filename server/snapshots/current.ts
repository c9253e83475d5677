import { loadConfig } from '../config';
import { RequestRejected } from '../http/guard';
import { RateLimit } from '../http/rate-limit';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore, type SnapshotStore } from './store';

let store: Promise<SnapshotStore> | null = null;
let prunedAt = 0;
const PRUNE_EVERY_MS = 60 * 60_000;

function openStore(): Promise<SnapshotStore> {
  store ??= (async () => {
    const config = loadConfig();
    return config.databaseUrl ? await openPostgresStore(config.databaseUrl) : openSqliteStore(config.dataDir);
  })();
  store.catch(() => {
    store = null;
  });
  return store;
}

/**
 * The snapshot store, opened on first use: PostgreSQL when HOPSCOPE_DATABASE_URL is set (replicas
 * share it), else SQLite in the data directory. Pruned to the retention then and at most hourly
 * after, so a server that runs for months still forgets what has expired.
 */
export async function snapshotStore(): Promise<SnapshotStore> {
  const opened = await openStore();
  if (Date.now() - prunedAt >= PRUNE_EVERY_MS) {
    await opened.prune(loadConfig().snapshotRetentionDays);
    prunedAt = Date.now();
  }
  return opened;
}

/** One line per snapshot created or deleted, for whoever collects the logs. */
export function audit(action: 'snapshot.created' | 'snapshot.imported' | 'snapshot.deleted', details: Record<string, string>): void {
  console.info(JSON.stringify({ audit: action, at: new Date().toISOString(), ...details }));
}

/** Snapshots written or deleted: 30 a minute per person. */
const snapshotWrites = new RateLimit(30, 60_000);

/** Counts one write of `who` (see writerOf) against the limit, or rejects it with 429 and when to try again. */
export function takeSnapshotWrite(who: string): void {
  const wait = snapshotWrites.take(who);
  if (wait) throw new RequestRejected(429, `too many snapshots written or deleted; try again in ${wait} s`, { 'Retry-After': String(wait) });
}
