// The metrics layer for what is on screen: find out once per Prometheus which exporters it has and
// how their labels are named, then one batched round of queries (all in parallel, every one pinned
// to the same time), mapped onto the graph's hops and edges.
import { metricFindings } from '../../lib/metrics/findings';
import { COREDNS_RESPONSES, KSM_RESTARTS, KUBE_PROXY_STUCK, KUBE_PROXY_SYNC, PROBER, readinessFailuresQuery, restartsQuery, servfailQuery } from '../../lib/metrics/hop-queries';
import { RED_PROFILES, type RedProfile, type Target } from '../../lib/metrics/profiles';
import type { ScreenEdge } from '../../lib/metrics/screen';
import { DEFAULT_THRESHOLDS, type Thresholds } from '../../lib/metrics/thresholds';
import type { HopMetrics, MetricsLayer, RedMetrics } from '../../lib/metrics/types';
import { PrometheusError, type PrometheusClient, type Sample } from './client';

type LabelMap = Record<string, string>;

interface Discovery {
  red: { profile: RedProfile; labels: LabelMap }[];
  ksm: LabelMap | null;
  prober: LabelMap | null;
  kubeProxy: boolean;
  coredns: boolean;
}

/** The exporter's label names as stored: the Prometheus Operator renames clashing ones to `exported_*`. */
function labelsFrom(names: string[], wanted: string[]): LabelMap {
  return Object.fromEntries(wanted.map((l) => [l, names.includes(`exported_${l}`) ? `exported_${l}` : l]));
}

async function discover(client: PrometheusClient, at: number): Promise<Discovery> {
  const probes = [...new Set([...RED_PROFILES.map((p) => p.probe), KSM_RESTARTS, PROBER, KUBE_PROXY_SYNC, COREDNS_RESPONSES])];
  const names = new Map(await Promise.all(probes.map(async (m) => [m, await client.labelNames(m, at)] as const)));
  const present = (m: string) => (names.get(m) ?? []).length > 0;
  return {
    red: RED_PROFILES.filter((p) => present(p.probe)).map((profile) => ({ profile, labels: labelsFrom(names.get(profile.probe)!, profile.renamable) })),
    ksm: present(KSM_RESTARTS) ? labelsFrom(names.get(KSM_RESTARTS)!, ['namespace', 'pod']) : null,
    prober: present(PROBER) ? labelsFrom(names.get(PROBER)!, ['namespace', 'pod']) : null,
    kubeProxy: present(KUBE_PROXY_SYNC),
    coredns: present(COREDNS_RESPONSES),
  };
}

/** Discovery is cached per client for a while; a Prometheus that had nothing yet is asked again next time. */
const REDISCOVER_AFTER_MS = 10 * 60_000;
const discovered = new WeakMap<PrometheusClient, { found: Promise<Discovery>; at: number }>();

const isEmpty = (d: Discovery) => d.red.length === 0 && !d.ksm && !d.prober && !d.kubeProxy && !d.coredns;

function discovery(client: PrometheusClient, at: number): Promise<Discovery> {
  const cached = discovered.get(client);
  if (cached && Date.now() - cached.at < REDISCOVER_AFTER_MS) return cached.found;
  const found = discover(client, at);
  discovered.set(client, { found, at: Date.now() });
  found.then((d) => isEmpty(d) && discovered.delete(client)).catch(() => discovered.delete(client));
  return found;
}

function only(found: Discovery, names: readonly string[] | undefined): Discovery {
  if (!names) return found;
  const keep = (name: string) => names.includes(name);
  return {
    red: found.red.filter((r) => keep(r.profile.name)),
    ksm: keep('kube-state-metrics') ? found.ksm : null,
    prober: keep('kubelet-prober') ? found.prober : null,
    kubeProxy: keep('kube-proxy') && found.kubeProxy,
    coredns: keep('coredns') && found.coredns,
  };
}

/** The screen's edges by every key a profile's series can name, built once per request (series × edges would be quadratic). */
function edgeIndex(edges: readonly ScreenEdge[]): (target: Target) => readonly string[] {
  const byKey = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const ids = byKey.get(key);
    if (ids) ids.push(id);
    else byKey.set(key, [id]);
  };
  for (const e of edges) {
    add(`edge\n${e.id}`, e.id);
    add(`service\n${e.service.namespace}/${e.service.name}`, e.id);
    if (e.route.kind === 'httproute') add(`route\n${e.route.namespace}/${e.route.name}`, e.id);
    for (const port of new Set(e.service.ports)) add(`serviceKey\n${e.service.namespace}-${e.service.name}-${port}`, e.id);
  }
  return (target) => {
    const key = target.kind === 'edge' ? target.id : target.kind === 'serviceKey' ? target.key : `${target.namespace}/${target.name}`;
    return byKey.get(`${target.kind}\n${key}`) ?? [];
  };
}

interface Accumulated {
  classes: Map<string, number>;
  p95: number | null;
}

