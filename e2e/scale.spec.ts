// A real-size cluster in the browser: a generated 10,000-pod dump (the bench's multi-tenant shape)
// served by the production build. The page opens folded to what it can draw, and a broken Service is
// found from the Problems list and opened.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { multiTenantObjects } from '../bench/shapes/multi-tenant';
import { writeLists } from '../bench/shapes/write';
import { CARD_BUDGET } from '../lib/view/build-view';

const PORT = 3128;
const base = `http://127.0.0.1:${PORT}`;
let server: ChildProcess;
let dump: string;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  dump = mkdtempSync(join(tmpdir(), 'hopscope-10k-'));
  writeLists(multiTenantObjects(10_000), dump);
  server = spawn(process.execPath, [join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, HOPSCOPE_SOURCE: 'files', HOPSCOPE_FILES: dump, NEXT_TELEMETRY_DISABLED: '1', HOPSCOPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'hopscope-10k-data-')) },
    stdio: 'ignore',
  });
  await expect.poll(async () => (await fetch(`${base}/api/graph`).catch(() => null))?.status, { timeout: 120_000 }).toBe(200);
});

test.afterAll(() => {
  server?.kill('SIGTERM');
  rmSync(dump, { recursive: true, force: true });
});

test('opens a 10,000-pod cluster folded to what it can draw, lists its problems, and opens a broken Service from the list', async ({ page }) => {
  await page.goto(base);
  const canvas = page.getByTestId('canvas');
  await expect(canvas).toHaveAttribute('data-layout', 'done');
  const cards = Number(await canvas.getAttribute('data-cards'));
  expect(cards).toBeGreaterThan(50);
  expect(cards).toBeLessThanOrEqual(CARD_BUDGET);
  await expect(page.getByTestId('view-level')).toHaveAttribute('data-level', /services|overview/);

  // The header's counts open the Problems list; the broken selectors are one group, opened in one click.
  await page.getByTestId('problem-counts').click();
  const problems = page.getByTestId('problems');
  const group = problems.getByTestId('problem-group-SVC-SELECTOR-NOMATCH');
  await expect(group).toContainText('Service selector matches no pod');
  await group.click();
  const broken = problems.locator('[data-testid^="problem-service/"]').first();
  await expect(broken).toBeVisible();
  const id = (await broken.getAttribute('data-testid'))!.slice('problem-'.length);
  await broken.click();

  // The Service is drawn with its path, selected, and the side panel explains it.
  await expect(page).toHaveURL(new RegExp(`node=${encodeURIComponent(id)}`));
  await expect(page.getByTestId(`hop-${id}`)).toBeVisible();
  await expect(page.getByTestId('side-panel').getByTestId('panel-title')).toHaveText(id.split('/')[2]!);
  await expect(page.getByTestId('side-panel').getByTestId('finding-SVC-SELECTOR-NOMATCH')).toBeVisible();
});
