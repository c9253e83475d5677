import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { snapshotFixture } from '../../test/snapshots/fixture';
import { snapshotStore } from './current';

const DAY = 86_400_000;
const dir = mkdtempSync(join(tmpdir(), 'hopscope-current-'));
vi.stubEnv('HOPSCOPE_DATA_DIR', join(dir, 'data'));
vi.stubEnv('HOPSCOPE_DATABASE_URL', undefined);
vi.stubEnv('HOPSCOPE_SNAPSHOT_RETENTION_DAYS', '30');
afterAll(async () => {
  await (await snapshotStore()).close();
  vi.useRealTimers();
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('the snapshot store of a running server', () => {
  it('forgets a snapshot that expires while the server runs, not only at start', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const start = Date.now();
    const store = await snapshotStore();
    await store.create({ ...snapshotFixture('aging'), createdAt: new Date(start - 29 * DAY).toISOString() });
    await store.create(snapshotFixture('fresh'));

    vi.setSystemTime(start + 2 * DAY);
    const later = await snapshotStore();
    expect(later).toBe(store);
    expect(await later.get('aging')).toBeNull();
    expect((await later.list()).map((s) => s.id)).toEqual(['fresh']);
  });
});
