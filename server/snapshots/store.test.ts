import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Snapshot } from '../../lib/snapshots/types';
import { snapshotFixture } from '../../test/snapshots/fixture';
import { openPostgresStore } from './postgres-store';
import { openSqliteStore, type SnapshotStore } from './store';

// The same tests for both stores: SQLite always, PostgreSQL when HOPSCOPE_TEST_DATABASE_URL points
// at one (.ci/run starts Debian's PostgreSQL on 127.0.0.1 and sets it).
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface Backend {
  name: string;
  /** Where the writer process writes: a data directory, or the database URL. */
  target(): string;
  open(target: string): Promise<SnapshotStore>;
  /** Writes a snapshot as a store made before views, problems and hops' health were kept beside each one (its namespaces were). */
  writeLegacy(target: string, snapshot: Omit<Snapshot, 'problems'>): Promise<void>;
}

const sqlite: Backend = {
  name: 'SQLite',
  target() {
    const dir = mkdtempSync(join(tmpdir(), 'hopscope-store-'));
    dirs.push(dir);
    return join(dir, 'data');
  },
  open: async (dir) => openSqliteStore(dir),
  async writeLegacy(dir, s) {
    mkdirSync(dir, { recursive: true });
    const db = new (process.getBuiltinModule('node:sqlite') as typeof import('node:sqlite')).DatabaseSync(join(dir, 'snapshots.db'));
    db.exec("CREATE TABLE snapshots (id TEXT PRIMARY KEY, created_at TEXT NOT NULL, created_by TEXT NOT NULL, cluster TEXT NOT NULL, title TEXT NOT NULL, note TEXT NOT NULL, namespaces TEXT NOT NULL DEFAULT '', body TEXT NOT NULL)");
    db.prepare('INSERT INTO snapshots VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(s.id, s.createdAt, s.createdBy, s.cluster, s.title, s.note, s.namespaces.join(','), JSON.stringify(s));
    db.close();
  },
};

const postgresUrl = process.env.HOPSCOPE_TEST_DATABASE_URL;
const postgres: Backend = {
  name: 'PostgreSQL',
  target: () => postgresUrl!,
  open: (url) => openPostgresStore(url),
  async writeLegacy(url, s) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('DROP TABLE IF EXISTS hopscope_snapshots');
      await client.query("CREATE TABLE hopscope_snapshots (id TEXT PRIMARY KEY, created_at TIMESTAMPTZ NOT NULL, created_by TEXT NOT NULL, cluster TEXT NOT NULL, title TEXT NOT NULL, note TEXT NOT NULL, body JSONB NOT NULL, namespaces TEXT NOT NULL DEFAULT '')");
      await client.query('INSERT INTO hopscope_snapshots (id, created_at, created_by, cluster, title, note, namespaces, body) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [s.id, s.createdAt, s.createdBy, s.cluster, s.title, s.note, s.namespaces.join(','), JSON.stringify(s)]);
    } finally {
      await client.end();
    }
  },
};

/** A store with nothing in it. */
async function empty(backend: Backend): Promise<{ store: SnapshotStore; target: string }> {
  const target = backend.target();
  const store = await backend.open(target);
  for (const s of await store.list({ limit: 10_000 })) await store.delete(s.id);
  return { store, target };
}

