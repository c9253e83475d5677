import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, vi } from 'vitest';
import { snapshotStore } from '../../server/snapshots/current';

/** The server's snapshot store, in SQLite in a fresh directory, closed and removed after the file's tests. */
export function useTempSnapshotStore(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `hopscope-${name}-`));
  vi.stubEnv('HOPSCOPE_DATA_DIR', join(dir, 'data'));
  vi.stubEnv('HOPSCOPE_DATABASE_URL', undefined);
  afterAll(async () => {
    await (await snapshotStore()).close();
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });
}
