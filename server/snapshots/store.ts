// Snapshots in an embedded SQLite database (the default; PostgreSQL in postgres-store.ts) (Node's built-in node:sqlite): one row per snapshot,
// written in one transaction, so a crash never leaves half a snapshot; WAL journal, a data
// directory created on first use.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Snapshot, SnapshotSummary } from '../../lib/snapshots/types';

// Taken from the running Node at run time: the bundler does not know node:sqlite.
const sqlite = () => process.getBuiltinModule('node:sqlite') as typeof import('node:sqlite');

export interface ListOptions {
  search?: string;
  limit?: number;
  namespaces?: readonly string[];
}

export interface SnapshotStore {
  create(snapshot: Snapshot): Promise<void>;
  get(id: string): Promise<Snapshot | null>;
  /** Newest first; with `namespaces`, only snapshots that show at least one of them. */
  list(options?: ListOptions): Promise<SnapshotSummary[]>;
  delete(id: string): Promise<boolean>;
  /** Deletes snapshots older than `days`; returns how many went. */
  prune(days: number): Promise<number>;
  close(): Promise<void>;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS snapshots (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  cluster TEXT NOT NULL,
  title TEXT NOT NULL,
  note TEXT NOT NULL,
  namespaces TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS snapshots_created ON snapshots (created_at);
`;

type Row = { id: string; created_at: string; created_by: string; cluster: string; title: string; note: string; namespaces: string };

const summary = (r: Row): SnapshotSummary => ({ id: r.id, createdAt: r.created_at, createdBy: r.created_by, cluster: r.cluster, title: r.title, note: r.note, namespaces: splitNamespaces(r.namespaces) });

/** Stored as one comma-separated column, so listing never reads the bodies. */
export const joinNamespaces = (namespaces: readonly string[] | undefined): string => (namespaces ?? []).join(',');
export const splitNamespaces = (column: string): string[] => column.split(',').filter(Boolean);

/** A LIKE pattern for a substring search, its wildcards escaped with a backslash. */
export const likePattern = (search: string | undefined): string => `%${(search ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function openSqliteStore(dataDir: string): SnapshotStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new (sqlite().DatabaseSync)(join(dataDir, 'snapshots.db'));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
  db.exec(SCHEMA);
  // Stores made before snapshots recorded their namespaces: theirs stay empty (listed to those who see everything).
  if (!(db.prepare('PRAGMA table_info(snapshots)').all() as { name: string }[]).some((c) => c.name === 'namespaces')) db.exec("ALTER TABLE snapshots ADD COLUMN namespaces TEXT NOT NULL DEFAULT ''");
  const insert = db.prepare('INSERT INTO snapshots (id, created_at, created_by, cluster, title, note, namespaces, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const select = db.prepare('SELECT body FROM snapshots WHERE id = ?');
  const remove = db.prepare('DELETE FROM snapshots WHERE id = ?');
  const prune = db.prepare('DELETE FROM snapshots WHERE created_at < ?');
  const listRows = db.prepare(
    `SELECT id, created_at, created_by, cluster, title, note, namespaces FROM snapshots
     WHERE (title LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\' OR cluster LIKE ? ESCAPE '\\' OR created_by LIKE ? ESCAPE '\\')
       AND (? IS NULL OR EXISTS (SELECT 1 FROM json_each(?) AS wanted WHERE instr(',' || namespaces || ',', ',' || wanted.value || ',') > 0))
     ORDER BY created_at DESC LIMIT ?`,
  );
  return {
    async create(s) {
      insert.run(s.id, s.createdAt, s.createdBy, s.cluster, s.title, s.note, joinNamespaces(s.namespaces), JSON.stringify(s));
    },
    async get(id) {
      const row = select.get(id) as { body: string } | undefined;
      return row ? (JSON.parse(row.body) as Snapshot) : null;
    },
    async list({ search, limit = 100, namespaces } = {}) {
      const like = likePattern(search);
      const only = namespaces ? JSON.stringify(namespaces) : null;
      const rows = listRows.all(like, like, like, like, only, only, limit) as Row[];
      return rows.map(summary);
    },
    async delete(id) {
      return Number(remove.run(id).changes) > 0;
    },
    async prune(days) {
      return Number(prune.run(new Date(Date.now() - days * 86_400_000).toISOString()).changes);
    },
    async close() {
      db.close();
    },
  };
}