describe.each(postgresUrl ? [sqlite, postgres] : [sqlite])('the $name snapshot store', (backend) => {
  it('keeps snapshots across reopening, lists, searches and deletes', async () => {
    const { store, target } = await empty(backend);
    await store.create(snapshotFixture('a1', 3, 'checkout 503s'));
    await store.create(snapshotFixture('b2', 3, 'payments slow'));
    await store.close();
    const again = await backend.open(target);
    expect((await again.get('a1'))?.graph.nodes).toHaveLength(3);
    expect((await again.list()).map((s) => s.id).sort()).toEqual(['a1', 'b2']);
    expect((await again.list({ search: 'slow' })).map((s) => s.id)).toEqual(['b2']);
    expect((await again.list({ search: 'slow' }))[0]?.namespaces).toEqual(['shop']);
    expect(await again.list({ search: '100%_' })).toEqual([]);
    expect(await again.delete('a1')).toBe(true);
    expect(await again.delete('a1')).toBe(false);
    expect(await again.get('a1')).toBeNull();
    await again.close();
  });

  it('lists only snapshots showing one of the namespaces asked for, the limit counted among those', async () => {
    const { store } = await empty(backend);
    const at = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    await store.create({ ...snapshotFixture('a'), namespaces: ['team-a'], createdAt: at(30) });
    await store.create({ ...snapshotFixture('ab'), namespaces: ['team-b', 'team-a'], createdAt: at(20) });
    await store.create({ ...snapshotFixture('a-prefix'), namespaces: ['team-ab'], createdAt: at(15) });
    for (let i = 0; i < 5; i++) await store.create({ ...snapshotFixture(`b${i}`), namespaces: ['team-b'], createdAt: at(10 - i) });
    expect((await store.list({ namespaces: ['team-a'] })).map((s) => s.id)).toEqual(['ab', 'a']);
    expect((await store.list({ namespaces: ['team-a'], limit: 1 })).map((s) => s.id)).toEqual(['ab']);
    expect((await store.list({ namespaces: ['team-a', 'team-ab'] })).map((s) => s.id)).toEqual(['a-prefix', 'ab', 'a']);
    expect((await store.list({ namespaces: ['team-a', 'team-ab'], search: 'prefix' })).map((s) => s.id)).toEqual(['a-prefix']);
    expect(await store.list({ namespaces: [] })).toEqual([]);
    expect(await store.list()).toHaveLength(8);
    await store.close();
  });

  it('lists each snapshot with its frozen view and problems, and reads one\'s summary and hops\' health without the whole snapshot', async () => {
    const { store } = await empty(backend);
    const frozen = snapshotFixture('v1', 3, 'checkout 503s');
    frozen.view = { ...frozen.view, node: 'pod/shop/web-1', range: '1h' };
    frozen.problems = { shop: { critical: 1, warning: 2 } };
    frozen.graph.nodes[1] = { ...frozen.graph.nodes[1]!, health: 'critical' };
    await store.create(frozen);
    const [listed] = await store.list();
    const { id, title, note, createdAt, createdBy, cluster, namespaces, view, problems } = frozen;
    expect(listed).toEqual({ id, title, note, createdAt, createdBy, cluster, namespaces, view, problems });
    expect(await store.summary('v1')).toEqual(listed);
    expect(await store.summary('nope')).toBeNull();
    expect(await store.hopHealth('v1')).toEqual({ 'pod/shop/web-0': 'ok', 'pod/shop/web-1': 'critical', 'pod/shop/web-2': 'ok' });
    expect(await store.hopHealth('nope')).toBeNull();
    await store.close();
  });

  it('reads snapshots stored before views, problems and hops\' health were kept: views from their bodies, problems unknown', async () => {
    const target = backend.target();
    const { problems: _, ...old } = snapshotFixture('old1', 2);
    old.view = { ...old.view, range: '15m' };
    await backend.writeLegacy(target, old);
    const store = await backend.open(target);
    expect(await store.list()).toEqual([expect.objectContaining({ id: 'old1', view: old.view, problems: null })]);
    expect(await store.hopHealth('old1')).toEqual({ 'pod/shop/web-0': 'ok', 'pod/shop/web-1': 'ok' });
    await store.create(snapshotFixture('new1'));
    expect((await store.list()).map((s) => s.id).sort()).toEqual(['new1', 'old1']);
    await store.close();
  });

  it('prunes what is older than the retention', async () => {
    const { store } = await empty(backend);
    await store.create({ ...snapshotFixture('old'), createdAt: new Date(Date.now() - 40 * 86_400_000).toISOString() });
    await store.create(snapshotFixture('new'));
    expect(await store.prune(30)).toBe(1);
    expect((await store.list()).map((s) => s.id)).toEqual(['new']);
    await store.close();
  });

  it('stays whole when the writing process is killed in the middle of a write', { timeout: 60_000 }, async () => {
    const { store: before, target } = await empty(backend);
    await before.close();
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../test/snapshots/writer.ts'), target], { stdio: ['ignore', 'pipe', 'inherit'] });
    let written = -1;
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const last = /wrote (\d+)\n$/.exec(chunk.toString());
        if (last) written = Number(last[1]);
        // Kill it while it is busy with the next one.
        if (written >= 3) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.once('exit', (code) => (written < 3 ? reject(new Error(`writer exited early (${code})`)) : undefined));
    });
    await new Promise((r) => child.once('exit', r));
    if (backend === sqlite) {
      const db = new (process.getBuiltinModule('node:sqlite') as typeof import('node:sqlite')).DatabaseSync(join(target, 'snapshots.db'));
      expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
      db.close();
    }
    const store = await backend.open(target);
    const ids = (await store.list({ limit: 1000 })).map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(written + 1);
    for (const id of ids) expect((await store.get(id))?.graph.nodes).toHaveLength(4000);
    await store.close();
  });
});
