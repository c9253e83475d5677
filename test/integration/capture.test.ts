import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildGraph } from '../../lib/analysis/build-graph';
import type { Graph } from '../../lib/graph/types';
import { main } from '../../server/cli/main';
import { LiveCluster } from '../../server/kube/live-cluster';
import { loadFiles } from '../../server/source/file-source';
import { AdminClient } from '../cluster/admin-client';
import { kubeconfigFor, startControlPlane, type ControlPlane } from '../cluster/control-plane';
import { createShopRoute, installHttpRouteCrd } from '../cluster/gateway-api';
import { FakeKubelet } from '../cluster/kubelet';
import { freePort } from '../free-port';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/hopscope.mjs');

/** The value of a Secret, which must never reach a dump: in its data and in the last-applied annotation kubectl apply writes. */
const PASSWORD = 'hunter2-capture-test-value';
const CERT = '-----BEGIN CERTIFICATE-----capture-test-cert';

let cp: ControlPlane;
let api: AdminClient;
let kubelet: FakeKubelet;
let dir: string;

/** `hopscope capture` in this process, with what it says on stderr. */
async function capture(...args: string[]): Promise<{ code: number; stderr: string }> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    return { code: await main(['capture', ...args]), stderr: lines.join('') };
  } finally {
    spy.mockRestore();
  }
}

async function kubeconfigOf(user: string, namespace?: string): Promise<string> {
  const file = join(dir, `${user}.kubeconfig`);
  const text = kubeconfigFor(cp.server, cp.tokens[user]!, user);
  await writeFile(file, namespace ? text.replace(`    user: ${user}\n`, `    user: ${user}\n    namespace: ${namespace}\n`) : text);
  return file;
}

/** What a graph says, hop by hop and link by link, without where it came from. */
const said = (g: Graph) => ({ nodes: g.nodes, edges: g.edges });

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hopscope-capture-'));
  cp = await startControlPlane([{ user: 'dev' }]);
  api = new AdminClient(cp.server, cp.adminToken);
  kubelet = new FakeKubelet(api);
  await kubelet.node('node-a');
  await kubelet.namespace('shop');
  await api.create('/api/v1/namespaces/shop/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] } });
  await api.create('/api/v1/namespaces/shop/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'typo' }, spec: { selector: { app: 'wbe' }, ports: [{ port: 80 }] } });
  for (const name of ['web-1', 'web-2']) await kubelet.pod('shop', name, { labels: { app: 'web' } });
  await kubelet.ready('shop', 'web-1');
  await kubelet.notReady('shop', 'web-2', 503);
  await api.create('/apis/networking.k8s.io/v1/ingressclasses', { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx' }, spec: { controller: 'k8s.io/ingress-nginx' } });
  const rule = (host: string) => ({ host, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } });
  await api.create('/apis/networking.k8s.io/v1/namespaces/shop/ingresses', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'shop' }, spec: { ingressClassName: 'nginx', tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }], rules: [rule('shop.example.com')] } });
  await api.create('/apis/networking.k8s.io/v1/namespaces/shop/ingresses', { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'admin' }, spec: { ingressClassName: 'nginx', tls: [{ hosts: ['admin.example.com'], secretName: 'admin-tls' }], rules: [rule('admin.example.com')] } });
  await api.create('/api/v1/namespaces/shop/secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'shop-tls' }, type: 'kubernetes.io/tls', data: { 'tls.crt': Buffer.from(CERT).toString('base64'), 'tls.key': Buffer.from('key').toString('base64') } });
  const applied = { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'shop' }, stringData: { password: PASSWORD } };
  await api.create('/api/v1/namespaces/shop/secrets', { ...applied, metadata: { ...applied.metadata, annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(applied) } } });
  await api.create('/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies', { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'web' }, spec: { podSelector: { matchLabels: { app: 'web' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: { app: 'shop' } } }] }] } });
  const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'example/app:1', env: [{ name: 'DB_PASSWORD', value: PASSWORD }] }] } };
  await api.create('/apis/apps/v1/namespaces/shop/deployments', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template } });
  await api.create('/api/v1/namespaces/kube-system/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-proxy' }, data: { 'config.conf': 'mode: ipvs' } });
  await api.create('/api/v1/namespaces/kube-system/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app-settings' }, data: { password: PASSWORD } });
  // The EndpointSlice controller has caught up: web lists both pods, one ready.
  await kubelet.until('the slices of web', async () => {
    const slices = await api.get<{ items: { metadata: { labels?: Record<string, string> }; endpoints?: { conditions?: { ready?: boolean } }[] }[] }>('/apis/discovery.k8s.io/v1/namespaces/shop/endpointslices');
    const web = slices.items.filter((s) => s.metadata.labels?.['kubernetes.io/service-name'] === 'web').flatMap((s) => s.endpoints ?? []);
    return web.length === 2 && web.filter((e) => e.conditions?.ready).length === 1;
  });
}, 120_000);

