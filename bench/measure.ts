// One bench size in its own process (run with --expose-gc): prints one JSON line of figures.
import { buildGraph } from '../lib/analysis/build-graph';
import { ClusterState } from '../lib/state/cluster-state';
import type { Labels, Pod } from '../lib/k8s/types';
import { INGRESS_CLASS, servicesFor, syntheticPod, syntheticService } from './synthetic';

const PAGE = 500;
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

function heapAfterGc(): number {
  gc!();
  gc!();
  return process.memoryUsage().heapUsed;
}

function* pages(pods: number): Generator<string> {
  let batch: unknown[] = [INGRESS_CLASS];
  const flush = () => {
    const text = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: batch });
    batch = [];
    return text;
  };
  for (let n = 0; n < pods; n++) {
    batch.push(syntheticPod(n));
    if (batch.length >= PAGE) yield flush();
  }
  for (let s = 0; s < servicesFor(pods); s++) {
    batch.push(...syntheticService(s));
    if (batch.length >= PAGE) yield flush();
  }
  if (batch.length) yield flush();
}

function naiveSelect(all: Pod[], namespace: string, selector: Labels): Pod[] {
  return all.filter((p) => p.metadata.namespace === namespace && Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v));
}

const pods = Number(process.argv[2]);
const state = new ClusterState({ journal: false });
const before = heapAfterGc();
let parseMs = 0;
let ingestMs = 0;
let jsonBytes = 0;
let podBytes = 0;
for (const text of pages(pods)) {
  jsonBytes += text.length;
  let t = performance.now();
  const list = JSON.parse(text) as { items: Record<string, unknown>[] };
  parseMs += performance.now() - t;
  t = performance.now();
  for (const item of list.items) state.ingest(item);
  ingestMs += performance.now() - t;
}
podBytes = JSON.stringify(syntheticPod(1)).length;
const retained = heapAfterGc() - before;

let t = performance.now();
const graph = buildGraph(state, { namespaces: null });
const graphMs = performance.now() - t;

const services = state.list('Service');
const sample = services.filter((_, i) => i % Math.max(1, Math.floor(services.length / 200)) === 0).slice(0, 200);
const allPods = state.list('Pod');
t = performance.now();
let indexed = 0;
for (let round = 0; round < 50; round++) for (const s of sample) indexed += state.select('Pod', s.metadata.namespace, s.spec.selector ?? {}).length;
const indexMs = (performance.now() - t) / 50;
t = performance.now();
let naive = 0;
for (const s of sample) naive += naiveSelect(allPods, s.metadata.namespace ?? '', s.spec.selector ?? {}).length;
const naiveMs = performance.now() - t;
if (indexed / 50 !== naive) throw new Error(`index join found ${indexed / 50} pods, naive ${naive}`);

console.log(
  JSON.stringify({
    pods,
    services: services.length,
    jsonMB: jsonBytes / 1024 ** 2,
    podBytes,
    parseMs,
    buildMs: ingestMs + graphMs,
    ingestMs,
    graphMs,
    nodes: graph.nodes.length,
    findings: graph.nodes.reduce((n, node) => n + node.findings.length, 0),
    heapPerPod: retained / pods,
    joinSpeedup: naiveMs / indexMs,
  }),
);
