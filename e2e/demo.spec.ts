import { expect, test, type Page } from '@playwright/test';

const CATALOG = 'service/shop/catalog';
const hop = (page: Page, id: string) => page.getByTestId(`hop-${id}`);

async function openDemo(page: Page, query = '') {
  await page.goto(`/${query}`);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
}

test('shows the demo diagram, explains the selector typo, and keeps the selection in the URL', async ({ page }) => {
  await openDemo(page);
  await expect(page.getByTestId('demo-banner')).toContainText('Demo cluster');
  for (const id of ['client', 'ingress/shop/shop', CATALOG, 'endpoints/shop/catalog', 'service/payments/payments-webhooks']) await expect(hop(page, id)).toBeVisible();
  await expect(hop(page, CATALOG)).toHaveAttribute('data-health', 'critical');
  await expect(hop(page, 'ingress/blog/blog')).toHaveAttribute('data-health', 'ok');

  await hop(page, CATALOG).click();
  await expect(page).toHaveURL(/node=service%2Fshop%2Fcatalog/);
  const failing = page.getByTestId('side-panel').getByTestId('findings-failing-now');
  await expect(failing).toContainText('Failing now');
  const finding = failing.getByTestId('finding-SVC-SELECTOR-NOMATCH');
  await expect(finding.getByTestId('finding-symptom')).toHaveText('Users see 503');
  await expect(finding.getByTestId('finding-message')).toContainText('have app=catalog, the selector wants app=catalogue');

  await page.reload();
  await expect(page.getByTestId('panel-title')).toHaveText('catalog');
  await expect(page.getByTestId('side-panel').getByTestId('finding-SVC-SELECTOR-NOMATCH')).toContainText('app=catalog');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  await page.screenshot({ path: 'e2e/screenshots/demo.png' });
});

test('the namespace filter narrows the graph and lives in the URL', async ({ page }) => {
  await openDemo(page);
  await page.getByTestId('namespace-filter').click();
  await page.getByTestId('ns-option-payments').click();
  await expect(page.getByTestId('ns-option-payments')).toBeChecked();
  await expect(page).toHaveURL(/ns=payments/);
  await expect(hop(page, 'service/payments/payments-api')).toBeVisible();
  await expect(hop(page, CATALOG)).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('namespace-filter')).toHaveText(/payments/);
  await expect(hop(page, CATALOG)).toHaveCount(0);
});

test('Escape clears the selection and the search dims hops that do not match', async ({ page }) => {
  await openDemo(page, '?node=service%2Fshop%2Fcart-api');
  await expect(page.getByTestId('side-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/node=/);
  await page.keyboard.press('/');
  await page.keyboard.type('grafana');
  await expect(page).toHaveURL(/q=grafana/);
  await expect.poll(async () => hop(page, 'service/monitoring/grafana').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
  await expect.poll(async () => hop(page, CATALOG).evaluate((el) => Number(getComputedStyle(el).opacity))).toBeLessThan(0.5);
});

test('the graph API rejects bad parameters with a message', async ({ request }) => {
  const bad = await request.get('/api/graph?namespaces=Bad_Name');
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain('namespaces');
  const unknown = await request.get('/api/graph?colour=red');
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).error).toContain('unknown parameter "colour"');
  const good = await request.get('/api/graph?namespaces=shop');
  expect(good.status()).toBe(200);
  expect((await good.json()).scope).toEqual({ namespaces: ['shop'] });
});

test('a Service with many healthy pods shows them as one card that expands', async ({ page }) => {
  await openDemo(page);
  const group = hop(page, 'group/endpoints/shop/frontend');
  await expect(group).toContainText('8 healthy pods');
  await expect(page.locator('[data-testid^="hop-pod/shop/frontend-"]')).toHaveCount(0);
  await group.getByRole('button', { name: 'Show all' }).click();
  await expect(page.locator('[data-testid^="hop-pod/shop/frontend-"]')).toHaveCount(8);
});

test('pages carry a nonce-based Content Security Policy and run under it without violations', async ({ page, request }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load)/.test(message.text())) violations.push(message.text());
  });
  const response = await request.get('/');
  const csp = response.headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(response.headers()['x-frame-options']).toBe('DENY');
  await page.goto('/');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  expect(violations).toEqual([]);
});

test('the Problems list shows what fails now first, and says where the risks start', async ({ page, request }) => {
  const list = (await (await request.get('/api/problems')).json()) as { problems: { id: string; class: string }[] };
  const risks = list.problems.filter((p) => p.class === 'risk');
  expect(risks.length).toBeGreaterThan(0);
  expect(list.problems.findIndex((p) => p.class === 'risk')).toBe(list.problems.length - risks.length);
  await openDemo(page, '?panel=problems');
  const heading = page.getByTestId('problems-risks');
  await expect(heading).toHaveCount(1);
  await expect(heading).toHaveText(/Risks/i);
  const after = await heading.evaluate((el) => [...el.parentElement!.children].slice([...el.parentElement!.children].indexOf(el) + 1).map((li) => li.querySelector('[data-testid^="problem-"]')?.getAttribute('data-testid')));
  expect(after.filter(Boolean).sort()).toEqual(risks.map((p) => `problem-${p.id}`).sort());
});