afterAll(async () => {
  await cp?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('hopscope capture against a real kube-apiserver', { timeout: 60_000 }, () => {
  it('writes a v1 List to stdout, saying per kind how many and how long, and that the Gateway API is not installed', async () => {
    const { stdout, stderr } = await run(process.execPath, [BIN, 'capture', '--kubeconfig', cp.kubeconfig], { cwd: dir, timeout: 60_000, maxBuffer: 64 << 20 });
    const dump = JSON.parse(stdout) as { apiVersion: string; kind: string; items: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }[] };
    expect(dump).toMatchObject({ apiVersion: 'v1', kind: 'List' });
    expect(dump.items.filter((o) => o.kind === 'Pod').map((o) => `${o.apiVersion} ${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['v1 shop/web-1', 'v1 shop/web-2']);
    expect(dump.items.find((o) => o.kind === 'Deployment')?.apiVersion).toBe('apps/v1');
    expect(dump.items.filter((o) => o.kind === 'ConfigMap').map((o) => o.metadata.name)).toEqual(['kube-proxy']);
    expect(stderr).toMatch(/^hopscope: Pods: 2 \(\d+\.\d s\)$/m);
    expect(stderr).toMatch(/^hopscope: Secrets: \d+ \(\d+\.\d s\)$/m);
    expect(stderr).toContain('hopscope: Gateway API: not installed here (no CRDs), not read');
    expect(stderr).toMatch(/^hopscope: wrote the dump to stdout: \d+ objects in \d+\.\d s$/m);
  });

  it('writes a dump that gives the same graph as the live source, Gateway API kinds included where their CRDs are', async () => {
    await installHttpRoutes();
    const config = new KubeConfig();
    config.loadFromFile(cp.kubeconfig);
    const live = new LiveCluster(config);
    await live.start();
    try {
      const file = join(dir, 'cluster.json');
      const { code, stderr } = await capture('--kubeconfig', cp.kubeconfig, '-o', file);
      expect(code).toBe(0);
      expect(stderr).toMatch(/^hopscope: HTTPRoutes: 1 \(\d+\.\d s\)$/m);
      expect(stderr).toMatch(new RegExp(`^hopscope: wrote ${file} \\(\\d+ kB\\): \\d+ objects`, 'm'));
      const fromDump = await loadFiles([file], { kind: 'file', name: 'cluster.json' }, { state: { journal: false } });
      const dumped = buildGraph(fromDump.state, { namespaces: null });
      const watched = buildGraph(live.state, { namespaces: null });
      expect(said(dumped)).toEqual(said(watched));
      // The objects carry what the checks need: the graph has its findings.
      const findings = (id: string) => dumped.nodes.find((n) => n.id === id)?.findings.map((f) => f.id) ?? [];
      expect(findings('service/shop/typo')).toContain('SVC-SELECTOR-NOMATCH');
      expect(findings('ingress/shop/admin')).toContain('ING-TLS-SECRET');
      expect(findings('ingress/shop/shop')).not.toContain('ING-TLS-SECRET');
      expect(findings('pod/shop/web-2')).toContain('PRB-EVENT-HTTP-STATUS');
      expect(dumped.edges.map((e) => e.id)).toContain('httproute/shop/web->service/shop/web');
      expect(fromDump.state.count('Node')).toBe(1);
      expect(fromDump.state.skipped().size).toBe(0);
    } finally {
      live.stop();
    }
  });

  it('writes no Secret value: Secrets as name and type, no env, no last-applied annotation', async () => {
    const file = join(dir, 'secrets.json');
    expect((await capture('--kubeconfig', cp.kubeconfig, '-n', 'shop', '-o', file)).code).toBe(0);
    const text = await readFile(file, 'utf8');
    for (const value of [PASSWORD, CERT]) {
      expect(text).not.toContain(value);
      expect(text).not.toContain(Buffer.from(value).toString('base64'));
    }
    const secrets = (JSON.parse(text) as { items: { kind: string }[] }).items.filter((o) => o.kind === 'Secret');
    expect(secrets).toEqual([
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'shop' }, type: 'Opaque' },
      { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'shop-tls', namespace: 'shop' }, type: 'kubernetes.io/tls' },
    ]);
  });

  it('reports and skips what the person may not list, and writes the rest', async () => {
    await api.bindClusterRole('shop', 'dev-view', 'view', { kind: 'User', name: 'dev' });
    const asDev = new AdminClient(cp.server, cp.tokens.dev!);
    await kubelet.until('the binding to take effect', async () => !!(await asDev.get('/api/v1/namespaces/shop/pods').catch(() => null)));
    const file = join(dir, 'dev.json');
    // No -n: cluster-wide where allowed, else the context's namespace.
    const { code, stderr } = await capture('--kubeconfig', await kubeconfigOf('dev', 'shop'), '-o', file);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^hopscope: Pods in shop \(no permission cluster-wide\): 2 \(\d+\.\d s\)$/m);
    expect(stderr).toContain('hopscope: Nodes: skipped, no permission to list Nodes: nodes is forbidden: User "dev" cannot list resource "nodes" in API group "" at the cluster scope');
    expect(stderr).toContain('hopscope: Secrets in shop (no permission cluster-wide): skipped, no permission to list Secrets in namespace shop');
    expect(stderr).toMatch(/objects in \d+\.\d s; skipped Namespaces, Nodes, IngressClasses, ConfigMaps in kube-system, Secrets in shop, HTTPRoutes in shop$/m);
    const dump = await loadFiles([file], { kind: 'file', name: 'dev.json' });
    expect(dump.state.list('Pod').map((p) => p.metadata.name)).toEqual(['web-1', 'web-2']);
    expect(dump.state.count('Node')).toBe(0);
  });

  it('says why it could not read the cluster (exit 1) or was asked wrong (exit 2)', async () => {
    const gone = join(dir, 'gone.kubeconfig');
    await writeFile(gone, kubeconfigFor(`https://127.0.0.1:${await freePort()}`, 'token'));
    const unreachable = await capture('--kubeconfig', gone, '-o', join(dir, 'gone.json'));
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toMatch(/^hopscope: could not read the cluster: fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/m);
    expect((await capture('--kubeconfig', cp.kubeconfig, '--context', 'nope', '-o', join(dir, 'x.json'))).stderr).toContain('no context "nope" in the kubeconfig (it has hopscope-test)');
    const usage = await capture('--kubeconfig', join(dir, 'missing'), '-o', join(dir, 'x.json'));
    expect(usage).toMatchObject({ code: 2, stderr: expect.stringContaining(`--kubeconfig: no file ${join(dir, 'missing')}`) });
    expect((await capture('-n', 'Not_A_Namespace')).code).toBe(2);
  });
});

async function installHttpRoutes(): Promise<void> {
  await installHttpRouteCrd(api);
  await createShopRoute(api, kubelet);
}
