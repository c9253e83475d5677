// The page row of `npm run bench` (own process): a shape of N pods served by the production build
// (HOPSCOPE_FILES), opened in Debian's Chromium. Prints when the cards come after the graph API
// answers, when the layout settles, the tab's JS heap, and whether every broken Service of the dump
// is at most two clicks away in the Problems list (checked against a one-shot analysis of the same
// files, then once by clicking). With a screenshot path, saves the page as it opened, with the
// Problems list open.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { buildGraph } from '../lib/analysis/build-graph';
import type { ProblemList } from '../lib/graph/types';
import { loadFiles } from '../server/source/file-source';
import { shapeDir, type ShapeName } from './shapes/shapes';

const shape = process.argv[2] as ShapeName;
const pods = Number(process.argv[3]);
const screenshot = process.argv[4];
const PORT = 3190;
const base = `http://127.0.0.1:${PORT}`;
const root = fileURLToPath(new URL('..', import.meta.url));
const dir = shapeDir(shape, pods);

const started = performance.now();
const server = spawn(process.execPath, ['--max-old-space-size=8192', '--max-semi-space-size=64', join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
  cwd: root,
  env: { ...process.env, HOPSCOPE_SOURCE: 'files', HOPSCOPE_FILES: dir, NEXT_TELEMETRY_DISABLED: '1', HOPSCOPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'hopscope-page-bench-')) },
  stdio: 'ignore',
});
try {
  for (;;) {
    const response = await fetch(`${base}/api/graph`).catch(() => null);
    if (response?.ok) break;
    if (performance.now() - started > 600_000) throw new Error('the server did not answer in 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const readyMs = performance.now() - started;

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
  const answered = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/graph');
  await page.goto(base);
  const response = await answered;
  await response.finished();
  const apiAt = performance.now();
  const bytes = (await response.body()).length;
  await page.locator('[data-testid^="hop-"]').first().waitFor();
  const firstCardsMs = performance.now() - apiAt;
  await page.locator('[data-testid="canvas"][data-layout="done"]').waitFor();
  const settledMs = performance.now() - apiAt;
  const cards = Number(await page.getByTestId('canvas').getAttribute('data-cards'));
  const level = await page.getByTestId('view-level').getAttribute('data-level');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heapMB = (await cdp.send('Runtime.getHeapUsage')).usedSize / 1e6;

  // Every broken Service of the dump (critical, by a one-shot analysis of the same files): one click
  // in the list, or two (its group, then it).
  const list = (await (await fetch(`${base}/api/problems`)).json()) as ProblemList;
  const oneClick = new Set(list.problems.map((p) => p.hop));
  const twoClicks = new Set<string>();
  for (const group of list.groups) {
    const members = (await (await fetch(`${base}/api/problems?cause=${group.cause}&severity=${group.severity}`)).json()) as ProblemList;
    for (const p of members.problems) twoClicks.add(p.hop);
  }
  const cluster = await loadFiles([dir], { kind: 'file', name: shape }, { state: { journal: false } });
  const broken = buildGraph(cluster.state, { namespaces: null }).nodes.filter((n) => n.kind === 'service' && n.health === 'critical').map((n) => n.id);
  const reachable = broken.filter((id) => oneClick.has(id) || twoClicks.has(id)).length;

  // And once by hand: the counts open the list, the worst group opens, its first Service opens.
  await page.getByTestId('problem-counts').click();
  const clickedAt = performance.now();
  await page.getByTestId('problems').locator('li').first().waitFor();
  if (screenshot) await page.screenshot({ path: screenshot });
  const group = page.locator('[data-testid^="problem-group-"]').first();
  if (await group.count()) await group.click();
  const row = page.locator('[data-testid^="problem-service/"]').first();
  const id = (await row.getAttribute('data-testid'))!.slice('problem-'.length);
  await row.click();
  await page.getByTestId(`hop-${id}`).waitFor();
  await page.getByTestId('side-panel').waitFor();
  const openedMs = performance.now() - clickedAt;
  await browser.close();
  console.log(JSON.stringify({ shape, pods, readyMs, apiKB: bytes / 1e3, cards, level, firstCardsMs, settledMs, heapMB, broken: broken.length, reachable, openedMs }));
} finally {
  server.kill('SIGTERM');
}