function toRed(a: Accumulated): RedMetrics {
  const total = [...a.classes.values()].reduce((s, v) => s + v, 0);
  const share = (cls: string) => (total > 0 ? (a.classes.get(cls) ?? 0) / total : null);
  return { rate: total, errorRatio: share('5'), clientErrorRatio: share('4'), p95Seconds: total > 0 ? a.p95 : null };
}

export interface LayerRequest {
  namespaces: readonly string[];
  window: string;
  /** Unix seconds every query is pinned to. */
  at: number;
  /** The route -> Service edges on screen: metrics are fetched for these only. */
  edges: readonly ScreenEdge[];
  thresholds?: Thresholds;
  /** Use only these profiles (by name) instead of all that discovery found. */
  profiles?: readonly string[];
}

const podNode = (namespace: string | undefined, pod: string | undefined) => (namespace && pod ? `pod/${namespace}/${pod}` : null);

export async function metricsLayer(client: PrometheusClient, request: LayerRequest): Promise<MetricsLayer> {
  const started = performance.now();
  const empty = { window: request.window, at: request.at, edges: {}, nodes: {}, kubeProxyStuck: null, findings: [], profiles: [] as string[] };
  try {
    const found = only(await discovery(client, request.at), request.profiles);
    const profiles = [...found.red.map((r) => r.profile.name), ...(found.ksm ? ['kube-state-metrics'] : []), ...(found.prober ? ['kubelet-prober'] : []), ...(found.kubeProxy ? ['kube-proxy'] : []), ...(found.coredns ? ['coredns'] : [])];
    if (profiles.length === 0) return { ...empty, status: 'absent', message: 'Prometheus has none of the metrics Hopscope knows (ingress controllers, kube-state-metrics, kubelet, kube-proxy, CoreDNS)', tookMs: performance.now() - started };
    const ns = request.namespaces;
    const w = request.window;
    const at = request.at;
    const none = Promise.resolve([] as Sample[]);
    const [red, restarts, failures, stuck, servfail] = await Promise.all([
      Promise.all(
        found.red.map(async ({ profile, labels }) => {
          const q = profile.queries(labels, ns, w);
          const [byClass, p95] = await Promise.all([client.query(q.byClass, at), q.p95 ? client.query(q.p95, at) : none]);
          return { profile, labels, byClass, p95 };
        }),
      ),
      found.ksm ? client.query(restartsQuery(found.ksm as { namespace: string; pod: string }, ns, w), at) : none,
      found.prober ? client.query(readinessFailuresQuery(found.prober as { namespace: string; pod: string }, ns, w), at) : none,
      found.kubeProxy ? client.query(KUBE_PROXY_STUCK, at) : none,
      found.coredns ? client.query(servfailQuery(w), at) : none,
    ]);
    const edgesFor = edgeIndex(request.edges);
    const acc = new Map<string, Accumulated>();
    for (const { profile, labels, byClass, p95 } of red) {
      for (const s of byClass) {
        const target = profile.target(s.metric, labels);
        for (const edge of target ? edgesFor(target) : []) {
          const a = acc.get(edge) ?? { classes: new Map(), p95: null };
          a.classes.set(s.metric.class ?? '?', (a.classes.get(s.metric.class ?? '?') ?? 0) + s.value);
          acc.set(edge, a);
        }
      }
      for (const s of p95) {
        const target = profile.target(s.metric, labels);
        for (const edge of target ? edgesFor(target) : []) {
          const a = acc.get(edge);
          if (a && Number.isFinite(s.value)) a.p95 = Math.max(a.p95 ?? 0, s.value * profile.unitScale);
        }
      }
    }
    const nodes: Record<string, HopMetrics> = {};
    const put = (id: string | null, patch: HopMetrics) => {
      if (id) nodes[id] = { ...nodes[id], ...patch };
    };
    for (const s of restarts) put(podNode(s.metric[found.ksm!.namespace!], s.metric[found.ksm!.pod!]), { restarts: s.value });
    for (const s of failures) put(podNode(s.metric[found.prober!.namespace!], s.metric[found.prober!.pod!]), { readinessFailures: s.value });
    if (servfail[0]) put('service/kube-system/kube-dns', { servfailRatio: servfail[0].value });
    const edges = Object.fromEntries([...acc].map(([id, a]) => [id, toRed(a)]));
    const kubeProxyStuck = found.kubeProxy ? stuck.map((s) => s.metric.instance ?? s.metric.node ?? '?') : null;
    const findings = metricFindings({ edges, nodes, kubeProxyStuck, window: w }, request.thresholds ?? DEFAULT_THRESHOLDS);
    return { ...empty, status: 'ok', profiles, edges, nodes, kubeProxyStuck, findings, tookMs: performance.now() - started };
  } catch (error) {
    const kind = error instanceof PrometheusError ? error.kind : 'error';
    return { ...empty, status: kind, message: (error as Error).message, tookMs: performance.now() - started };
  }
}
