// The stream row of `npm run bench` (own process): a gen_cluster shape of N pods behind a synthetic
// source that applies 50 watch events a second (readiness flips, each a pod and an EndpointSlice
// event), 20 connections to the real /api/stream route handler over 3 views (all namespaces,
// team-000, team-000 + team-001), and two developers' RBAC scopes kept current beside them. Every
// 1.5 s one marked pod flips; the figure is how long until each connection (and each developer
// analysis that may see it) has it. The connections keep that pod drawn (`keep`, as when it is
// selected): at 150k pods a view folds most pods into cards. Prints one JSON line.
import { NextRequest } from 'next/server';
import type { Access } from '../lib/access/access';
import type { GraphPatch } from '../lib/graph/patch';
import type { Pod } from '../lib/k8s/types';
import { sharedAnalyses } from '../server/analysis/shared-analyses';
import { loadFiles } from '../server/source/file-source';
import { useCluster } from '../server/source/current';
import { shapeDir } from './shapes/shapes';
import { readEvents } from './sse';
import { syntheticSource } from '../test/synthetic-source';

const PODS = Number(process.argv[2] ?? 150_000);
const EVENTS_PER_SECOND = 50;
const CONNECTIONS = 20;
const WINDOW_MS = Number(process.env.HOPSCOPE_BENCH_STREAM_MS ?? 30_000);
const VIEWS = ['', 'team-000', 'team-000,team-001'];

process.env.HOPSCOPE_AUTH = 'none';
const started = performance.now();
const cluster = await loadFiles([shapeDir('gen_cluster', PODS)], { kind: 'live', name: 'synthetic' });
const source = syntheticSource(cluster.state, 'synthetic');
useCluster(source);
const { GET } = await import('../app/api/stream/route');

const pods = source.state.listIn('Pod', 'team-000').filter((p) => p.status.podIP);
const marked: Pod = pods[7]!;
const markedId = `pod/team-000/${marked.metadata.name}`;
const churn = [...source.state.namespaces()].filter((ns) => ns.startsWith('team-')).flatMap((ns) => source.state.listIn('Pod', ns)).filter((p) => p !== marked);

/** Arrivals of the marked flip, per receiver: ms after the flip. */
const latencies: number[] = [];
let flip: { at: number; ready: boolean; seen: Set<string> } | null = null;
const arrived = (receiver: string, ready: boolean | undefined) => {
  if (!flip || ready !== flip.ready || flip.seen.has(receiver)) return;
  flip.seen.add(receiver);
  latencies.push(performance.now() - flip.at);
};

const opened: Promise<void>[] = [];
for (let i = 0; i < CONNECTIONS; i++) {
  const view = VIEWS[i % VIEWS.length]!;
  const response = await GET(new NextRequest(`http://localhost/api/stream?keep=${markedId}${view ? `&namespaces=${view}` : ''}`, { headers: { host: 'localhost' } }));
  opened.push(
    new Promise<void>((ready) => {
      void readEvents(response, ({ event, data }) => {
        if (event === 'graph') ready();
        if (event !== 'patch' || !data.includes(`"id":"${markedId}"`)) return;
        const patch = JSON.parse(data) as GraphPatch;
        const node = patch.nodes.upsert.find((n) => n.id === markedId);
        arrived(`connection ${i}`, node?.kind === 'pod' ? node.ready : undefined);
      });
    }),
  );
}
await Promise.all(opened);
const developer = (namespaces: string[]): Access => ({ kind: 'scoped', kinds: new Map((['Pod', 'Service', 'EndpointSlice', 'Ingress', 'NetworkPolicy', 'Event'] as const).map((kind) => [kind, new Set(namespaces)])) });
for (const [i, namespaces] of [['team-000'], ['team-001']].entries()) {
  const analysis = await sharedAnalyses(source).of(developer(namespaces));
  analysis.subscribe((update) => {
    if (update.kind !== 'changes') return;
    const node = update.changes.nodes.upsert.find((n) => n.id === markedId);
    arrived(`developer ${i}`, node?.kind === 'pod' ? node.ready : undefined);
  });
}
const readyMs = performance.now() - started;

// Churn: readiness flips (two watch events each) at the rate asked for, catching up when the
// event loop was busy, and the marked pod every 1.5 s.
let cursor = 0;
let events = 0;
let flips = 0;
const churnStart = performance.now();
const churner = setInterval(() => {
  const due = Math.floor(((performance.now() - churnStart) / 1000) * (EVENTS_PER_SECOND / 2));
  for (; flips < due; flips++) {
    const pod = churn[(cursor = (cursor * 7919 + 1) % churn.length)]!;
    const current = source.state.get('Pod', pod.metadata.namespace, pod.metadata.name)!;
    const ready = !current.status.conditions?.some((c) => c.type === 'Ready' && c.status === 'True');
    source.flip(pod, ready);
    events += 2;
  }
}, 10);
let markedReady = true;
const marker = setInterval(() => {
  markedReady = !markedReady;
  flip = { at: performance.now(), ready: markedReady, seen: new Set() };
  source.flip(marked, markedReady);
}, 1500);

await new Promise((resolve) => setTimeout(resolve, 3000));
latencies.length = 0;
events = 0;
const cpu = process.cpuUsage();
const t0 = performance.now();
await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
const wall = performance.now() - t0;
const used = process.cpuUsage(cpu);
clearInterval(churner);
clearInterval(marker);

const sorted = [...latencies].sort((a, b) => a - b);
const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN);
console.log(
  JSON.stringify({
    pods: source.state.count('Pod'),
    readyMs: Math.round(readyMs),
    eventsPerSecond: Math.round((events / wall) * 1000),
    receivers: CONNECTIONS + 2,
    arrivals: latencies.length,
    p50: at(0.5),
    p95: at(0.95),
    max: Math.round(sorted[sorted.length - 1] ?? NaN),
    cores: (used.user + used.system) / 1000 / wall,
    heapMB: Math.round(process.memoryUsage().heapUsed / 1e6),
  }),
);
process.exit(0);
