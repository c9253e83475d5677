import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

async function openDemo(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
}

async function save(page: Page, item: RegExp): Promise<{ name: string; body: Buffer }> {
  await page.getByRole('button', { name: 'Export' }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: file.suggestedFilename(), body: readFileSync((await file.path())!) };
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('exports the view as PNG and SVG: non-empty, and the SVG names every hop in view', async ({ page }) => {
  await openDemo(page, '?ns=shop');
  const names = await page.locator('.react-flow__node [data-testid^="hop-"] .text-\\[13px\\]').allTextContents();
  expect(names.length).toBeGreaterThan(5);

  const png = await save(page, /PNG/);
  expect(png.name).toMatch(/^hopscope-demo-cluster-.*\.png$/);
  expect(png.body.subarray(1, 4).toString()).toBe('PNG');
  expect(png.body.length).toBeGreaterThan(10_000);

  const svg = await save(page, /SVG/);
  expect(svg.name).toMatch(/\.svg$/);
  const text = svg.body.toString();
  expect(text).toContain('<svg');
  for (const name of names) expect(text, name).toContain(xmlText(name));
});

test('the JSON bundle of the view opens again through import, with its view', async ({ page }) => {
  await openDemo(page, '?ns=shop&node=service%2Fshop%2Fcatalog&range=1h');
  const bundle = await save(page, /JSON/);
  expect(bundle.name).toMatch(/\.json$/);
  const file = JSON.parse(bundle.body.toString()) as { kind: string; view: { namespaces: string[]; node: string }; graph: { nodes: { id: string }[] } };
  expect(file.kind).toBe('HopscopeSnapshot');
  expect(file.view.namespaces).toEqual(['shop']);
  expect(file.view.node).toBe('service/shop/catalog');
  expect(file.graph.nodes.some((n) => n.id === 'service/shop/catalog')).toBe(true);

  await page.goto('/snapshots');
  await page.getByLabel('Import a snapshot file').setInputFiles({ name: bundle.name, mimeType: 'application/json', buffer: bundle.body });
  await expect(page).toHaveURL(/snapshot=[A-Za-z0-9_-]{22}/);
  await expect(page.getByTestId('snapshot-banner')).toBeVisible();
  await expect(page.getByTestId('hop-service/shop/catalog')).toHaveAttribute('data-health', 'critical');
  await expect(page.getByTestId('panel-title')).toHaveText('catalog');
});

test('route labels sit at their edge’s arrival, beside the card and never over one; dimmed with their path', async ({ page }) => {
  await openDemo(page, '?node=ingress%2Fshop%2Fshop');
  const labels = page.locator('[data-testid^="edge-label-"]');
  await expect(labels.first()).toBeVisible();
  const boxes = await page.evaluate(() => {
    const rect = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
    return {
      cards: [...document.querySelectorAll('.react-flow__node')].map((n) => ({ id: n.getAttribute('data-id')!, ...rect(n) })),
      labels: [...document.querySelectorAll('[data-testid^="edge-label-"]')].map((l) => ({ edge: l.getAttribute('data-testid')!.slice('edge-label-'.length), opacity: Number(getComputedStyle(l).opacity), ...rect(l) })),
    };
  });
  const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  for (const label of boxes.labels) {
    for (const card of boxes.cards) expect(overlaps(label, card), `${label.edge} over ${card.id}`).toBe(false);
    const target = boxes.cards.find((c) => label.edge.endsWith(`->${c.id}`))!;
    expect(target.left - label.right, label.edge).toBeLessThan(20);
    expect(target.left - label.right, label.edge).toBeGreaterThanOrEqual(0);
  }
  // A "blocked by" label off the selected path is dimmed with it.
  const blocked = boxes.labels.filter((l) => !l.edge.includes('shop'));
  expect(blocked.length).toBeGreaterThan(0);
  for (const label of blocked) expect(label.opacity, label.edge).toBeLessThan(0.5);
});

test('the panel keeps long labels beside their values, metric values on one line, and the sparkline has axes', async ({ page }) => {
  await openDemo(page, '?node=ingress%2Fshop%2Fshop');
  const panel = page.getByTestId('side-panel');
  for (const row of await panel.locator('[data-testid="hop-details"] dl > div, [data-testid="metric-row"]').all()) {
    const [dt, dd] = [row.locator('dt'), row.locator('dd')];
    const a = (await dt.boundingBox())!;
    const b = (await dd.boundingBox())!;
    expect(a.x + a.width, await dt.textContent() ?? '').toBeLessThanOrEqual(b.x + 1);
    const dtScroll = await dt.evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(dtScroll, await dt.textContent() ?? '').toBe(true);
  }
  const values = panel.getByTestId('metric-row').locator('dd');
  expect(await values.count()).toBeGreaterThan(0);
  for (const value of await values.all()) {
    const lines = await value.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
    });
    expect(lines, await value.textContent() ?? '').toBe(1);
  }
  await expect(panel.getByTestId('sparkline-y')).toContainText('req/s');
  await expect(panel.getByTestId('sparkline-x')).toContainText('now');
});

test('opening a folded group can be undone: "Fold it again" and Back', async ({ page }) => {
  await openDemo(page);
  const pods = page.locator('[data-testid^="hop-pod/shop/frontend-"]');
  await page.getByTestId('hop-group/endpoints/shop/frontend').getByRole('button', { name: 'Show all' }).click();
  await expect(pods).toHaveCount(8);
  await page.getByTestId('fold-again').click();
  await expect(pods).toHaveCount(0);
  await expect(page.getByTestId('hop-group/endpoints/shop/frontend')).toBeVisible();
  await page.getByTestId('hop-group/endpoints/shop/frontend').getByRole('button', { name: 'Show all' }).click();
  await expect(pods).toHaveCount(8);
  await page.goBack();
  await expect(pods).toHaveCount(0);
});
