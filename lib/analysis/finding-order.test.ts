import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { causeChain } from '../graph/because';
import type { Graph, GraphNode } from '../graph/types';
import { withMetricFindings } from '../metrics/merge';
import { fromRecording, type RecordedMetrics } from '../metrics/recorded';
import { screenEdges } from '../metrics/screen';
import { DEFAULT_THRESHOLDS } from '../metrics/thresholds';
import { stateFromObjects } from '../state/cluster-state';
import { BROKEN_CLUSTERS } from '../testing/broken-clusters';
import { graphOf } from '../testing/fixtures';
import { buildGraph } from './build-graph';

const DEMO = join(import.meta.dirname, '../../demo');
const demo = buildGraph(stateFromObjects((JSON.parse(readFileSync(join(DEMO, 'cluster.json'), 'utf8')) as { items: unknown[] }).items), { namespaces: null });

const hop = (graph: Graph, prefix: string): GraphNode => {
  const node = graph.nodes.find((n) => n.id.startsWith(prefix));
  if (!node) throw new Error(`no hop ${prefix}`);
  return node;
};
const ids = (node: GraphNode) => node.findings.map((f) => f.id);
const chainOf = (graph: Graph, node: GraphNode, id: string) => {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return causeChain(node.findings.find((f) => f.id === id)!, (x) => byId.get(x)).map((step) => step.map((group) => group.id));
};

/** Every cause a finding names that the graph does not carry. */
const dangling = (graph: Graph) => {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.nodes.flatMap((n) => n.findings.flatMap((f) => (f.because ?? []).filter((ref) => !byId.get(ref.hop)?.findings.some((c) => c.id === ref.id)).map((ref) => `${f.id} on ${n.id} <- ${ref.id} on ${ref.hop}`)));
};

