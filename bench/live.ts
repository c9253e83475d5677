// The live row of `npm run bench` (run with --expose-gc): N synthetic pods created in a real
// kube-apiserver, then the time to a first full graph on an open /api/stream (informers, the shared
// analysis, its JSON), the heap per cached pod against a plain paged LIST + JSON.parse of the same
// pods, and how long a pod's readiness change written as the kubelet writes it takes to reach the
// open stream.
import { KubeConfig } from '@kubernetes/client-node';
import { NextRequest } from 'next/server';
import type { GraphPatch } from '../lib/graph/patch';
import { LiveCluster } from '../server/kube/live-cluster';
import { KubeReader } from '../server/kube/reader';
import { sharedAnalyses } from '../server/analysis/shared-analyses';
import { currentCluster, liveSource, useCluster } from '../server/source/current';
import { readEvents } from './sse';
import { AdminClient } from '../test/cluster/admin-client';
import { startControlPlane } from '../test/cluster/control-plane';
import { FakeKubelet } from '../test/cluster/kubelet';
import { firstPodOfService, podIndexes, servicesFor, syntheticPod, syntheticService } from './synthetic';

const PODS = Number(process.argv[2] ?? 3000);
const CONCURRENCY = 16;
const gc = (globalThis as { gc?: () => void }).gc!;

