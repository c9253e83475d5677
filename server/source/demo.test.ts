import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../lib/analysis/build-graph';
import type { Graph } from '../../lib/graph/types';
import { loadFiles } from './file-source';

const DEMO = join(import.meta.dirname, '../../demo/cluster.json');

/**
 * hop prefix (pod names carry random suffixes) -> the warning and critical check ids the demo's
 * injected failures (and its single-replica databases) must raise there; nothing else may warn.
 */
const EXPECTED: Record<string, string[]> = {
  'ingress/payments/payments': ['ING-SVC-MISSING'],
  'service/payments/payments-api': ['SVC-TARGETPORT-NAMED'],
  'endpoints/payments/payments-api': ['EPS-PORT-SUBSET'],
  'service/shop/catalog': ['SVC-SELECTOR-NOMATCH'],
  'endpoints/shop/catalog': ['EPS-EMPTY'],
  'endpoints/shop/cart-api': ['EPS-NOT-READY'],
  'pod/shop/cart-api-': ['POD-NOT-READY', 'PRB-EVENT-HTTP-STATUS'],
  'endpoints/shop/recommendations': ['EPS-NOT-READY'],
  'pod/shop/recommendations-': ['POD-CRASHLOOP', 'POD-NOT-READY', 'POD-OOMKILLED'],
  'endpoints/reviews/reviews': ['NP-INGRESS-CTRL-BLOCKED'],
  'endpoints/inventory/inventory': ['NP-INGRESS-CTRL-BLOCKED', 'NP-PORT-IS-SVC-PORT'],
  'service/payments/payments-db': ['SVC-SINGLE-ENDPOINT'],
  'service/monitoring/prometheus': ['SVC-SINGLE-ENDPOINT'],
  'pod/shop/search-': ['POD-GRACEFUL-SHUTDOWN'],
  'service/blog/mysql': ['SVC-ITP-LOCAL', 'SVC-SINGLE-ENDPOINT'],
  'service/blog/mysql-headless': ['SVC-SINGLE-ENDPOINT'],
  'service/monitoring/prometheus-operated': ['SVC-SINGLE-ENDPOINT'],
  'service/shop/cart-api': ['WL-REPLICAS'],
  'service/shop/recommendations': ['WL-REPLICAS'],
  'service/kube-system/kube-dns': ['DNS-CLUSTER-DNS-DOWN', 'WL-REPLICAS'],
  'endpoints/kube-system/kube-dns': ['EPS-NOT-READY'],
  'pod/kube-system/coredns-': ['POD-CRASHLOOP', 'POD-NOT-READY', 'POD-OOMKILLED'],
  'pod/payments/payments-api-': ['PRB-EVENT-TIMEOUT'],
  'ingress/shop/shop-legacy': ['ING-DUP-HOSTPATH'],
  'httproute/payments/refunds': ['RT-STATUS', 'RT-XNS-GRANT'],
  'ingress/reviews/reviews': ['ING-TLS-SECRET'],
};

/**
 * Context (info) findings the demo carries, by hop prefix: its LoadBalancer, health ports apart from
 * serving ports, the ingress-nginx chart's tolerant liveness probe, system pods without preStop,
 * kube-proxy's mode, default-deny policies, port numbers in Ingress backends, a ClientIP affinity,
 * a liveness budget shorter than a start that its pods, ready without a restart, got through.
 */
const CONTEXT: Record<string, string[]> = {
  'service/ingress-nginx/ingress-nginx-controller': ['SVC-PROBE-PORT-MISMATCH', 'SVC-TYPE'],
  'service/ingress-nginx/ingress-nginx-controller-admission': ['SVC-PROBE-PORT-MISMATCH'],
  'service/kube-system/kube-dns': ['SVC-PROBE-PORT-MISMATCH'],
  'pod/ingress-nginx/ingress-nginx-controller-': ['POD-GRACEFUL-SHUTDOWN', 'PRB-IDENTICAL'],
  'pod/kube-system/coredns-': ['POD-GRACEFUL-SHUTDOWN'],
  'pod/blog/mysql-': ['POD-GRACEFUL-SHUTDOWN'],
  'pod/payments/payments-db-': ['POD-GRACEFUL-SHUTDOWN'],
  'pod/shop/checkout-': ['POD-STARTUP-MISSING', 'PRB-TIMING'],
  client: ['DNS-NDOTS', 'KP-BYPASS', 'KP-MODE', 'NP-UNISOLATED'],
  'endpoints/reviews/reviews': ['NP-SELECTS-ALL'],
  'endpoints/inventory/inventory': ['NP-SELECTS-ALL'],
  'service/monitoring/alertmanager': ['SVC-AFFINITY'],
  ...Object.fromEntries(['inventory/inventory', 'payments/payments', 'reviews/reviews', 'shop/shop', 'shop/shop-legacy'].map((i) => [`ingress/${i}`, ['ING-PORT-NUMERIC']])),
};