describe('a hop lists what fails now first, a cause before its effects, risks last', () => {
  it('on every hop of the demo: failing-now findings come before every risk, so the first is failing now wherever one is', () => {
    const failing = demo.nodes.filter((n) => n.findings.some((f) => f.class === 'failing-now'));
    expect(failing.length).toBeGreaterThan(20);
    for (const node of failing) expect(node.findings[0]!.class, node.id).toBe('failing-now');
    for (const node of demo.nodes) {
      const classes = node.findings.map((f) => f.class);
      expect(classes, node.id).toEqual([...classes].sort());
    }
  });

  it('pins the order on each broken path of the demo', () => {
    const expected: Record<string, string[]> = {
      'ingress/payments/payments': ['ING-SVC-MISSING', 'ING-PORT-NUMERIC'],
      'httproute/payments/refunds': ['RT-XNS-GRANT', 'RT-STATUS'],
      'service/shop/catalog': ['SVC-SELECTOR-NOMATCH'],
      'endpoints/shop/catalog': ['EPS-EMPTY'],
      'service/shop/cart-api': ['WL-REPLICAS'],
      'endpoints/shop/cart-api': ['EPS-NOT-READY'],
      'pod/shop/cart-api-': ['PRB-EVENT-HTTP-STATUS', 'POD-NOT-READY'],
      'service/shop/recommendations': ['WL-REPLICAS'],
      'endpoints/shop/recommendations': ['EPS-NOT-READY'],
      'pod/shop/recommendations-': ['POD-OOMKILLED', 'POD-CRASHLOOP', 'POD-NOT-READY'],
      'service/payments/payments-api': ['SVC-TARGETPORT-NAMED'],
      'endpoints/payments/payments-api': ['EPS-PORT-SUBSET'],
      'service/kube-system/kube-dns': ['DNS-CLUSTER-DNS-DOWN', 'WL-REPLICAS', 'SVC-PROBE-PORT-MISMATCH', 'SVC-PROBE-PORT-MISMATCH', 'SVC-PROBE-PORT-MISMATCH'],
      'endpoints/kube-system/kube-dns': ['EPS-NOT-READY'],
      'endpoints/reviews/reviews': ['NP-INGRESS-CTRL-BLOCKED', 'NP-SELECTS-ALL'],
      'endpoints/inventory/inventory': ['NP-PORT-IS-SVC-PORT', 'NP-INGRESS-CTRL-BLOCKED', 'NP-SELECTS-ALL'],
    };
    for (const [prefix, order] of Object.entries(expected)) {
      const hops = demo.nodes.filter((n) => n.id.startsWith(prefix) && n.findings.length);
      expect(hops.length, prefix).toBeGreaterThan(0);
      for (const node of hops) expect(ids(node), node.id).toEqual(order);
    }
    // The OOM-killed CoreDNS pod: the kill, the crash loop it causes, the readiness it costs, then the missing preStop hook.
    const coredns = demo.nodes.find((n) => n.id.startsWith('pod/kube-system/coredns-') && n.findings.some((f) => f.id === 'POD-OOMKILLED'))!;
    expect(ids(coredns)).toEqual(['POD-OOMKILLED', 'POD-CRASHLOOP', 'POD-NOT-READY', 'POD-GRACEFUL-SHUTDOWN']);
  });

  it('says "because" down to the root: EPS-EMPTY <- SVC-SELECTOR-NOMATCH, EPS-NOT-READY <- POD-NOT-READY <- PRB-EVENT-HTTP-STATUS, RT-STATUS <- RT-XNS-GRANT', () => {
    expect(hop(demo, 'endpoints/shop/catalog').findings[0]!.because).toEqual([{ id: 'SVC-SELECTOR-NOMATCH', hop: 'service/shop/catalog' }]);
    const cart = hop(demo, 'endpoints/shop/cart-api');
    expect(cart.findings[0]!.because?.map((ref) => ref.hop)).toEqual(demo.nodes.filter((n) => n.id.startsWith('pod/shop/cart-api-')).map((n) => n.id).sort());
    expect(chainOf(demo, cart, 'EPS-NOT-READY')).toEqual([['POD-NOT-READY'], ['PRB-EVENT-HTTP-STATUS']]);
    expect(chainOf(demo, hop(demo, 'service/shop/cart-api'), 'WL-REPLICAS')).toEqual([['POD-NOT-READY'], ['PRB-EVENT-HTTP-STATUS']]);
    expect(chainOf(demo, hop(demo, 'endpoints/kube-system/kube-dns'), 'EPS-NOT-READY')).toEqual([['POD-NOT-READY'], ['POD-CRASHLOOP'], ['POD-OOMKILLED']]);
    expect(chainOf(demo, hop(demo, 'endpoints/payments/payments-api'), 'EPS-PORT-SUBSET')).toEqual([['SVC-TARGETPORT-NAMED']]);
    expect(chainOf(demo, hop(demo, 'httproute/payments/refunds'), 'RT-STATUS')).toEqual([['RT-XNS-GRANT']]);
    expect(dangling(demo)).toEqual([]);
  });

  it('puts ING-SVC-MISSING before the 503 it causes on the route, which names it, and a measured 5xx after the root of its Service', () => {
    const recorded = JSON.parse(readFileSync(join(DEMO, 'metrics.json'), 'utf8')) as RecordedMetrics;
    const measured = withMetricFindings(demo, fromRecording(recorded, { namespaces: null, edges: screenEdges(demo) }, DEFAULT_THRESHOLDS));
    const payments = hop(measured, 'ingress/payments/payments');
    expect(ids(payments)).toEqual(['ING-SVC-MISSING', 'MET-5XX-RATIO', 'MET-5XX-RATIO', 'ING-PORT-NUMERIC']);
    const webhooks = payments.findings.find((f) => f.id === 'MET-5XX-RATIO' && f.edge === 'ingress/payments/payments->service/payments/payments-webhooks')!;
    expect(webhooks.because).toEqual([{ id: 'ING-SVC-MISSING', hop: 'ingress/payments/payments' }]);
    const shop = hop(measured, 'ingress/shop/shop');
    const catalog = shop.findings.find((f) => f.id === 'MET-5XX-RATIO' && f.edge === 'ingress/shop/shop->service/shop/catalog')!;
    expect(catalog.because).toEqual([{ id: 'SVC-SELECTOR-NOMATCH', hop: 'service/shop/catalog' }]);
    expect(shop.findings.at(-1)!.id).toBe('ING-PORT-NUMERIC');
    expect(dangling(measured)).toEqual([]);
  });

  describe.each(BROKEN_CLUSTERS.map((make) => make()))('a cluster broken by $name, with the usual latent risks beside it', (cluster) => {
    const graph = graphOf(cluster.objects);

    it('lists the cause, or its echo there, first on every affected hop, and the echo leads to the cause', () => {
      for (const [id, first] of Object.entries(cluster.first)) {
        const node = hop(graph, id);
        expect(node.findings[0]?.id, id).toBe(first);
        expect(node.findings[0]!.class, id).toBe('failing-now');
        const chain = chainOf(graph, node, first);
        expect(chain.length ? chain.at(-1) : [first], id).toContain(cluster.root);
      }
    });

    it('carries its latent risks after what fails now, and names no cause the graph lacks', () => {
      expect(graph.nodes.some((n) => n.findings.some((f) => f.id === 'POD-GRACEFUL-SHUTDOWN'))).toBe(true);
      expect(hop(graph, 'service/shop/db').findings.map((f) => f.id)).toEqual(['SVC-SINGLE-ENDPOINT']);
      for (const node of graph.nodes) {
        const classes = node.findings.map((f) => f.class);
        expect(classes, node.id).toEqual([...classes].sort());
      }
      expect(dangling(graph)).toEqual([]);
    });
  });
});
