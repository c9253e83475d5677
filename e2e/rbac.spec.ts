// The read-only developer view against the real test cluster with RBAC: an SRE (group
// hopscope-sre, `view` everywhere) and a developer (`view` in team-a only). Every API route and the
// stream, walked as the developer, must never name anything of team-b.
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { KIND_RESOURCES } from '../server/kube/resources';
import { AdminClient } from '../test/cluster/admin-client';
import { kubeconfigFor, startControlPlane, type ControlPlane } from '../test/cluster/control-plane';
import { FakeKubelet } from '../test/cluster/kubelet';

const HEADER_PORT = 3125;
const TOKEN_PORT = 3126;
const UNTRUSTED_PORT = 3127;
const url = (port: number) => `http://127.0.0.1:${port}`;
const SRE = { 'X-Forwarded-User': 'alice', 'X-Forwarded-Email': 'alice@example.com', 'X-Forwarded-Groups': 'hopscope-sre' };
const DEV = { 'X-Forwarded-User': 'dave', 'X-Forwarded-Groups': 'developers' };
/** Anything of team-b that could leak: its namespace and its objects' names. */
const HIDDEN = ['team-b', 'billing'];

let cp: ControlPlane;
let kubelet: FakeKubelet;
const servers: ChildProcess[] = [];

test.describe.configure({ mode: 'serial', timeout: 180_000 });

function ingress(name: string, host: string, service: string) {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name },
    spec: { ingressClassName: 'nginx', rules: [{ host, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: service, port: { number: 80 } } } }] } }] },
  };
}

/** Hopscope's own identity: get/list/watch on the kinds it reads, and impersonation for header mode. */
async function grantHopscope(api: AdminClient): Promise<void> {
  const groups = new Map<string, string[]>();
  for (const r of KIND_RESOURCES) groups.set(r.group, [...(groups.get(r.group) ?? []), r.resource]);
  await api.create('/apis/rbac.authorization.k8s.io/v1/clusterroles', {
    apiVersion: 'rbac.authorization.k8s.io/v1',
    kind: 'ClusterRole',
    metadata: { name: 'hopscope-reader' },
    rules: [...[...groups].map(([group, resources]) => ({ apiGroups: [group], resources, verbs: ['get', 'list', 'watch'] })), { apiGroups: [''], resources: ['users', 'groups'], verbs: ['impersonate'] }],
  });
  await api.bindClusterRoleEverywhere('hopscope-reader', 'hopscope-reader', { kind: 'User', name: 'hopscope' });
}

function startHopscope(port: number, env: Record<string, string>): ChildProcess {
  const kubeconfig = join(cp.dir, 'hopscope.kubeconfig');
  writeFileSync(kubeconfig, kubeconfigFor(cp.server, cp.tokens.hopscope!, 'hopscope'));
  const server = spawn(process.execPath, [join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, HOPSCOPE_SOURCE: 'live', HOPSCOPE_KUBECONFIG: kubeconfig, NEXT_TELEMETRY_DISABLED: '1', HOPSCOPE_DATA_DIR: mkdtempSync(join(tmpdir(), 'hopscope-rbac-data-')), ...env },
    stdio: 'ignore',
  });
  servers.push(server);
  return server;
}

/** Every API route in the app, as its URL path (`[id]` kept), so a new route cannot skip the walk. */
function apiRoutes(): string[] {
  const root = join('app', 'api');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry === 'route.ts') found.push(`/api/${relative(root, dir).split(sep).join('/')}`);
    }
  };
  walk(root);
  return found.sort();
}

/** A page load hands out the CSRF cookie; returns the headers a write needs. */
async function writeHeaders(request: APIRequestContext, base: string, identity: Record<string, string>): Promise<Record<string, string>> {
  await request.get(`${base}/`, { headers: identity });
  const token = (await request.storageState()).cookies.find((c) => c.name === 'hopscope_csrf')?.value ?? '';
  return { ...identity, origin: base, 'x-csrf-token': token };
}

/** Reads Server-Sent Events until `done` says so (it sees every event as it comes); returns every event's data. */
async function readStream(base: string, path: string, headers: Record<string, string>, done: (events: string[]) => boolean, timeoutMs = 20_000): Promise<string[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const events: string[] = [];
  try {
    const response = await fetch(`${base}${path}`, { headers, signal: controller.signal });
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done: ended, value } = await reader.read();
      if (ended) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
        if (data) events.push(data);
      }
      if (done(events)) break;
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}

