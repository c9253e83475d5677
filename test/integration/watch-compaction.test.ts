import { KubeConfig } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveCluster } from '../../server/kube/live-cluster';
import { AdminClient } from '../cluster/admin-client';
import { kubeconfigFor, startControlPlane, type ControlPlane } from '../cluster/control-plane';
import { startCuttableProxy, type CuttableProxy } from '../cluster/cuttable-proxy';
import { FakeKubelet } from '../cluster/kubelet';

// Pods are served from etcd without the API server's watch cache, so resuming a watch from a
// resourceVersion that etcd has compacted away gets 410 Gone from etcd itself.
let cp: ControlPlane;
let proxy: CuttableProxy;
let api: AdminClient;
let kubelet: FakeKubelet;
let live: LiveCluster;

async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 45_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

type PodList = { items: { metadata: { name: string; labels?: Record<string, string> } }[] };
const podsInApi = async () => (await api.get<PodList>('/api/v1/namespaces/shop/pods')).items.map((p) => `${p.metadata.name}:${p.metadata.labels?.app}`).sort();
const podsInCache = () =>
  live.state
    .list('Pod')
    .filter((p) => p.metadata.namespace === 'shop')
    .map((p) => `${p.metadata.name}:${p.metadata.labels?.app}`)
    .sort();
const podInformer = () => live.status().find((s) => s.kind === 'Pod');

beforeAll(async () => {
  cp = await startControlPlane([], { withoutWatchCache: ['pods'] });
  proxy = await startCuttableProxy(cp.server);
  api = new AdminClient(cp.server, cp.adminToken);
  kubelet = new FakeKubelet(api);
  await kubelet.node('node-a');
  await kubelet.namespace('shop');
  for (const name of ['a', 'b', 'c']) await kubelet.pod('shop', name, { labels: { app: 'web' } });
  const config = new KubeConfig();
  config.loadFromString(kubeconfigFor(proxy.server, cp.adminToken));
  live = new LiveCluster(config);
  await live.start();
}, 90_000);

afterAll(async () => {
  live?.stop();
  await proxy?.close();
  await cp?.stop();
});

describe('etcd compaction while Hopscope is cut off from the API server', { timeout: 90_000 }, () => {
  it('gets 410 Gone on resuming the watch, lists again, and loses nothing', async () => {
    await until('the first sync', async () => JSON.stringify(podsInCache()) === JSON.stringify(await podsInApi()));
    expect(podInformer()).toMatchObject({ state: 'watching', lists: 1 });

    proxy.cut();
    await until('the informer to notice', () => podInformer()?.state === 'reconnecting');
    await api.delete('/api/v1/namespaces/shop/pods/a?gracePeriodSeconds=0');
    await api.patch('/api/v1/namespaces/shop/pods/b', { metadata: { labels: { app: 'api' } } });
    await kubelet.pod('shop', 'd', { labels: { app: 'web' } });
    const compactedAt = await cp.compactEtcd();
    const expected = await podsInApi();
    expect(expected).toEqual(['b:api', 'c:web', 'd:web']);
    expect(podsInCache()).toEqual(['a:web', 'b:web', 'c:web']);

    proxy.restore();
    await until('the cache to match the API', () => JSON.stringify(podsInCache()) === JSON.stringify(expected));
    await until('the Pod informer watching again', () => podInformer()?.state === 'watching');
    expect(podInformer()?.lists).toBe(2);
    expect(compactedAt).toBeGreaterThan(0);
  });
});
