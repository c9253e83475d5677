import { expect, test } from '@playwright/test';

test('freezes the demo view, reopens it from its link, and lists it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/?ns=shop&node=service%2Fshop%2Fcatalog');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  await page.getByRole('button', { name: 'Freeze', exact: true }).click();
  await page.getByLabel('Title').fill('catalog has no endpoints');
  await page.getByLabel('Note').fill('users see 503 on /api/catalog');
  await page.getByRole('button', { name: 'Freeze and open the link' }).click();
  await expect(page).toHaveURL(/snapshot=[A-Za-z0-9_-]{22}/);
  const banner = page.getByTestId('snapshot-banner');
  await expect(banner).toContainText('Snapshot “catalog has no endpoints”');
  await expect(banner).toContainText('of Demo cluster, frozen');
  await expect(page.getByTestId('snapshot-diff')).toHaveText('No change since: the cluster looks the same now.');
  await expect(page.getByTestId('panel-title')).toHaveText('catalog');

  const link = page.url();
  const id = /snapshot=([A-Za-z0-9_-]{22})/.exec(link)![1]!;
  await page.goto(`/?snapshot=${id}`);
  await expect(page.getByTestId('snapshot-banner')).toContainText('users see 503 on /api/catalog');
  await expect(page.getByTestId('hop-service/shop/catalog')).toHaveAttribute('data-health', 'critical');
  await expect(page.getByTestId('hop-ingress/blog/blog')).toHaveCount(0);

  await page.goto('/snapshots');
  await page.getByLabel('Search snapshots').fill('catalog has');
  await expect(page.getByTestId('snapshot-list')).toContainText('catalog has no endpoints');

  // Its exported file, imported from the list page, opens as a snapshot of its own.
  const file = await (await page.request.get(`/api/snapshots/${id}/export`)).body();
  await page.getByLabel('Import a snapshot file').setInputFiles({ name: 'incident.json', mimeType: 'application/json', buffer: file });
  await expect(page).toHaveURL(new RegExp(`snapshot=(?!${id})[A-Za-z0-9_-]{22}`));
  await expect(page.getByTestId('snapshot-banner')).toContainText('catalog has no endpoints');
  await expect(page.getByTestId('hop-service/shop/catalog')).toHaveAttribute('data-health', 'critical');
});

test('the snapshot API refuses bad input: malformed ids, oversized, cross-site or token-less bodies, and stores nothing then', async ({ request, baseURL }) => {
  expect((await request.get('/api/snapshots/..%2F..%2Fetc')).status()).toBe(400);
  expect((await request.get('/api/snapshots/AAAAAAAAAAAAAAAAAAAAAA')).status()).toBe(404);
  const before = (await (await request.get('/api/snapshots')).json()).length;
  // A page load hands out the CSRF cookie; writes must echo it.
  await request.get('/');
  const token = (await request.storageState()).cookies.find((c) => c.name === 'hopscope_csrf')?.value;
  expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  const headers = { origin: baseURL!, 'x-csrf-token': token! };
  const missing = await request.post('/api/snapshots', { data: { title: 'x', view: {} }, headers: { origin: baseURL! } });
  expect(missing.status()).toBe(403);
  expect((await missing.json()).error).toContain('missing CSRF token');
  const wrong = await request.post('/api/snapshots', { data: { title: 'x', view: {} }, headers: { ...headers, 'x-csrf-token': 'A'.repeat(32) } });
  expect(wrong.status()).toBe(403);
  const huge = await request.post('/api/snapshots', { data: { title: 'x', note: 'y'.repeat(70_000), view: {} }, headers });
  expect(huge.status()).toBe(413);
  const cross = await request.post('/api/snapshots', { data: { title: 'x', view: {} }, headers: { ...headers, origin: 'https://evil.example' } });
  expect(cross.status()).toBe(403);
  const invalid = await request.post('/api/snapshots', { data: { title: '', view: { namespaces: ['Bad_NS'] } }, headers });
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).error).toContain('give the snapshot a title');
  const form = await request.post('/api/snapshots', { form: { title: 'x' }, headers });
  expect(form.status()).toBe(415);
  expect((await (await request.get('/api/snapshots')).json()).length).toBe(before);
  const ok = await request.post('/api/snapshots', { data: { title: 'from the API', view: { namespaces: ['blog'] } }, headers });
  expect(ok.status()).toBe(201);
  const { id } = await ok.json();
  const exported = await (await request.get(`/api/snapshots/${id}/export`)).json();
  expect(exported).toMatchObject({ kind: 'HopscopeSnapshot', title: 'from the API', view: { namespaces: ['blog'] }, namespaces: ['blog'] });
  expect(exported.objects.some((o: { kind: string; metadata: { name: string } }) => o.kind === 'Pod' && o.metadata.name.startsWith('wordpress-'))).toBe(true);
  // The exported file imports again under a new id, rebuilt from its objects to the same graph.
  const imported = await request.post('/api/snapshots/import', { data: exported, headers });
  expect(imported.status()).toBe(201);
  const copy = await (await request.get(`/api/snapshots/${(await imported.json()).id}`)).json();
  expect(copy.id).not.toBe(id);
  expect(copy.graph.nodes.map((n: { id: string }) => n.id).sort()).toEqual(exported.graph.nodes.map((n: { id: string }) => n.id).sort());
  const notASnapshot = await request.post('/api/snapshots/import', { data: { kind: 'PodList', items: [] }, headers });
  expect(notASnapshot.status()).toBe(400);
  expect((await notASnapshot.json()).error).toContain('not a Hopscope snapshot file');
  expect((await request.delete(`/api/snapshots/${id}`, { headers: { ...headers, origin: 'https://evil.example' } })).status()).toBe(403);
  expect((await request.delete(`/api/snapshots/${id}`, { headers: { origin: baseURL! } })).status()).toBe(403);
  expect((await request.delete(`/api/snapshots/${id}`, { headers })).status()).toBe(204);
  expect((await request.get(`/api/snapshots/${id}`)).status()).toBe(404);
});