test.beforeAll(async () => {
  cp = await startControlPlane([{ user: 'hopscope' }, { user: 'alice', groups: ['hopscope-sre'] }, { user: 'dave', groups: ['developers'] }]);
  const api = new AdminClient(cp.server, cp.adminToken);
  kubelet = new FakeKubelet(api);
  await grantHopscope(api);
  await api.bindClusterRoleEverywhere('sre-view', 'view', { kind: 'Group', name: 'hopscope-sre' });
  await kubelet.node('node-a');
  for (const [ns, app, host] of [['team-a', 'web', 'a.example.com'], ['team-b', 'billing', 'b.example.com']] as const) {
    await kubelet.namespace(ns);
    await api.create(`/api/v1/namespaces/${ns}/services`, { apiVersion: 'v1', kind: 'Service', metadata: { name: app }, spec: { selector: { app }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] } });
    await api.create(`/apis/networking.k8s.io/v1/namespaces/${ns}/ingresses`, ingress(app, host, app));
    await kubelet.pod(ns, `${app}-1`, { labels: { app } });
    await kubelet.ready(ns, `${app}-1`);
  }
  await api.bindClusterRole('team-a', 'dave-view', 'view', { kind: 'User', name: 'dave' });

  startHopscope(HEADER_PORT, { HOPSCOPE_AUTH: 'header', HOPSCOPE_TRUSTED_PROXIES: '127.0.0.1' });
  startHopscope(TOKEN_PORT, { HOPSCOPE_AUTH: 'token' });
  startHopscope(UNTRUSTED_PORT, { HOPSCOPE_AUTH: 'header', HOPSCOPE_TRUSTED_PROXIES: '192.0.2.10/32' });
  const synced = async (base: string, headers: Record<string, string>) => {
    const response = await fetch(`${base}/api/graph`, { headers }).catch(() => null);
    const graph = response?.ok ? ((await response.json()) as { nodes: { id: string }[]; sync?: unknown }) : null;
    return !!graph && !graph.sync && graph.nodes.some((n) => n.id === 'pod/team-b/billing-1');
  };
  await expect.poll(() => synced(url(HEADER_PORT), SRE), { timeout: 90_000 }).toBe(true);
  await expect.poll(() => synced(url(TOKEN_PORT), { Authorization: `Bearer ${cp.tokens.alice}` }), { timeout: 90_000 }).toBe(true);
  await expect.poll(async () => (await fetch(`${url(UNTRUSTED_PORT)}/api/session`).catch(() => null))?.status, { timeout: 90_000 }).toBe(401);
});

test.afterAll(async () => {
  for (const server of servers) server.kill('SIGTERM');
  await cp?.stop();
});