/** Each hop's ids of one severity class, matched to a table keyed by id or id prefix (ending in "-"). */
function expectExactly(graph: Graph, table: Record<string, string[]>, pick: (severity: string) => boolean): void {
  const found = graph.nodes
    .filter((n) => n.findings.some((f) => pick(f.severity)))
    .map((n) => [n.id, [...new Set(n.findings.filter((f) => pick(f.severity)).map((f) => f.id))].sort()] as const);
  for (const [id, ids] of found) {
    const prefix = Object.keys(table).sort((a, b) => b.length - a.length).find((p) => id === p || (p.endsWith('-') && id.startsWith(p)));
    expect(prefix, `unexpected findings on ${id}: ${ids.join(', ')}`).toBeDefined();
    expect(ids, id).toEqual(table[prefix!]);
  }
  for (const prefix of Object.keys(table)) expect(found.some(([id]) => id.startsWith(prefix)), prefix).toBe(true);
}

describe('the bundled demo cluster', async () => {
  const cluster = await loadFiles([DEMO], { kind: 'demo', name: 'Demo cluster' });
  const graph = buildGraph(cluster.state, { namespaces: null });

  it('is read whole: dozens of pods in several namespaces, nothing skipped', () => {
    expect(cluster.state.count('Pod')).toBeGreaterThanOrEqual(30);
    expect(cluster.state.namespaces()).toEqual(expect.arrayContaining(['ingress-nginx', 'kube-system', 'shop', 'payments', 'blog', 'monitoring']));
    expect(graph.notes).toEqual([]);
  });

  it('shows each injected failure on the right hop, and nothing on the healthy paths', () => {
    expectExactly(graph, EXPECTED, (severity) => severity !== 'info');
    expectExactly(graph, CONTEXT, (severity) => severity === 'info');
  });

  it('keeps no Secret value: only names, types and key names', () => {
    expect(cluster.state.list('Secret').map((s) => [s.metadata.name, s.type, s.keys])).toEqual(expect.arrayContaining([['shop-tls', 'kubernetes.io/tls', ['tls.crt', 'tls.key']]]));
    expect(JSON.stringify(cluster.state.list('Secret'))).not.toContain('LS0t');
  });

  it('gives every finding evidence and a kubectl command that shows it', () => {
    const findings = graph.nodes.flatMap((n) => n.findings);
    expect(findings.length).toBeGreaterThan(50);
    expect(findings.filter((f) => f.evidence.kubectl.length === 0).map((f) => `${f.hop} ${f.id}`)).toEqual([]);
    expect(findings.filter((f) => f.evidence.kubectl.some((c) => !c.startsWith('kubectl '))).map((f) => f.id)).toEqual([]);
  });

  it('marks the broken hops critical and leaves healthy paths ok', () => {
    const health = (id: string) => graph.nodes.find((n) => n.id === id)?.health;
    expect(health('service/shop/catalog')).toBe('critical');
    expect(health('service/payments/payments-webhooks')).toBe('unknown');
    expect(health('ingress/blog/blog')).toBe('ok');
    expect(health('service/blog/wordpress')).toBe('ok');
    expect(graph.edges.find((e) => e.id === 'ingress/payments/payments->service/payments/payments-webhooks')?.health).toBe('critical');
  });

  it('draws NetworkPolicy verdicts on the pod edges: allowed on the blog, blocked on reviews and inventory', () => {
    const verdicts = (endpoints: string) => [...new Set(graph.edges.filter((e) => e.source === endpoints).map((e) => `${e.policy?.verdict}:${e.policy?.policies.join(',')}`))];
    expect(verdicts('endpoints/blog/wordpress')).toEqual(['allowed:blog/allow-ingress-nginx']);
    expect(verdicts('endpoints/reviews/reviews')).toEqual(['blocked:reviews/default-deny-ingress,reviews/allow-from-frontend']);
    expect(verdicts('endpoints/inventory/inventory')).toEqual(['blocked:inventory/allow-ingress-nginx']);
    expect(verdicts('endpoints/shop/frontend')).toEqual(['undefined:undefined']);
  });
});
