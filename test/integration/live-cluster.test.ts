import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../lib/analysis/build-graph';
import type { Graph } from '../../lib/graph/types';
import { connect } from '../../server/kube/connect';
import { LiveCluster } from '../../server/kube/live-cluster';
import { KubeReader } from '../../server/kube/reader';
import { AdminClient } from '../cluster/admin-client';
import { startControlPlane, type ControlPlane } from '../cluster/control-plane';
import { createShopRoute, installHttpRouteCrd } from '../cluster/gateway-api';
import { FakeKubelet } from '../cluster/kubelet';

let cp: ControlPlane;
let api: AdminClient;
let kubelet: FakeKubelet;
let live: LiveCluster;

function graph(): Graph {
  return buildGraph(live.state, { namespaces: ['shop'] }, { source: { kind: 'live', name: 'test' } });
}

/** Waits until the live graph satisfies `check` (the cache follows the cluster through watches). */
async function eventually(what: string, check: (g: Graph) => boolean, timeoutMs = 15_000): Promise<Graph> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const g = graph();
    if (check(g)) return g;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; nodes: ${g.nodes.map((n) => `${n.id}:${n.health}`).join(', ')}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const node = (g: Graph, id: string) => g.nodes.find((n) => n.id === id);

beforeAll(async () => {
  cp = await startControlPlane([{ user: 'nobody' }, { user: 'dev', groups: ['developers'] }]);
  api = new AdminClient(cp.server, cp.adminToken);
  kubelet = new FakeKubelet(api);
  await kubelet.node('node-a');
  await kubelet.namespace('shop');
  await api.create('/api/v1/namespaces/shop/services', {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: 'web' },
    spec: { selector: { app: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }] },
  });
  for (const name of ['web-1', 'web-2']) {
    await kubelet.pod('shop', name, { labels: { app: 'web' } });
    await kubelet.ready('shop', name);
  }
  const config = new KubeConfig();
  config.loadFromFile(cp.kubeconfig);
  live = new LiveCluster(config);
  await live.start();
}, 90_000);

afterAll(async () => {
  live?.stop();
  await cp?.stop();
});

describe('the live cache against a real kube-apiserver', { timeout: 30_000 }, () => {
  it('syncs what is in the cluster, with slices from the real EndpointSlice controller', async () => {
    const g = await eventually('2 ready endpoints', (x) => (node(x, 'endpoints/shop/web') as { counts?: { ready: number } })?.counts?.ready === 2);
    expect(node(g, 'service/shop/web')?.health).toBe('ok');
    expect(g.edges.find((e) => e.id === 'endpoints/shop/web->pod/shop/web-1')?.ports[0]?.to).toBe('8080');
    expect(live.status().filter((s) => s.state !== 'watching')).toEqual([]);
    expect(live.status().some((s) => s.kind === 'HTTPRoute')).toBe(false);
  });

  it('follows a pod turning not ready: the controller marks its endpoint, the graph shows why', async () => {
    await kubelet.notReady('shop', 'web-2', 404);
    const g = await eventually('EPS-NOT-READY', (x) => node(x, 'endpoints/shop/web')?.findings.some((f) => f.id === 'EPS-NOT-READY') ?? false);
    expect(node(g, 'endpoints/shop/web')?.health).toBe('warning');
    expect(node(g, 'service/shop/web')).toMatchObject({ findings: [], backendHealth: 'warning', health: 'warning' });
    await eventually('the probe Event on the pod', (x) => node(x, 'pod/shop/web-2')?.findings.some((f) => f.id === 'PRB-EVENT-HTTP-STATUS') ?? false);
  });

  it('follows deletes and new Services', async () => {
    // No kubelet confirms a graceful delete, so the harness deletes at once, as a kubelet would after it.
    await api.delete('/api/v1/namespaces/shop/pods/web-1?gracePeriodSeconds=0');
    await eventually('web-1 gone', (x) => !node(x, 'pod/shop/web-1'));
    await api.create('/api/v1/namespaces/shop/services', { apiVersion: 'v1', kind: 'Service', metadata: { name: 'typo' }, spec: { selector: { app: 'wbe' }, ports: [{ port: 80 }] } });
    const g = await eventually('the new Service with its finding', (x) => node(x, 'service/shop/typo')?.findings.some((f) => f.id === 'SVC-SELECTOR-NOMATCH') ?? false);
    expect(node(g, 'endpoints/shop/typo')?.findings.map((f) => f.id)).toContain('EPS-EMPTY');
  });
});

