// Snapshots in an embedded SQLite database (the default; PostgreSQL in postgres-store.ts) (Node's built-in node:sqlite): one row per snapshot,
// written in one transaction, so a crash never leaves half a snapshot; WAL journal, a data
// directory created on first use.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { hopHealthOf, type HopHealth } from '../../lib/snapshots/changes';
import type { Snapshot, SnapshotSummary, SnapshotView } from '../../lib/snapshots/types';

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
  /** One snapshot's summary, without reading the snapshot. */
  summary(id: string): Promise<SnapshotSummary | null>;
  /** Each of its hops' health when frozen (what "changed since" compares), without reading the snapshot. */
  hopHealth(id: string): Promise<HopHealth | null>;
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
  body TEXT NOT NULL,
  view TEXT,
  problems TEXT,
  hops TEXT
);
CREATE INDEX IF NOT EXISTS snapshots_created ON snapshots (created_at);
`;

/** Columns added since the first stores, each with how rows made before it get theirs (null: none, hops are read from the body then). */
const ADDED_COLUMNS: [name: string, definition: string, backfill: string | null][] = [
  ['namespaces', "TEXT NOT NULL DEFAULT ''", null],
  ['view', 'TEXT', "json_extract(body, '$.view')"],
  ['problems', 'TEXT', null],
  ['hops', 'TEXT', null],
];

const SUMMARY_COLUMNS = 'id, created_at, created_by, cluster, title, note, namespaces, view, problems';

type Row = { id: string; created_at: string; created_by: string; cluster: string; title: string; note: string; namespaces: string; view: string; problems: string | null };

const summary = (r: Row): SnapshotSummary => ({
  id: r.id,
  createdAt: r.created_at,
  createdBy: r.created_by,
  cluster: r.cluster,
  title: r.title,
  note: r.note,
  namespaces: splitNamespaces(r.namespaces),
  view: JSON.parse(r.view) as SnapshotView,
  problems: r.problems === null ? null : (JSON.parse(r.problems) as SnapshotSummary['problems']),
});

/** Stored as one comma-separated column, so listing never reads the bodies. */
export const joinNamespaces = (namespaces: readonly string[] | undefined): string => (namespaces ?? []).join(',');
export const splitNamespaces = (column: string): string[] => column.split(',').filter(Boolean);

/** The columns beside the body that the list and "changed since" read: the view, the problems and each hop's health. */
export const indexColumns = (s: Snapshot) => ({ view: JSON.stringify(s.view), problems: JSON.stringify(s.problems), hops: JSON.stringify(hopHealthOf(s.graph)) });

/** A LIKE pattern for a substring search, its wildcards escaped with a backslash. */
export const likePattern = (search: string | undefined): string => `%${(search ?? '').replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function openSqliteStore(dataDir: string): SnapshotStore {
  mkdirSync(dataDir, { recursive: true });
  const db = new (sqlite().DatabaseSync)(join(dataDir, 'snapshots.db'));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;');
  db.exec(SCHEMA);
  // Stores made before a column: their snapshots' namespaces stay empty (listed to those who see everything), views come from the bodies, problems stay unknown.
  const columns = new Set((db.prepare('PRAGMA table_info(snapshots)').all() as { name: string }[]).map((c) => c.name));
  for (const [name, definition, backfill] of ADDED_COLUMNS) {
    if (columns.has(name)) continue;
    db.exec(`ALTER TABLE snapshots ADD COLUMN ${name} ${definition}`);
    if (backfill) db.exec(`UPDATE snapshots SET ${name} = ${backfill}`);
  }
  const insert = db.prepare('INSERT INTO snapshots (id, created_at, created_by, cluster, title, note, namespaces, view, problems, hops, body) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const select = db.prepare('SELECT body FROM snapshots WHERE id = ?');
  const selectSummary = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM snapshots WHERE id = ?`);
  const selectHops = db.prepare('SELECT hops, CASE WHEN hops IS NULL THEN body END AS body FROM snapshots WHERE id = ?');
  const remove = db.prepare('DELETE FROM snapshots WHERE id = ?');
  const prune = db.prepare('DELETE FROM snapshots WHERE created_at < ?');
  const listRows = db.prepare(
    `SELECT ${SUMMARY_COLUMNS} FROM snapshots
     WHERE (title LIKE ? ESCAPE '\\' OR note LIKE ? ESCAPE '\\' OR cluster LIKE ? ESCAPE '\\' OR created_by LIKE ? ESCAPE '\\')
       AND (? IS NULL OR EXISTS (SELECT 1 FROM json_each(?) AS wanted WHERE instr(',' || namespaces || ',', ',' || wanted.value || ',') > 0))
     ORDER BY created_at DESC LIMIT ?`,
  );
  return {
    async create(s) {
      const { view, problems, hops } = indexColumns(s);
      insert.run(s.id, s.createdAt, s.createdBy, s.cluster, s.title, s.note, joinNamespaces(s.namespaces), view, problems, hops, JSON.stringify(s));
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
    async summary(id) {
      const row = selectSummary.get(id) as Row | undefined;
      return row ? summary(row) : null;
    },
    async hopHealth(id) {
      const row = selectHops.get(id) as { hops: string | null; body: string | null } | undefined;
      if (!row) return null;
      return row.hops === null ? hopHealthOf((JSON.parse(row.body!) as Snapshot).graph) : (JSON.parse(row.hops) as HopHealth);
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
