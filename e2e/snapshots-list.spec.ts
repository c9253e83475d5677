import { expect, test, type APIRequestContext, type Page } from '@playwright/test';

type ExportedObject = { kind: string; metadata: { name: string; namespace?: string }; status?: { conditions?: { type: string; status: string }[]; containerStatuses?: { ready: boolean }[] } };

/** Headers for a write from this page's context: same origin, and the CSRF token a page load hands out. */
async function writeHeaders(page: Page, baseURL: string): Promise<Record<string, string>> {
  await page.request.get('/');
  const token = (await page.context().storageState()).cookies.find((c) => c.name === 'hopscope_csrf')?.value;
  return { origin: baseURL, 'x-csrf-token': token! };
}

async function freeze(request: APIRequestContext, headers: Record<string, string>, title: string, view: Record<string, unknown>): Promise<string> {
  const created = await request.post('/api/snapshots', { data: { title, view }, headers });
  expect(created.status()).toBe(201);
  return (await created.json()).id;
}

test('the list shows each snapshot\'s problems, namespaces and what changed since, and opens it with its frozen view', async ({ page, baseURL }) => {
  const headers = await writeHeaders(page, baseURL!);
  const title = `catalog broken ${Date.now()}`;
  const id = await freeze(page.request, headers, title, { namespaces: ['shop'], node: 'service/shop/catalog', range: '1h' });

  await page.goto('/snapshots');
  await page.getByLabel('Search snapshots').fill(title);
  const row = page.getByTestId('snapshot-row').filter({ hasText: title });
  await expect(row).toHaveCount(1);
  // catalog has no endpoints: critical.
  await expect(row.getByTestId('snapshot-problems').locator('[data-severity="critical"]')).toHaveText(/[1-9]\d*$/);
  await expect(row.getByTestId('snapshot-namespaces')).toHaveText('shop');
  // The demo does not change: nothing differs now.
  await expect(row.getByTestId('snapshot-changes')).toHaveText('No change since');

  await row.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(new RegExp(`snapshot=${id}`));
  await expect(page).toHaveURL(/ns=shop/);
  await expect(page).toHaveURL(/range=1h/);
  await expect(page.getByTestId('namespace-filter')).toContainText('shop');
  await expect(page.getByLabel('Metrics window')).toHaveValue('1h');
  await expect(page.getByTestId('panel-title')).toHaveText('catalog');
});