describe('every kind the graph reads follows the cluster', { timeout: 30_000 }, () => {
  it('a terminating pod: the controller marks its endpoint terminating, the graph counts it', async () => {
    await kubelet.pod('shop', 'web-old', { labels: { app: 'web' } });
    await kubelet.ready('shop', 'web-old');
    await eventually('web-old ready', (g) => g.edges.find((e) => e.target === 'pod/shop/web-old')?.endpoint?.ready === true);
    await kubelet.terminating('shop', 'web-old');
    const g = await eventually('web-old terminating', (x) => (node(x, 'endpoints/shop/web') as { counts?: { terminating: number } })?.counts?.terminating === 1);
    expect(node(g, 'pod/shop/web-old')).toMatchObject({ terminating: true });
    await api.delete('/api/v1/namespaces/shop/pods/web-old?gracePeriodSeconds=0');
    await eventually('web-old gone', (x) => !node(x, 'pod/shop/web-old'));
  });

  it('Ingresses and IngressClasses: added, changed, removed', async () => {
    await api.create('/apis/networking.k8s.io/v1/ingressclasses', { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx' }, spec: { controller: 'k8s.io/ingress-nginx' } });
    await api.create('/apis/networking.k8s.io/v1/namespaces/shop/ingresses', {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'shop' },
      spec: { ingressClassName: 'nginx', rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] },
    });
    await eventually('the Ingress to reach the Service', (g) => g.edges.some((e) => e.id === 'ingress/shop/shop->service/shop/web'));
    await api.patch('/apis/networking.k8s.io/v1/namespaces/shop/ingresses/shop', { spec: { ingressClassName: 'traefik' } });
    await eventually('ING-CLASS-NOTFOUND after the class changed', (g) => node(g, 'ingress/shop/shop')?.findings.some((f) => f.id === 'ING-CLASS-NOTFOUND') ?? false);
    await api.delete('/apis/networking.k8s.io/v1/namespaces/shop/ingresses/shop');
    await eventually('the Ingress gone', (g) => !node(g, 'ingress/shop/shop'));
  });

  it('Secrets: read as metadata only, enough for ING-TLS-SECRET', async () => {
    await api.create('/api/v1/namespaces/shop/secrets', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'shop-tls' }, type: 'kubernetes.io/tls', data: { 'tls.crt': 'LS0tY2VydA==', 'tls.key': 'LS0ta2V5' } });
    await api.create('/apis/networking.k8s.io/v1/namespaces/shop/ingresses', {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'tls' },
      spec: { tls: [{ hosts: ['secure.example.com'], secretName: 'secure-tls' }], rules: [{ host: 'secure.example.com', http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] },
    });
    await eventually('ING-TLS-SECRET for the missing Secret', (g) => node(g, 'ingress/shop/tls')?.findings.some((f) => f.id === 'ING-TLS-SECRET') ?? false);
    // Metadata only: the API server never sent the type or the data.
    expect(live.state.get('Secret', 'shop', 'shop-tls')).toEqual({ kind: 'Secret', metadata: expect.objectContaining({ name: 'shop-tls', namespace: 'shop' }) });
    await api.patch('/apis/networking.k8s.io/v1/namespaces/shop/ingresses/tls', { spec: { tls: [{ hosts: ['secure.example.com'], secretName: 'shop-tls' }] } });
    await eventually('ING-TLS-SECRET gone once the Ingress names an existing Secret', (g) => !(node(g, 'ingress/shop/tls')?.findings.some((f) => f.id === 'ING-TLS-SECRET') ?? true));
    await api.delete('/apis/networking.k8s.io/v1/namespaces/shop/ingresses/tls');
  });

  it('Deployments and StatefulSets: added, changed, removed', async () => {
    const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'example/app:1' }] } };
    await api.create('/apis/apps/v1/namespaces/shop/deployments', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template } });
    const hasReplicasFinding = (g: Graph) => node(g, 'service/shop/web')?.findings.some((f) => f.id === 'WL-REPLICAS') ?? false;
    // No Deployment controller runs, so its status stays empty: 0 of 2 ready.
    await eventually('WL-REPLICAS', hasReplicasFinding);
    await api.patch('/apis/apps/v1/namespaces/shop/deployments/web/status', { status: { replicas: 2, readyReplicas: 2, availableReplicas: 2 } });
    await eventually('WL-REPLICAS cleared by the status', (g) => !hasReplicasFinding(g));
    await api.create('/apis/apps/v1/namespaces/shop/statefulsets', { apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' }, spec: { replicas: 1, serviceName: 'db', selector: { matchLabels: { app: 'web' } }, template } });
    await eventually('SVC-STS-HEADLESS (its governing Service does not exist)', (g) => node(g, 'service/shop/web')?.findings.some((f) => f.id === 'SVC-STS-HEADLESS') ?? false);
    await api.delete('/apis/apps/v1/namespaces/shop/statefulsets/db');
    await api.delete('/apis/apps/v1/namespaces/shop/deployments/web');
    await eventually('both gone', () => live.state.count('Deployment') === 0 && live.state.count('StatefulSet') === 0);
  });

  it('ReplicaSets, DaemonSets, Jobs and CronJobs reach the state; a ReplicaSet that cannot create its pods is named', async () => {
    const template = { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'app', image: 'example/app:1' }], restartPolicy: 'Never' } };
    await api.create('/apis/apps/v1/namespaces/shop/replicasets', { apiVersion: 'apps/v1', kind: 'ReplicaSet', metadata: { name: 'web-7c9f' }, spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { ...template, spec: { containers: template.spec.containers } } } });
    // No ReplicaSet controller runs: the condition it would set is written by hand.
    const failure = { type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: 'pods "web-7c9f-" is forbidden: error looking up service account shop/web: serviceaccount "web" not found' };
    await api.patch('/apis/apps/v1/namespaces/shop/replicasets/web-7c9f/status', { status: { replicas: 0, conditions: [failure] } });
    await eventually('WL-REPLICA-FAILURE', (g) => node(g, 'service/shop/web')?.findings.some((f) => f.id === 'WL-REPLICA-FAILURE' && f.message.includes('serviceaccount "web" not found')) ?? false);
    await api.create('/apis/apps/v1/namespaces/shop/daemonsets', { apiVersion: 'apps/v1', kind: 'DaemonSet', metadata: { name: 'agent' }, spec: { selector: { matchLabels: { app: 'agent' } }, template: { metadata: { labels: { app: 'agent' } }, spec: { containers: template.spec.containers } } } });
    await api.create('/apis/batch/v1/namespaces/shop/jobs', { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'migrate' }, spec: { template } });
    await api.create('/apis/batch/v1/namespaces/shop/cronjobs', { apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'nightly' }, spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template } } } });
    await eventually('all four read', () => ['ReplicaSet', 'DaemonSet', 'Job', 'CronJob'].every((kind) => live.state.count(kind as 'Job') === 1));
    expect(live.state.get('CronJob', 'shop', 'nightly')?.spec.templateLabels).toEqual({ app: 'web' });
    for (const path of ['/apis/apps/v1/namespaces/shop/replicasets/web-7c9f', '/apis/apps/v1/namespaces/shop/daemonsets/agent', '/apis/batch/v1/namespaces/shop/jobs/migrate', '/apis/batch/v1/namespaces/shop/cronjobs/nightly']) await api.delete(path);
    await eventually('all gone', () => ['ReplicaSet', 'DaemonSet', 'Job', 'CronJob'].every((kind) => live.state.count(kind as 'Job') === 0));
  });

  it('NetworkPolicies, Namespaces, Nodes and the kube-proxy ConfigMap reach the state', async () => {
    await api.create('/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies', { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny-all' }, spec: { podSelector: {}, policyTypes: ['Ingress'] } });
    await api.create('/api/v1/namespaces/kube-system/configmaps', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-proxy' }, data: { 'config.conf': 'mode: ipvs' } });
    await kubelet.node('node-b');
    const until = async (what: string, check: () => boolean) => kubelet.until(what, async () => check());
    await until('the NetworkPolicy', () => !!live.state.get('NetworkPolicy', 'shop', 'deny-all'));
    await until('the kube-proxy ConfigMap', () => live.state.get('ConfigMap', 'kube-system', 'kube-proxy')?.data?.['config.conf'] === 'mode: ipvs');
    await until('node-b', () => !!live.state.get('Node', undefined, 'node-b'));
    expect(live.state.namespaces()).toEqual(expect.arrayContaining(['default', 'kube-system', 'shop']));
    await api.delete('/apis/networking.k8s.io/v1/namespaces/shop/networkpolicies/deny-all');
    await until('the NetworkPolicy gone', () => !live.state.get('NetworkPolicy', 'shop', 'deny-all'));
  });
});

describe('when the API server goes away', { timeout: 60_000 }, () => {
  it('recovers after it is killed and restarted: nothing lost, nothing stale', async () => {
    await cp.restartApiServer();
    await kubelet.pod('shop', 'web-3', { labels: { app: 'web' } });
    await kubelet.ready('shop', 'web-3');
    await api.delete('/api/v1/namespaces/shop/pods/web-2?gracePeriodSeconds=0');
    const truth = async () => (await api.get<{ items: { metadata: { name: string } }[] }>('/api/v1/namespaces/shop/pods')).items.map((p) => p.metadata.name).sort();
    const cached = () => live.state.list('Pod').filter((p) => p.metadata.namespace === 'shop').map((p) => p.metadata.name).sort();
    const expected = await truth();
    expect(expected).toEqual(['web-3']);
    const deadline = Date.now() + 30_000;
    while (JSON.stringify(cached()) !== JSON.stringify(expected) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    expect(cached()).toEqual(expected);
    await eventually('web-3 ready behind the Service', (g) => (node(g, 'endpoints/shop/web') as { counts?: { ready: number } })?.counts?.ready === 1);
    const deadlineWatch = Date.now() + 30_000;
    while (!live.status().every((s) => s.state === 'watching') && Date.now() < deadlineWatch) await new Promise((r) => setTimeout(r, 100));
    expect(live.status().map((s) => s.state)).toEqual(live.status().map(() => 'watching'));
    // The restarted server's watch cache starts fresh, so resuming from the old resourceVersion
    // gets 410 Gone: the informers listed again instead of trusting a stale cache.
    expect(live.status().find((s) => s.kind === 'Pod')?.lists).toBeGreaterThan(1);
  });
});

describe('an identity without permissions', { timeout: 30_000 }, () => {
  it('gets clear notices per kind, and the rest still works', async () => {
    const { kubeconfigFor } = await import('../cluster/control-plane');
    const config = new KubeConfig();
    config.loadFromString(kubeconfigFor(cp.server, cp.tokens.nobody!, 'nobody'));
    const limited = new LiveCluster(config);
    await limited.start();
    expect(limited.notices()).toContain('no permission to list Pods: pods is forbidden: User "nobody" cannot list resource "pods" in API group "" at the cluster scope');
    expect(limited.status().every((s) => s.state === 'forbidden')).toBe(true);
    expect(buildGraph(limited.state, { namespaces: null }).nodes.map((n) => n.id)).toEqual(['client']);
    limited.stop();
  });
});

describe('a developer bound to view in one namespace', { timeout: 30_000 }, () => {
  it('gets the graph of that namespace, and notices for what it may not list', async () => {
    await api.bindClusterRole('shop', 'dev-view', 'view', { kind: 'User', name: 'dev' });
    // RBAC takes effect a moment after the binding is written.
    const asDev = new AdminClient(cp.server, cp.tokens.dev!);
    await kubelet.until('the binding to take effect', async () => !!(await asDev.get('/api/v1/namespaces/shop/pods').catch(() => null)));
    await kubelet.namespace('other');
    await kubelet.pod('other', 'secret-app-1', { labels: { app: 'secret-app' } });
    const { kubeconfigFor } = await import('../cluster/control-plane');
    const config = new KubeConfig();
    config.loadFromString(kubeconfigFor(cp.server, cp.tokens.dev!, 'dev'));
    const dev = new LiveCluster(config, { namespaces: ['shop'] });
    await dev.start();
    try {
      const g = buildGraph(dev.state, { namespaces: null });
      expect(g.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['service/shop/web', 'endpoints/shop/web', 'pod/shop/web-3']));
      expect(g.nodes.some((n) => n.ref?.namespace === 'other')).toBe(false);
      expect(dev.state.list('Pod').map((p) => p.metadata.namespace)).not.toContain('other');
      expect(dev.notices()).toContain('no permission to list Nodes: nodes is forbidden: User "dev" cannot list resource "nodes" in API group "" at the cluster scope');
      expect(dev.notices().some((n) => n.startsWith('no permission to list Pods'))).toBe(false);
    } finally {
      dev.stop();
    }
  });
});

describe('in a pod, with a service account', { timeout: 30_000 }, () => {
  it('connects with the mounted token, CA and namespace, and shows the namespace its role allows', async () => {
    await api.create('/api/v1/namespaces/shop/serviceaccounts', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'hopscope' } });
    await api.bindClusterRole('shop', 'hopscope-view', 'view', { kind: 'ServiceAccount', name: 'hopscope', namespace: 'shop' });
    const request = await api.create<{ status: { token: string } }>('/api/v1/namespaces/shop/serviceaccounts/hopscope/token', { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec: { expirationSeconds: 3600 } });
    const root = await mkdtemp(join(tmpdir(), 'hopscope-sa-'));
    const mount = join(root, 'var/run/secrets/kubernetes.io/serviceaccount');
    await mkdir(mount, { recursive: true });
    await writeFile(join(mount, 'token'), request.status.token);
    await writeFile(join(mount, 'namespace'), 'shop');
    await copyFile(join(cp.dir, 'certs', 'apiserver.crt'), join(mount, 'ca.crt'));
    const url = new URL(cp.server);
    const saved = { host: process.env.KUBERNETES_SERVICE_HOST, port: process.env.KUBERNETES_SERVICE_PORT };
    process.env.KUBERNETES_SERVICE_HOST = url.hostname;
    process.env.KUBERNETES_SERVICE_PORT = url.port;
    try {
      const config = connect({ env: process.env, home: '/nonexistent', serviceAccountRoot: root });
      expect(config?.getCurrentCluster()?.server).toBe(cp.server);
      const namespace = config!.getContextObject(config!.getCurrentContext())?.namespace;
      expect(namespace).toBe('shop');
      const inPod = new LiveCluster(config!, { namespaces: [namespace!] });
      await inPod.start();
      try {
        const g = buildGraph(inPod.state, { namespaces: null });
        expect(g.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['service/shop/web', 'endpoints/shop/web']));
        expect(g.nodes.some((n) => n.ref?.namespace && n.ref.namespace !== 'shop')).toBe(false);
        expect(inPod.notices()).toContain('no permission to list Nodes: nodes is forbidden: User "system:serviceaccount:shop:hopscope" cannot list resource "nodes" in API group "" at the cluster scope');
      } finally {
        inPod.stop();
      }
    } finally {
      process.env.KUBERNETES_SERVICE_HOST = saved.host;
      process.env.KUBERNETES_SERVICE_PORT = saved.port;
      if (saved.host === undefined) delete process.env.KUBERNETES_SERVICE_HOST;
      if (saved.port === undefined) delete process.env.KUBERNETES_SERVICE_PORT;
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('Gateway API', { timeout: 30_000 }, () => {
  it('is watched once its CRDs are installed, and HTTPRoutes join the graph', async () => {
    await installHttpRouteCrd(api);
    await kubelet.until('the HTTPRoute API to be served', async () => {
      const list = await api.get<{ resources?: { name: string }[] }>('/apis/gateway.networking.k8s.io/v1').catch(() => null);
      return !!list?.resources?.some((r) => r.name === 'httproutes');
    });
    await createShopRoute(api, kubelet);
    const config = new KubeConfig();
    config.loadFromFile(cp.kubeconfig);
    const withGateway = new LiveCluster(config);
    await withGateway.start();
    try {
      expect(withGateway.status().find((s) => s.kind === 'HTTPRoute')?.state).toBe('watching');
      const g = buildGraph(withGateway.state, { namespaces: ['shop'] });
      expect(g.edges.map((e) => e.id)).toContain('httproute/shop/web->service/shop/web');
    } finally {
      withGateway.stop();
    }
  });
});

describe('the app client', () => {
  it('can only read: get, list and watch, over GET', () => {
    const methods = Object.getOwnPropertyNames(KubeReader.prototype).filter((m) => m !== 'constructor' && !m.startsWith('_'));
    expect(methods.sort()).toEqual(['get', 'list', 'url', 'watch']);
  });
});
