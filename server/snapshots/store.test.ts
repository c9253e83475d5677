import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { snapshotFixture } from '../../test/snapshots/fixture';
import { openSqliteStore } from './store';

const { DatabaseSync } = createRequire(import.meta.url)('node:sqlite') as typeof import('node:sqlite');
const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'hopscope-store-'));
  dirs.push(dir);
  return join(dir, 'data');
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('the SQLite snapshot store', () => {
  it('creates its data directory on first use, keeps snapshots across reopening, lists, searches and deletes', () => {
    const dir = fresh();
    const store = openSqliteStore(dir);
    store.create(snapshotFixture('a1', 3, 'checkout 503s'));
    store.create(snapshotFixture('b2', 3, 'payments slow'));
    store.close();
    const again = openSqliteStore(dir);
    expect(again.get('a1')?.graph.nodes).toHaveLength(3);
    expect(again.list().map((s) => s.id).sort()).toEqual(['a1', 'b2']);
    expect(again.list({ search: 'slow' }).map((s) => s.id)).toEqual(['b2']);
    expect(again.list({ search: '100%_' })).toEqual([]);
    expect(again.delete('a1')).toBe(true);
    expect(again.delete('a1')).toBe(false);
    expect(again.get('a1')).toBeNull();
    again.close();
  });

  it('prunes what is older than the retention', () => {
    const store = openSqliteStore(fresh());
    store.create({ ...snapshotFixture('old'), createdAt: new Date(Date.now() - 40 * 86_400_000).toISOString() });
    store.create(snapshotFixture('new'));
    expect(store.prune(30)).toBe(1);
    expect(store.list().map((s) => s.id)).toEqual(['new']);
    store.close();
  });

  it('stays whole when the writing process is killed in the middle of a write', { timeout: 60_000 }, async () => {
    const dir = fresh();
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../test/snapshots/writer.ts'), dir], { stdio: ['ignore', 'pipe', 'inherit'] });
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
    const db = new DatabaseSync(join(dir, 'snapshots.db'));
    expect(db.prepare('PRAGMA integrity_check').get()).toEqual({ integrity_check: 'ok' });
    db.close();
    const store = openSqliteStore(dir);
    const ids = store.list({ limit: 1000 }).map((s) => s.id);
    expect(ids.length).toBeGreaterThanOrEqual(written + 1);
    for (const id of ids) expect(store.get(id)?.graph.nodes).toHaveLength(4000);
    store.close();
  });
});