test('the developer walks every API route and the stream and sees nothing of team-b; the SRE sees both', async ({ request }) => {
  const base = url(HEADER_PORT);
  const sreGraph = await (await request.get(`${base}/api/graph`, { headers: SRE })).text();
  expect(sreGraph).toContain('service/team-b/billing');
  expect(sreGraph).toContain('service/team-a/web');

  // The SRE freezes everything, and team-b alone.
  const sreWrite = await writeHeaders(request, base, SRE);
  const all = await request.post(`${base}/api/snapshots`, { headers: sreWrite, data: { title: 'both teams', view: {} } });
  expect(all.status()).toBe(201);
  const allId = (await all.json()).id as string;
  const onlyB = await request.post(`${base}/api/snapshots`, { headers: sreWrite, data: { title: 'billing down', view: { namespaces: ['team-b'] } } });
  expect(onlyB.status()).toBe(201);
  const onlyBId = (await onlyB.json()).id as string;
  expect((await (await request.get(`${base}/api/snapshots/${allId}`, { headers: SRE })).json()).createdBy).toBe('alice@example.com');

  const devWrite = await writeHeaders(request, base, DEV);
  const walked = new Map<string, { status: number; body: string }[]>();
  const visit = async (route: string, path: string, init: { method?: 'GET' | 'POST' | 'DELETE'; data?: unknown } = {}) => {
    const response = await request.fetch(`${base}${path}`, { method: init.method ?? 'GET', headers: init.method && init.method !== 'GET' ? devWrite : DEV, ...(init.data ? { data: init.data } : {}) });
    const seen = { status: response.status(), body: await response.text() };
    walked.set(route, [...(walked.get(route) ?? []), seen]);
    return seen;
  };

  expect((await visit('/api/health', '/api/health')).status).toBe(200);
  const graph = await visit('/api/graph', '/api/graph');
  expect(graph.status).toBe(200);
  expect(graph.body).toContain('service/team-a/web');
  expect(JSON.parse(graph.body).notes.join(' ')).toContain('namespace team-a');
  await visit('/api/graph', '/api/graph?namespaces=team-b');
  await visit('/api/graph', '/api/graph?namespaces=team-a,team-b');
  expect((await visit('/api/trace', '/api/trace?url=http://a.example.com/')).body).toContain('service/team-a/web');
  await visit('/api/trace', '/api/trace?url=http://b.example.com/');
  await visit('/api/metrics', '/api/metrics');
  await visit('/api/metrics', '/api/metrics?namespaces=team-b');
  expect((await visit('/api/metrics/series', '/api/metrics/series?edge=ingress/team-b/billing->service/team-b/billing')).status).toBe(404);
  await visit('/api/metrics/series', '/api/metrics/series?edge=ingress/team-a/web->service/team-a/web');
  const problems = await visit('/api/problems', '/api/problems');
  expect(problems.status).toBe(200);
  expect(JSON.parse(problems.body).problems.length).toBeGreaterThan(0);
  await visit('/api/problems', '/api/problems?namespaces=team-b');
  await visit('/api/problems', '/api/problems?cause=EPS-NOT-READY&severity=warning');
  expect(JSON.parse((await visit('/api/search', '/api/search?q=web')).body).total).toBeGreaterThan(0);
  // The answer repeats the query: a prefix of the hidden name finds nothing without repeating it whole.
  expect(JSON.parse((await visit('/api/search', '/api/search?q=billin')).body).total).toBe(0);
  expect(JSON.parse((await visit('/api/search', '/api/search?q=app%3Dweb')).body).total).toBeGreaterThan(0);
  await visit('/api/search', '/api/search?q=503');
  const me = await visit('/api/session', '/api/session');
  expect(JSON.parse(me.body)).toMatchObject({ name: 'dave', role: 'developer', mode: 'header' });
  const list = await visit('/api/snapshots', '/api/snapshots');
  expect(JSON.parse(list.body).map((s: { id: string }) => s.id)).toEqual([allId]);
  expect((await visit('/api/snapshots', '/api/snapshots', { method: 'POST', data: { title: 'mine', view: {} } })).status).toBe(403);
  const shared = await visit('/api/snapshots/[id]', `/api/snapshots/${allId}`);
  expect(shared.status).toBe(200);
  expect(shared.body).toContain('service/team-a/web');
  expect((await visit('/api/snapshots/[id]', `/api/snapshots/${onlyBId}`)).status).toBe(404);
  const sharedView = await visit('/api/snapshots/[id]/view', `/api/snapshots/${allId}/view`);
  expect(sharedView.status).toBe(200);
  expect(sharedView.body).toContain('service/team-a/web');
  expect((await visit('/api/snapshots/[id]/view', `/api/snapshots/${onlyBId}/view`)).status).toBe(404);
  expect((await visit('/api/snapshots/[id]/problems', `/api/snapshots/${allId}/problems?cause=EPS-NOT-READY&severity=warning`)).status).toBe(200);
  expect((await visit('/api/snapshots/[id]/problems', `/api/snapshots/${onlyBId}/problems?cause=EPS-NOT-READY&severity=warning`)).status).toBe(404);
  expect((await visit('/api/snapshots/[id]', `/api/snapshots/${allId}`, { method: 'DELETE' })).status).toBe(403);
  const exported = await visit('/api/snapshots/[id]/export', `/api/snapshots/${allId}/export`);
  expect(exported.body).toContain('"HopscopeSnapshot"');
  expect((await visit('/api/snapshots/import', '/api/snapshots/import', { method: 'POST', data: JSON.parse(exported.body) })).status).toBe(403);
  await visit('/api/snapshots/[id]/export', `/api/snapshots/${onlyBId}/export`);
  expect((await visit('/api/snapshots/[id]/changes', `/api/snapshots/${allId}/changes`)).status).toBe(200);
  expect((await visit('/api/snapshots/[id]/changes', `/api/snapshots/${onlyBId}/changes`)).status).toBe(404);
  const bundle = await visit('/api/export', '/api/export?node=service/team-a/web');
  expect(bundle.status).toBe(200);
  expect(bundle.body).toContain('service/team-a/web');
  expect((await visit('/api/export', '/api/export?namespaces=team-b')).status).toBe(403);

  // The stream: the first graph, then changes in both namespaces; only team-a's arrive.
  let connected: () => void = () => undefined;
  const first = new Promise<void>((resolve) => (connected = resolve));
  const stream = readStream(base, '/api/stream', DEV, (events) => {
    if (events.length) connected();
    return events.some((e) => e.includes('pod/team-a/web-2'));
  });
  await first;
  await kubelet.pod('team-b', 'billing-2', { labels: { app: 'billing' } });
  await kubelet.ready('team-b', 'billing-2');
  await kubelet.notReady('team-b', 'billing-1', 503);
  await kubelet.pod('team-a', 'web-2', { labels: { app: 'web' } });
  await kubelet.ready('team-a', 'web-2');
  const events = await stream;
  walked.set('/api/stream', events.map((body) => ({ status: 200, body })));
  expect(events.length).toBeGreaterThan(1);

  expect([...walked.keys()].sort()).toEqual(apiRoutes());
  for (const [route, answers] of walked) {
    for (const { body } of answers) for (const hidden of HIDDEN) expect(body, `${route} names ${hidden}`).not.toContain(hidden);
  }
  // The stream's sentinel: team-b changed too, and the SRE sees it.
  expect(await (await request.get(`${base}/api/graph`, { headers: SRE })).text()).toContain('pod/team-b/billing-2');
});

