// Snapshots in PostgreSQL (HOPSCOPE_DATABASE_URL), so several replicas share them. One INSERT per
// snapshot: a crash leaves the row whole or absent.
import pg from 'pg';
import type { Snapshot, SnapshotSummary } from '../../lib/snapshots/types';
import { joinNamespaces, likePattern, splitNamespaces, type SnapshotStore } from './store';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS hopscope_snapshots (
  id TEXT PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL,
  created_by TEXT NOT NULL,
  cluster TEXT NOT NULL,
  title TEXT NOT NULL,
  note TEXT NOT NULL,
  body JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS hopscope_snapshots_created ON hopscope_snapshots (created_at);
ALTER TABLE hopscope_snapshots ADD COLUMN IF NOT EXISTS namespaces TEXT NOT NULL DEFAULT '';
`;

type Row = { id: string; created_at: Date; created_by: string; cluster: string; title: string; note: string; namespaces: string };

const summary = (r: Row): SnapshotSummary => ({ id: r.id, createdAt: r.created_at.toISOString(), createdBy: r.created_by, cluster: r.cluster, title: r.title, note: r.note, namespaces: splitNamespaces(r.namespaces) });

export async function openPostgresStore(url: string): Promise<SnapshotStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  await pool.query(SCHEMA);
  return {
    async create(s) {
      await pool.query('INSERT INTO hopscope_snapshots (id, created_at, created_by, cluster, title, note, namespaces, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [s.id, s.createdAt, s.createdBy, s.cluster, s.title, s.note, joinNamespaces(s.namespaces), JSON.stringify(s)]);
    },
    async get(id) {
      const { rows } = await pool.query<{ body: Snapshot }>('SELECT body FROM hopscope_snapshots WHERE id = $1', [id]);
      return rows[0]?.body ?? null;
    },
    async list({ search, limit = 100, namespaces } = {}) {
      const { rows } = await pool.query<Row>(
        `SELECT id, created_at, created_by, cluster, title, note, namespaces FROM hopscope_snapshots
         WHERE (title ILIKE $1 OR note ILIKE $1 OR cluster ILIKE $1 OR created_by ILIKE $1)
           AND ($3::text[] IS NULL OR string_to_array(namespaces, ',') && $3::text[])
         ORDER BY created_at DESC LIMIT $2`,
        [likePattern(search), limit, namespaces ? [...namespaces] : null],
      );
      return rows.map(summary);
    },
    async delete(id) {
      return ((await pool.query('DELETE FROM hopscope_snapshots WHERE id = $1', [id])).rowCount ?? 0) > 0;
    },
    async prune(days) {
      return (await pool.query("DELETE FROM hopscope_snapshots WHERE created_at < now() - make_interval(days => $1)", [days])).rowCount ?? 0;
    },
    async close() {
      await pool.end();
    },
  };
}
