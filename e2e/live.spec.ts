import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { AdminClient } from '../test/cluster/admin-client';
import { startControlPlane, type ControlPlane } from '../test/cluster/control-plane';
import { FakeKubelet } from '../test/cluster/kubelet';

const PORT = 3124;
const BASE = `http://127.0.0.1:${PORT}`;
let cp: ControlPlane;
let kubelet: FakeKubelet;
let server: ChildProcess;

test.describe.configure({ mode: 'serial', timeout: 120_000 });

test.beforeAll(async () => {
  cp = await startControlPlane();
  const api = new AdminClient(cp.server, cp.adminToken);
  kubelet = new FakeKubelet(api);
  await kubelet.node('node-a');
  await kubelet.namespace('shop');
  await api.create('/api/v1/namespaces/shop/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'cart' }, spec: { selector: { app: 'cart' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] } });
  await kubelet.pod('shop', 'cart-1', { labels: { app: 'cart' } });
  await kubelet.ready('shop', 'cart-1');
  // The production build, pointed at the test cluster as a user would with --kubeconfig.
  server = spawn(process.execPath, [join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, HOPSCOPE_SOURCE: 'live', HOPSCOPE_KUBECONFIG: cp.kubeconfig, NEXT_TELEMETRY_DISABLED: '1', HOPSCOPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'hopscope-live-data-')) },
    stdio: 'ignore',
  });
  await expect.poll(async () => (await fetch(`${BASE}/api/graph?namespaces=shop`).catch(() => null))?.status, { timeout: 60_000 }).toBe(200);
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await cp?.stop();
});

test('a pod failing readiness turns critical in the open page within 2 s, without reload', async ({ page }) => {
  await page.goto(`${BASE}/?ns=shop`);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  await expect(page.getByTestId('live-indicator')).toHaveAttribute('data-state', 'live');
  await expect(page.getByTestId('sync-progress')).toHaveCount(0);
  const pod = page.getByTestId('hop-pod/shop/cart-1');
  const slices = page.getByTestId('hop-endpoints/shop/cart');
  const service = page.getByTestId('hop-service/shop/cart');
  await expect(pod).toHaveAttribute('data-health', 'ok');
  // One replica: SVC-SINGLE-ENDPOINT makes it a warning before anything fails.
  await expect(service).toHaveAttribute('data-health', 'warning');
  const before = await pod.boundingBox();

  await kubelet.notReady('shop', 'cart-1', 404);
  const changed = Date.now();
  await expect(pod).toHaveAttribute('data-health', 'critical', { timeout: 2000 });
  await expect(slices).toHaveAttribute('data-health', 'critical', { timeout: 2000 });
  await expect(service).toHaveAttribute('data-health', 'critical', { timeout: 2000 });
  expect(Date.now() - changed).toBeLessThan(2000);
  expect(await pod.boundingBox()).toEqual(before);
  await expect(page.getByTestId('live-indicator')).toContainText(/Live\s*·\s*\d/);
});

test('a frozen view reopens from its link after the cluster changed, with the diff against now', async ({ page }) => {
  await page.goto(`${BASE}/?ns=shop`);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  await expect(page.getByTestId('hop-pod/shop/cart-1')).toHaveAttribute('data-health', 'critical');
  await page.getByRole('button', { name: 'Freeze', exact: true }).click();
  await page.getByLabel('Title').fill('cart has no ready pod');
  await page.getByRole('button', { name: 'Freeze and open the link' }).click();
  await expect(page).toHaveURL(/snapshot=[A-Za-z0-9_-]{22}/);
  const link = page.url();

  // The cluster moves on: a second pod comes up ready.
  await kubelet.pod('shop', 'cart-2', { labels: { app: 'cart' } });
  await kubelet.ready('shop', 'cart-2');
  await expect.poll(async () => ((await (await fetch(`${BASE}/api/graph?namespaces=shop`)).json()) as { nodes: { id: string }[] }).nodes.some((n) => n.id === 'pod/shop/cart-2'), { timeout: 15_000 }).toBe(true);

  await page.goto(link);
  await expect(page.getByTestId('snapshot-banner')).toContainText('Snapshot “cart has no ready pod”');
  // The frozen view: as it was, without the new pod.
  await expect(page.getByTestId('hop-pod/shop/cart-1')).toHaveAttribute('data-health', 'critical');
  await expect(page.getByTestId('hop-pod/shop/cart-2')).toHaveCount(0);
  const diff = page.getByTestId('snapshot-diff');
  await expect(diff).toContainText('+ Pod shop/cart-2');
  await expect(diff).toContainText('Service shop/cart critical → warning');
  await expect(diff).toContainText('EndpointSlices shop/cart critical → warning');
  await expect(diff).toContainText('Pod shop/cart-1 critical → warning');
  await page.screenshot({ path: 'e2e/screenshots/snapshot-diff.png' });
});