test('the developer opens the SRE’s incident link and sees only team-a hops, read-only', async ({ browser, request }) => {
  const base = url(HEADER_PORT);
  const created = await request.post(`${base}/api/snapshots`, { headers: await writeHeaders(request, base, SRE), data: { title: 'incident: both teams', view: {} } });
  const { id } = (await created.json()) as { id: string };
  const context = await browser.newContext({ extraHTTPHeaders: DEV });
  const page = await context.newPage();
  await page.goto(`${base}/?snapshot=${id}`);
  await expect(page.getByTestId('snapshot-banner')).toContainText('incident: both teams');
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  await expect(page.getByTestId('hop-service/team-a/web')).toBeVisible();
  await expect(page.locator('[data-testid^="hop-"][data-testid*="team-b"]')).toHaveCount(0);
  await expect(page.getByTestId('viewer-badge')).toContainText('read-only');
  await page.goto(`${base}/`);
  await expect(page.getByTestId('canvas')).toHaveAttribute('data-layout', 'done');
  await expect(page.getByRole('button', { name: 'Freeze', exact: true })).toHaveCount(0);
  expect(await page.content()).not.toContain('team-b');
  await context.close();
});

test('token mode: the person signs in with their own token and sees what their RBAC allows', async ({ request }) => {
  const base = url(TOKEN_PORT);
  const anonymous = await request.get(`${base}/api/graph`);
  expect(anonymous.status()).toBe(401);
  expect(anonymous.headers()['www-authenticate']).toMatch(/^Bearer/);
  const write = await writeHeaders(request, base, {});
  expect((await request.post(`${base}/api/session`, { headers: write, data: { token: 'not-a-token' } })).status()).toBe(401);
  const signIn = await request.post(`${base}/api/session`, { headers: write, data: { token: cp.tokens.dave } });
  expect(signIn.status()).toBe(200);
  expect(signIn.headers()['set-cookie']).toMatch(/hopscope_session=.*HttpOnly/i);
  const mine = await (await request.get(`${base}/api/graph`)).text();
  expect(mine).toContain('service/team-a/web');
  for (const hidden of HIDDEN) expect(mine).not.toContain(hidden);
  const sre = await (await request.get(`${base}/api/graph`, { headers: { Authorization: `Bearer ${cp.tokens.alice}` } })).text();
  expect(sre).toContain('service/team-b/billing');
  expect((await request.delete(`${base}/api/session`, { headers: write })).status()).toBe(204);
  expect((await request.get(`${base}/api/graph`)).status()).toBe(401);
});

test('header mode refuses a request that names two people: X-Forwarded-User sent twice', async () => {
  const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: HEADER_PORT, path: '/api/graph', headers: { 'X-Forwarded-User': ['bob', 'alice'], 'X-Forwarded-Groups': 'hopscope-sre' } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
  expect(answer.status).toBe(400);
  expect(JSON.parse(answer.body).error).toContain('x-forwarded-user came more than once');
});

test('header mode refuses identity headers from an address that is not a trusted proxy', async ({ request }) => {
  const forged = await request.get(`${url(UNTRUSTED_PORT)}/api/graph`, { headers: { ...SRE, 'X-Hopscope-Peer': '192.0.2.10', 'X-Forwarded-For': '192.0.2.10' } });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error).toContain('not a trusted proxy');
  expect((await request.get(`${url(UNTRUSTED_PORT)}/api/graph`)).status()).toBe(401);
});
