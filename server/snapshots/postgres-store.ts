// Snapshots in PostgreSQL (HOPSCOPE_DATABASE_URL), so several replicas share them. One INSERT per
// snapshot: a crash leaves the row whole or absent.
import pg from 'pg';
import { hopHealthOf, type HopHealth } from '../../lib/snapshots/changes';
import type { Snapshot, SnapshotSummary } from '../../lib/snapshots/types';
import { indexColumns, joinNamespaces, likePattern, splitNamespaces, type SnapshotStore } from './store';

// Columns added since the first stores: their snapshots' namespaces stay empty (listed to those who
// see everything), views come from the bodies, problems stay unknown, hops' health is read from the
// body when asked for.
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
ALTER TABLE hopscope_snapshots ADD COLUMN IF NOT EXISTS view JSONB;
UPDATE hopscope_snapshots SET view = body->'view' WHERE view IS NULL;
ALTER TABLE hopscope_snapshots ADD COLUMN IF NOT EXISTS problems JSONB;
ALTER TABLE hopscope_snapshots ADD COLUMN IF NOT EXISTS hops JSONB;
`;

const SUMMARY_COLUMNS = 'id, created_at, created_by, cluster, title, note, namespaces, view, problems';

type Row = { id: string; created_at: Date; created_by: string; cluster: string; title: string; note: string; namespaces: string; view: SnapshotSummary['view']; problems: SnapshotSummary['problems'] };

const summary = (r: Row): SnapshotSummary => ({
  id: r.id,
  createdAt: r.created_at.toISOString(),
  createdBy: r.created_by,
  cluster: r.cluster,
  title: r.title,
  note: r.note,
  namespaces: splitNamespaces(r.namespaces),
  view: r.view,
  problems: r.problems,
});

export async function openPostgresStore(url: string): Promise<SnapshotStore> {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  await pool.query(SCHEMA);
  return {
    async create(s) {
      const { view, problems, hops } = indexColumns(s);
      await pool.query('INSERT INTO hopscope_snapshots (id, created_at, created_by, cluster, title, note, namespaces, view, problems, hops, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)', [
        s.id,
        s.createdAt,
        s.createdBy,
        s.cluster,
        s.title,
        s.note,
        joinNamespaces(s.namespaces),
        view,
        problems,
        hops,
        JSON.stringify(s),
      ]);
    },
    async get(id) {
      const { rows } = await pool.query<{ body: Snapshot }>('SELECT body FROM hopscope_snapshots WHERE id = $1', [id]);
      return rows[0]?.body ?? null;
    },
    async list({ search, limit = 100, namespaces } = {}) {
      const { rows } = await pool.query<Row>(
        `SELECT ${SUMMARY_COLUMNS} FROM hopscope_snapshots
         WHERE (title ILIKE $1 OR note ILIKE $1 OR cluster ILIKE $1 OR created_by ILIKE $1)
           AND ($3::text[] IS NULL OR string_to_array(namespaces, ',') && $3::text[])
         ORDER BY created_at DESC LIMIT $2`,
        [likePattern(search), limit, namespaces ? [...namespaces] : null],
      );
      return rows.map(summary);
    },
    async summary(id) {
      const { rows } = await pool.query<Row>(`SELECT ${SUMMARY_COLUMNS} FROM hopscope_snapshots WHERE id = $1`, [id]);
      return rows[0] ? summary(rows[0]) : null;
    },
    async hopHealth(id) {
      const { rows } = await pool.query<{ hops: HopHealth | null; graph: Snapshot['graph'] | null }>("SELECT hops, CASE WHEN hops IS NULL THEN body->'graph' END AS graph FROM hopscope_snapshots WHERE id = $1", [id]);
      const row = rows[0];
      if (!row) return null;
      return row.hops ?? hopHealthOf(row.graph!);
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