async function inParallel<T>(items: T[], fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

function heap(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const cp = await startControlPlane();
try {
  const api = new AdminClient(cp.server, cp.adminToken);
  const kubelet = new FakeKubelet(api);
  const namespaces = [...new Set(Array.from({ length: PODS }, (_, n) => podIndexes(n).namespace))];
  for (const node of Array.from({ length: 100 }, (_, i) => `node-${i}`)) await kubelet.node(node);
  for (const ns of namespaces) await kubelet.namespace(ns);
  // Pods belong to ReplicaSets, as in a real cluster (no ReplicaSet controller runs, so the objects
  // just exist); the owner must be real, or the garbage collector deletes the pods.
  type OwnerRef = { name: string; uid: string };
  const owners = new Map<number, OwnerRef>();
  await inParallel(Array.from({ length: servicesFor(PODS) }, (_, s) => s), async (s) => {
    const first = syntheticPod(firstPodOfService(s)) as { metadata: { namespace: string; ownerReferences: OwnerRef[]; labels: Record<string, string> } };
    const ref = first.metadata.ownerReferences[0]!;
    const labels = { app: first.metadata.labels.app!, 'pod-template-hash': first.metadata.labels['pod-template-hash']! };
    const created = await api.create<{ metadata: { uid: string } }>(`/apis/apps/v1/namespaces/${first.metadata.namespace}/replicasets`, {
      apiVersion: 'apps/v1',
      kind: 'ReplicaSet',
      metadata: { name: ref.name, labels },
      spec: { replicas: 3, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [{ name: 'app', image: 'example/app:1' }] } } },
    });
    owners.set(s, { name: ref.name, uid: created.metadata.uid });
  });
  await inParallel(Array.from({ length: PODS }, (_, n) => n), async (n) => {
    const { status, ...pod } = syntheticPod(n) as { status: unknown; metadata: { namespace: string; name: string; uid?: string; ownerReferences?: { uid: string }[]; resourceVersion?: string; creationTimestamp?: string; managedFields?: unknown } };
    delete pod.metadata.uid;
    delete pod.metadata.resourceVersion;
    delete pod.metadata.creationTimestamp;
    delete pod.metadata.managedFields;
    pod.metadata.ownerReferences = [{ ...pod.metadata.ownerReferences![0]!, uid: owners.get(podIndexes(n).service)!.uid }];
    await api.create(`/api/v1/namespaces/${pod.metadata.namespace}/pods`, pod);
    await api.patch(`/api/v1/namespaces/${pod.metadata.namespace}/pods/${pod.metadata.name}/status`, { status });
  });
  await inParallel(Array.from({ length: servicesFor(PODS) }, (_, s) => s), async (s) => {
    const svc = syntheticService(s)[0] as { metadata: Record<string, unknown>; spec: Record<string, unknown> };
    delete svc.metadata.uid;
    delete svc.metadata.managedFields;
    delete svc.spec.clusterIP;
    await api.create(`/api/v1/namespaces/${svc.metadata.namespace as string}/services`, svc);
  });

  const config = new KubeConfig();
  config.loadFromFile(cp.kubeconfig);
  const reader = new KubeReader(config);
  let t = performance.now();
  let parseMs = 0;
  let listed = 0;
  let next: string | undefined;
  do {
    const page = await reader.list('/api/v1/pods', { limit: 500, continue: next });
    const text = JSON.stringify(page);
    const p0 = performance.now();
    listed += (JSON.parse(text) as { items: unknown[] }).items.length;
    parseMs += performance.now() - p0;
    next = page.metadata.continue || undefined;
  } while (next);
  const plainMs = performance.now() - t;

  // A first run loads client code and opens connections, so that the measured run counts only the cache.
  const warmUp = new LiveCluster(config);
  await warmUp.start();
  warmUp.stop();
  const before = heap();
  t = performance.now();
  const live = new LiveCluster(config);
  await live.start();
  const syncedMs = performance.now() - t;
  // What a running server holds: the journal is released once its analyses have read it.
  live.state.release(live.state.sequence);
  const perPod = (heap() - before) / live.state.count('Pod');
  // The first full graph, as the server answers it: the shared analysis of everything, then its JSON.
  process.env.HOPSCOPE_AUTH = 'none';
  useCluster(liveSource(live, 'test'));
  const { GET } = await import('../app/api/stream/route');
  const connection = new AbortController();
  // The pods whose readiness turns below are kept drawn, as when someone has them selected: a view of
  // 20,000 pods folds most pods into cards.
  const flipped = Array.from({ length: 6 }, (_, n) => syntheticPod(firstPodOfService(n * 13 + 1)) as { metadata: { namespace: string; name: string } });
  const keep = flipped.map((p) => `pod/${p.metadata.namespace}/${p.metadata.name}`).join(',');
  const response = await GET(new NextRequest(`http://localhost/api/stream?keep=${keep}`, { signal: connection.signal, headers: { host: 'localhost' } }));
  let onPatch: (data: string) => void = () => undefined;
  const firstGraph = new Promise<void>((resolve) =>
    void readEvents(response, ({ event, data }) => {
      if (event === 'graph') resolve();
      if (event === 'patch') onPatch(data);
    }),
  );
  await firstGraph;
  const firstGraphMs = performance.now() - t;

  // A pod's readiness turning, written as the kubelet writes it, until the open stream has it.
  const readinessMs: number[] = [];
  for (let n = 0; n < 6; n++) {
    const pod = flipped[n]!;
    const id = `pod/${pod.metadata.namespace}/${pod.metadata.name}`;
    const ready = n % 2 === 1;
    const started = performance.now();
    const seen = new Promise<void>((resolve) => {
      onPatch = (data) => {
        if (!data.includes(`"id":"${id}"`)) return;
        const node = (JSON.parse(data) as GraphPatch).nodes.upsert.find((x) => x.id === id);
        if (node?.kind === 'pod' && node.ready === ready) resolve();
      };
    });
    await (ready ? kubelet.ready(pod.metadata.namespace, pod.metadata.name) : kubelet.notReady(pod.metadata.namespace, pod.metadata.name));
    await seen;
    readinessMs.push(performance.now() - started);
  }
  connection.abort();
  live.stop();
  sharedAnalyses(await currentCluster()).close();
  console.log(JSON.stringify({ pods: live.state.count('Pod'), listed, plainMs, parseMs, syncedMs, firstGraphMs, readinessMs, heapPerPod: perPod, services: live.state.count('Service') }));
} finally {
  await cp.stop();
}
