import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.HOPSCOPE_E2E_PORT ?? 3123);

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.HOPSCOPE_CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
    },
  },
  // The production build (scripts/test.sh runs `next build` first), on the bundled demo cluster even
  // where a kubeconfig exists.
  webServer: {
    command: `npx next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/api/graph`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    // Snapshots go to a fresh data directory per run.
    env: { HOPSCOPE_SOURCE: 'demo', NEXT_TELEMETRY_DISABLED: '1', HOPSCOPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'hopscope-e2e-data-')) },
  },
});
