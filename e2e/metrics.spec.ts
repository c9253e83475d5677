import { expect, test } from '@playwright/test';

test('the demo shows rate, 5xx and p95 on the Ingress -> Service edges, and a 5xx spike marks its hop critical with the finding', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  await expect(page.getByTestId('metrics-status')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('metrics-status')).toContainText('ingress-nginx');
  await expect(page.getByTestId('hop-ingress/shop/shop')).toHaveAttribute('data-health', 'critical');
  await expect(page.getByTestId('hop-ingress/blog/blog')).toHaveAttribute('data-health', 'ok');

  // One namespace fits the screen (the whole demo is taller than it, and is panned, not shrunk).
  await page.goto('/?ns=shop');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  const shop = page.getByTestId('hop-ingress/shop/shop');
  await shop.click();
  const panel = page.getByTestId('side-panel');
  await expect(panel.getByTestId('finding-MET-5XX-RATIO').first()).toBeVisible();
  await expect(panel).toContainText('100 % of the 9.1 req/s from shop/shop -> shop/catalog got a 5xx in the last 5m');
  await expect(panel.getByTestId('metrics-rows')).toContainText('9.1 req/s · 5xx 100 % · p95 2 ms');
  await expect(page.getByTestId('edge-label-ingress/shop/shop->service/shop/frontend')).toContainText('42 req/s · 5xx 0.2 % · p95 180 ms');

  await expect(panel.getByTestId('sparkline')).toHaveAttribute('data-points', '21');
  await page.getByLabel('Metrics window').selectOption('1h');
  await expect(page).toHaveURL(/range=1h/);
  await expect(panel.getByTestId('sparkline')).toHaveAttribute('data-points', '31');
  await page.getByLabel('Metrics window').selectOption('custom');
  await page.getByLabel('Custom metrics window, e.g. 30m or 2h').fill('30m');
  await page.getByLabel('Custom metrics window, e.g. 30m or 2h').press('Enter');
  await expect(page).toHaveURL(/range=30m/);
  await page.reload();
  await expect(page.getByLabel('Metrics window')).toHaveValue('30m');
  await page.screenshot({ path: 'e2e/screenshots/metrics.png' });
});

test('the metrics API answers with a layer, and rejects a bad window', async ({ request }) => {
  const layer = await (await request.get('/api/metrics?namespaces=blog')).json();
  expect(layer).toMatchObject({ status: 'ok', window: '5m', edges: { 'ingress/blog/blog->service/blog/wordpress': { rate: 1.2, errorRatio: 0 } } });
  expect(Object.keys(layer.edges)).toEqual(['ingress/blog/blog->service/blog/wordpress']);
  const series = await (await request.get(`/api/metrics/series?edge=${encodeURIComponent('ingress/blog/blog->service/blog/wordpress')}`)).json();
  expect(series.points).toHaveLength(21);
  expect(series.points[0]).toMatchObject({ rate: 1.2, errorRatio: 0 });
  expect((await request.get('/api/metrics/series?edge=pod%2Fx')).status()).toBe(400);
  expect((await request.get(`/api/metrics/series?edge=${encodeURIComponent('ingress/blog/nope->service/blog/wordpress')}`)).status()).toBe(404);
  const bad = await request.get('/api/metrics?range=5m%5D%20or%20up');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain('range: a window such as 5m, 15m, 1h or 6h');
});
