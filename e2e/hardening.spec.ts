// What an attacker or a careless client sends, against the production build on the demo: nothing
// stalls or kills the server, nothing is trusted beyond what it is.
import { request as http } from 'node:http';
import { expect, test, type APIRequestContext } from '@playwright/test';

interface Answer {
  status: number;
  body: string;
}

/** A request with headers a browser's fetch would not let us set (Host, several of one name), from a chosen local address. */
function raw(baseURL: string, path: string, options: { method?: string; headers?: Record<string, string | string[]>; body?: string; from?: string } = {}): Promise<Answer> {
  const url = new URL(path, baseURL);
  return new Promise((resolve, reject) => {
    const req = http({ host: url.hostname, port: url.port, path: url.pathname + url.search, method: options.method ?? 'GET', headers: options.headers, localAddress: options.from }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk.length < 4096 ? chunk : ''));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

async function writeHeaders(request: APIRequestContext, baseURL: string): Promise<Record<string, string>> {
  await request.get('/');
  const token = (await request.storageState()).cookies.find((c) => c.name === 'hopscope_csrf')!.value;
  return { origin: baseURL, 'x-csrf-token': token, 'content-type': 'application/json', cookie: `hopscope_csrf=${token}` };
}

test('answers only for the names it is reached by: another Host gets 421 on pages, API routes and the stream, the health check excepted', async ({ baseURL }) => {
  const port = new URL(baseURL!).port;
  for (const path of ['/', '/api/graph', '/api/stream', '/api/trace?url=http://shop.example.com/', '/snapshots']) {
    const answer = await raw(baseURL!, path, { headers: { host: `attacker.example:${port}` } });
    expect(answer.status, path).toBe(421);
    expect(answer.body, path).toContain('does not answer for the host');
    expect(answer.body, path).toContain('attacker.example');
  }
  expect((await raw(baseURL!, '/api/graph', { headers: { host: `localhost:${port}` } })).status).toBe(200);
  expect((await raw(baseURL!, '/api/health', { headers: { host: `10.0.0.7:${port}` } })).status).toBe(200);
  const write = await raw(baseURL!, '/api/snapshots', { method: 'POST', headers: { host: `attacker.example:${port}`, origin: `http://attacker.example:${port}`, 'content-type': 'application/json' }, body: '{"title":"x","view":{}}' });
  expect(write.status).toBe(421);
});

test('refuses a null or malformed Origin, and a media type that only starts like JSON', async ({ request, baseURL }) => {
  const headers = await writeHeaders(request, baseURL!);
  for (const origin of ['null', 'not a url', 'http://']) {
    const answer = await raw(baseURL!, '/api/snapshots', { method: 'POST', headers: { ...headers, origin }, body: '{"title":"x","view":{}}' });
    expect(answer.status, origin).toBe(403);
    expect(answer.body, origin).toContain('names no page of this server');
  }
  const jsonx = await raw(baseURL!, '/api/snapshots', { method: 'POST', headers: { ...headers, 'content-type': 'application/jsonx' }, body: '{"title":"x","view":{}}' });
  expect(jsonx.status).toBe(415);
});

test('limits writes per person: the burst of one address leaves another free, and a minute of writes is never doubled at a window edge', async ({ request, baseURL }) => {
  const headers = await writeHeaders(request, baseURL!);
  const remove = (from: string) => raw(baseURL!, '/api/snapshots/AAAAAAAAAAAAAAAAAAAAAA', { method: 'DELETE', headers, from });
  const statuses: number[] = [];
  for (let i = 0; i < 31; i++) statuses.push((await remove('127.0.0.22')).status);
  expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
  expect(statuses[30]).toBe(429);
  expect((await remove('127.0.0.23')).status).toBe(404);
  expect((await remove('127.0.0.22')).status).toBe(429);
});

test('imports the largest file it accepts while the health check still answers, with a pathological regex in its trace; refuses bigger ones with 413', async ({ request, baseURL }) => {
  test.setTimeout(120_000);
  const headers = await writeHeaders(request, baseURL!);
  const frozen = await request.post('/api/snapshots', { data: { title: 'base', view: {} }, headers });
  const file = await (await request.get(`/api/snapshots/${(await frozen.json()).id}/export`)).json();
  const template = file.objects.find((o: { kind: string; metadata: { name: string } }) => o.kind === 'Pod' && o.metadata.name.startsWith('frontend-'));
  // As many pods as fit in the 64 MB a request may carry.
  const room = 63 * 1024 * 1024 - JSON.stringify(file).length;
  const count = Math.floor(room / (JSON.stringify(template).length + 24));
  for (let i = 0; i < count; i++) file.objects.push({ ...template, metadata: { ...template.metadata, name: `load-${i}`, uid: `load-${i}` } });
  // A route on the demo's Gateway whose regex would take a backtracking engine 2^50 steps on the traced path.
  file.objects.push({ kind: 'HTTPRoute', apiVersion: 'gateway.networking.k8s.io/v1', metadata: { name: 'evil', namespace: 'shop' }, spec: { parentRefs: [{ name: 'public', namespace: 'envoy-gateway-system' }], rules: [{ matches: [{ path: { type: 'RegularExpression', value: '/(a+)+$' } }], backendRefs: [{ name: 'frontend', port: 80 }] }] } });
  file.view = { ...file.view, trace: `http://evil.example.com/${'a'.repeat(50)}!` };
  file.createdAt = '1970-01-01T00:00:00Z';
  file.createdBy = 'mallory@example.com';
  const body = JSON.stringify(file);
  expect(body.length).toBeGreaterThan(55 * 1024 * 1024);

  const health: number[] = [];
  let importing = true;
  const polling = (async () => {
    while (importing) {
      const started = Date.now();
      expect((await raw(baseURL!, '/api/health')).status).toBe(200);
      health.push(Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const imported = await raw(baseURL!, '/api/snapshots/import', { method: 'POST', headers, body });
  importing = false;
  await polling;
  expect(imported.status, imported.body).toBe(201);
  expect(health.length).toBeGreaterThan(3);
  expect(Math.max(...health)).toBeLessThan(5_000);

  const snapshot = await (await request.get(`/api/snapshots/${JSON.parse(imported.body).id}`)).json();
  expect(snapshot.trace.outcome.status).toBe(404);
  expect(snapshot.trace.why.join(' ')).toContain('No HTTPRoute rule on this listener matches');
  // Retention and authorship are the import's; what the file said of its freezing is kept as such.
  expect(Date.now() - Date.parse(snapshot.createdAt)).toBeLessThan(120_000);
  expect(snapshot.createdBy).toBe('anonymous');
  expect(snapshot.frozen).toEqual({ at: '1970-01-01T00:00:00Z', by: 'mallory@example.com' });

  file.objects = Array.from({ length: 100_001 }, (_, i) => ({ kind: 'ConfigMap', metadata: { name: `c${i}` } }));
  const tooMany = await raw(baseURL!, '/api/snapshots/import', { method: 'POST', headers, body: JSON.stringify(file) });
  expect(tooMany.status).toBe(413);
  expect(tooMany.body).toContain('an import takes at most 100,000');
});
