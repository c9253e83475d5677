import { expect, test, type Page } from '@playwright/test';

const hop = (page: Page, id: string) => page.getByTestId(`hop-${id}`);
const edge = (page: Page, id: string) => page.getByTestId(`rf__edge-${id}`);

async function trace(page: Page, url: string) {
  const input = page.getByTestId('trace-input');
  await input.fill(url);
  await input.press('Enter');
}

test('traces a URL on the demo: the path is highlighted, the rest dimmed, and the link keeps it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  await page.keyboard.press('t');
  await expect(page.getByTestId('trace-input')).toBeFocused();
  await trace(page, 'https://blog.example.com/2026/11/hello-world?utm=1');

  const result = page.getByTestId('trace-result');
  await expect(result).toHaveAttribute('data-status', '200');
  await expect(page.getByTestId('trace-summary')).toHaveText('Served by 2 ready pods of Service blog/wordpress on port 80.');
  await expect(result).toContainText('Ingress blog/blog: blog.example.com / (Prefix)');
  await expect(page.getByTestId('trace-policy')).toHaveText('NetworkPolicy allowed (blog/allow-ingress-nginx)');
  await expect(edge(page, 'ingress/blog/blog->service/blog/wordpress')).toHaveClass(/traced/);
  await expect(hop(page, 'service/blog/wordpress')).toHaveAttribute('data-dimmed', 'false');
  await expect(hop(page, 'ingress/shop/shop')).toHaveAttribute('data-dimmed', 'true');
  await expect(page.getByTestId('trace-stop')).toHaveCount(0);
  await expect(page).toHaveURL(/trace=https%3A%2F%2Fblog\.example\.com%2F2026%2F11%2Fhello-world%3Futm%3D1/);

  await page.reload();
  await expect(page.getByTestId('trace-result')).toHaveAttribute('data-status', '200');
  await expect(page.getByTestId('trace-input')).toHaveValue('https://blog.example.com/2026/11/hello-world?utm=1');
});

test('traces a URL that a NetworkPolicy blocks: the blocked edge names the policy and the finding explains it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  await trace(page, 'reviews.example.com/product/42/reviews');

  const result = page.getByTestId('trace-result');
  await expect(result).toHaveAttribute('data-status', 'timeout');
  await expect(page.getByTestId('trace-summary')).toHaveText('NetworkPolicies reviews/default-deny-ingress, reviews/allow-from-frontend block the controller from every ready pod: the connection times out and the controller answers 504.');
  await expect(page.getByTestId('trace-policy')).toHaveText('NetworkPolicy blocked (reviews/default-deny-ingress, reviews/allow-from-frontend)');
  const blocked = page.locator('[data-testid^="rf__edge-endpoints/reviews/reviews->pod/reviews/"]');
  await expect(blocked).toHaveCount(2);
  await expect(blocked.first()).toHaveClass(/policy-blocked/);
  await expect(page.locator('[data-testid^="edge-label-endpoints/reviews/reviews->pod/reviews/"]').first()).toContainText('blocked by reviews/default-deny-ingress +1');
  // The hop where the request stops is marked on the canvas, once.
  await expect(page.getByTestId('trace-stop')).toHaveCount(1);
  await expect(page.locator('[data-testid^="hop-"]', { has: page.getByTestId('trace-stop') })).toHaveAttribute('data-dimmed', 'false');

  await result.getByRole('button', { name: 'NP-INGRESS-CTRL-BLOCKED' }).click();
  await expect(page.getByTestId('panel-title')).toHaveText('reviews');
  await expect(page.getByTestId('side-panel').getByTestId('finding-NP-INGRESS-CTRL-BLOCKED')).toContainText('block the controller pods of k8s.io/ingress-nginx');
  await page.screenshot({ path: 'e2e/screenshots/trace-blocked.png' });
});

test('the trace API answers with the path, and rejects bad input with a message', async ({ request }) => {
  const ok = await request.get(`/api/trace?url=${encodeURIComponent('https://shop.example.com/api/catalog/items')}`);
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({ via: 'ingress', outcome: { status: 503, findings: expect.arrayContaining(['EPS-EMPTY', 'SVC-SELECTOR-NOMATCH']) } });
  const gateway = await (await request.get(`/api/trace?url=${encodeURIComponent('http://www.example.com/products')}&header=${encodeURIComponent('X-Canary: yes')}`)).json();
  expect(gateway).toMatchObject({ via: 'httproute', route: { node: 'httproute/shop/storefront-v2' }, request: { headers: { 'X-Canary': 'yes' } }, outcome: { status: 200 } });
  const refunds = await (await request.get(`/api/trace?url=${encodeURIComponent('http://pay-api.example.com/refunds/42')}&method=POST`)).json();
  expect(refunds.outcome).toMatchObject({ status: 500, findings: expect.arrayContaining(['RT-XNS-GRANT']) });
  const bad = await request.get('/api/trace?url=ftp%3A%2F%2Fx');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toBe('url: "ftp://x" is not an http(s) URL');
  expect((await request.get('/api/trace?url=x.com&colour=red')).status()).toBe(400);
  expect((await (await request.get('/api/trace?url=x.com&header=nocolon')).json()).error).toContain('is not "Name: value"');
});

test('a trace that reaches pods still says when the path fails now: OOM-killed pods and the measured 5xx share', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('metrics-status')).toHaveAttribute('data-status', 'ok');
  await trace(page, 'http://shop.example.com/api/recommendations');
  const result = page.getByTestId('trace-result');
  await expect(result).toHaveAttribute('data-status', '200');
  await expect(page.getByTestId('trace-summary')).toContainText('200 expected, but the path is failing now');
  const warnings = page.getByTestId('trace-warning');
  await expect(warnings.filter({ hasText: 'POD-OOMKILLED' }).first()).toBeVisible();
  await expect(warnings.filter({ hasText: 'MET-5XX-RATIO' })).toHaveCount(1);
  await expect(result.getByRole('img', { name: 'Warning' })).toBeVisible();
});

test('an https URL whose TLS Secret is missing fails at the handshake first, and the stop is marked', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  await trace(page, 'https://reviews.example.com/');
  await expect(page.getByTestId('trace-result')).toHaveAttribute('data-status', 'tls-error');
  await expect(page.getByTestId('trace-summary')).toContainText('Past the handshake');
  await expect(hop(page, 'ingress/reviews/reviews').getByTestId('trace-stop')).toBeVisible();
});