test('an imported snapshot opens with its frozen view, and each change since selects its hop: in the snapshot, or live when only live has it', async ({ page, baseURL }) => {
  const headers = await writeHeaders(page, baseURL!);
  const title = `frontend before the rollout ${Date.now()}`;
  const id = await freeze(page.request, headers, title, { namespaces: ['shop'], range: '15m' });
  const file = await (await page.request.get(`/api/snapshots/${id}/export`)).json();
  // The file as if frozen earlier: one frontend pod not there yet, another not ready.
  const frontends = (file.objects as ExportedObject[]).filter((o) => o.kind === 'Pod' && o.metadata.namespace === 'shop' && o.metadata.name.startsWith('frontend-'));
  const [added, recovered] = frontends;
  file.objects = (file.objects as ExportedObject[]).filter((o) => o !== added);
  recovered!.status!.conditions = recovered!.status!.conditions!.map((c) => (c.type === 'Ready' || c.type === 'ContainersReady' ? { ...c, status: 'False' } : c));
  recovered!.status!.containerStatuses = recovered!.status!.containerStatuses!.map((c) => ({ ...c, ready: false }));

  await page.goto('/snapshots');
  await page.getByLabel('Import a snapshot file').setInputFiles({ name: 'rollout.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page).toHaveURL(new RegExp(`snapshot=(?!${id})[A-Za-z0-9_-]{22}`));
  await expect(page).toHaveURL(/ns=shop/);
  await expect(page).toHaveURL(/range=15m/);
  await expect(page.getByTestId('namespace-filter')).toContainText('shop');
  await expect(page.getByLabel('Metrics window')).toHaveValue('15m');

  const diff = page.getByTestId('snapshot-diff');
  const recoveredName = recovered!.metadata.name;
  await expect(diff.getByRole('button', { name: `Pod shop/${recoveredName} warning → ok`, exact: true })).toBeVisible();
  await diff.getByRole('button', { name: `− POD-NOT-READY on Pod shop/${recoveredName}`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`node=pod%2Fshop%2F${recoveredName}`));
  await expect(page).toHaveURL(/snapshot=/);
  await expect(page.getByTestId('panel-title')).toHaveText(recoveredName);

  // A hop added since is not in the snapshot: it opens live.
  await diff.getByRole('button', { name: `+ Pod shop/${added!.metadata.name}`, exact: true }).click();
  await expect(page).not.toHaveURL(/snapshot=/);
  await expect(page).toHaveURL(new RegExp(`node=pod%2Fshop%2F${added!.metadata.name}`));
  await expect(page.getByTestId('panel-title')).toHaveText(added!.metadata.name);
  await expect(page.getByTestId('snapshot-banner')).toHaveCount(0);

  // In the list, the import says what changed since.
  await page.goto('/snapshots');
  await page.getByLabel('Search snapshots').fill(title);
  const imported = page.locator(`[data-testid="snapshot-row"]:not([data-id="${id}"])`).filter({ hasText: title });
  await expect(imported.getByTestId('snapshot-changes')).toHaveText(/^Changed since: \d+ hops?'s? health, 1 added$/);
});

test('deleting a snapshot from the list asks first, and an unknown one is 404 with a sentence', async ({ page, baseURL }) => {
  const headers = await writeHeaders(page, baseURL!);
  const title = `to delete ${Date.now()}`;
  const id = await freeze(page.request, headers, title, { namespaces: ['blog'] });
  await page.goto('/snapshots');
  await page.getByLabel('Search snapshots').fill(title);
  const row = page.getByTestId('snapshot-row').filter({ hasText: title });
  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(row.getByRole('group', { name: `Delete “${title}”?` })).toContainText('for everyone');
  await row.getByRole('button', { name: 'Keep it' }).click();
  expect((await page.request.get(`/api/snapshots/${id}`)).status()).toBe(200);

  await row.getByRole('button', { name: 'Delete', exact: true }).click();
  await row.getByRole('button', { name: 'Delete it' }).click();
  await expect(page.getByTestId('snapshot-row').filter({ hasText: title })).toHaveCount(0);
  expect((await page.request.get(`/api/snapshots/${id}`)).status()).toBe(404);

  const again = await page.request.delete(`/api/snapshots/${id}`, { headers });
  expect(again.status()).toBe(404);
  expect((await again.json()).error).toBe('no such snapshot (it may have been deleted or expired)');
  expect((await page.request.delete(`/api/snapshots/${id}`, { headers: { origin: baseURL! } })).status()).toBe(403);
});

test('the chosen metrics window is what the API, the findings and the panel use', async ({ page, request }) => {
  const layer = await (await request.get('/api/metrics?namespaces=shop&range=1h')).json();
  expect(layer.window).toBe('1h');
  expect(layer.findings.find((f: { id: string }) => f.id === 'MET-5XX-RATIO').message).toContain('in the last 1h');
  const tooLong = await request.get('/api/metrics?range=30d');
  expect(tooLong.status()).toBe(400);
  expect((await tooLong.json()).error).toContain('a window from 1m to 7d');

  await page.goto('/?ns=shop&node=ingress%2Fshop%2Fshop');
  const panel = page.getByTestId('side-panel');
  await expect(panel.getByTestId('metrics-rows')).toContainText('Last 5m');
  await page.getByLabel('Metrics window').selectOption('1h');
  await expect(page).toHaveURL(/range=1h/);
  await expect(panel.getByTestId('metrics-rows')).toContainText('Last 1h');
  await expect(panel).toContainText('got a 5xx in the last 1h');
});
