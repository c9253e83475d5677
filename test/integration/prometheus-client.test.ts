import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PrometheusClient } from '../../server/prometheus/client';
import { openMetrics } from '../prometheus/openmetrics';
import { startPrometheus, type TestPrometheus } from '../prometheus/prometheus';

// Prometheus behind the kind of front a real one has: a proxy that wants a bearer token or basic
// auth, and TLS with a private CA.
const END = 1_795_392_765;
let prometheus: TestPrometheus;
const servers: Server[] = [];
let dir: string;

function guarded(expected: string) {
  return (request: IncomingMessage, response: ServerResponse) => {
    if (request.headers.authorization !== expected) return response.writeHead(401, { 'Content-Type': 'application/json' }).end('{"status":"error","error":"unauthorized"}');
    const target = new URL(prometheus.url);
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: request.url, method: request.method, headers: { accept: 'application/json' } }, (res) => {
      response.writeHead(res.statusCode ?? 502, res.headers);
      res.pipe(response);
    });
    request.pipe(upstream);
  };
}

async function listen(server: Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

beforeAll(async () => {
  prometheus = await startPrometheus({ openMetrics: openMetrics([{ name: 'up_fixture_total', labels: { job: 'x' }, rate: 2 }], END) });
  dir = mkdtempSync(join(tmpdir(), 'hopscope-ca-'));
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
}, 60_000);

afterAll(async () => {
  for (const s of servers) s.close();
  await prometheus?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const query = 'sum(rate(up_fixture_total[5m]))';

describe('the Prometheus client', () => {
  it('sends a bearer token, and says so when Prometheus refuses', async () => {
    const url = `http://127.0.0.1:${await listen(createHttpServer(guarded('Bearer s3cret')))}`;
    expect((await new PrometheusClient({ url, bearerToken: 's3cret' }).query(query, END))[0]?.value).toBeCloseTo(2, 9);
    await expect(new PrometheusClient({ url }).query(query, END)).rejects.toThrow('Prometheus answered 401: unauthorized');
  });

  it('sends basic auth', async () => {
    const url = `http://127.0.0.1:${await listen(createHttpServer(guarded(`Basic ${Buffer.from('sre:pw').toString('base64')}`)))}`;
    expect((await new PrometheusClient({ url, basicAuth: { username: 'sre', password: 'pw' } }).query(query, END))[0]?.value).toBeCloseTo(2, 9);
  });

  it('trusts a custom CA, and refuses the certificate without it', async () => {
    const server = createHttpsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, guarded('Bearer t'));
    const url = `https://127.0.0.1:${await listen(server)}`;
    expect((await new PrometheusClient({ url, bearerToken: 't', caFile: join(dir, 'cert.pem') }).query(query, END))[0]?.value).toBeCloseTo(2, 9);
    await expect(new PrometheusClient({ url, bearerToken: 't' }).query(query, END)).rejects.toThrow(/is unreachable .*certificate/);
  });
});
