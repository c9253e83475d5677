import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../lib/analysis/build-graph';
import { fromRecording, type RecordedMetrics } from '../../lib/metrics/recorded';
import { screenEdges } from '../../lib/metrics/screen';
import { DEFAULT_THRESHOLDS } from '../../lib/metrics/thresholds';
import { loadFiles } from '../source/file-source';

const DEMO = join(import.meta.dirname, '../../demo');

describe('the demo recorded metrics layer', async () => {
  const cluster = await loadFiles([join(DEMO, 'cluster.json')], { kind: 'demo', name: 'Demo cluster' });
  const recorded = JSON.parse(readFileSync(join(DEMO, 'metrics.json'), 'utf8')) as RecordedMetrics;
  const graph = buildGraph(cluster.state, { namespaces: null });

  it('names only hops and edges the demo graph has, and covers every route -> Service edge', () => {
    const ids = new Set([...graph.nodes.map((n) => n.id), ...graph.edges.map((e) => e.id)]);
    expect([...Object.keys(recorded.edges), ...Object.keys(recorded.nodes)].filter((id) => !ids.has(id))).toEqual([]);
    expect(screenEdges(graph).map((e) => e.id).filter((id) => !recorded.edges[id])).toEqual([]);
  });

  it('marks the broken paths with MET-* findings and leaves the healthy ones alone', () => {
    const layer = fromRecording(recorded, { namespaces: null, edges: screenEdges(graph) }, DEFAULT_THRESHOLDS);
    const fiveXX = layer.findings.filter((f) => f.id === 'MET-5XX-RATIO').map((f) => f.edge).sort();
    expect(fiveXX).toEqual([
      'httproute/payments/refunds->service/shop/checkout',
      'ingress/inventory/inventory->service/inventory/inventory',
      'ingress/payments/payments->service/payments/payments-api',
      'ingress/payments/payments->service/payments/payments-webhooks',
      'ingress/reviews/reviews->service/reviews/reviews',
      'ingress/shop/shop->service/shop/cart-api',
      'ingress/shop/shop->service/shop/catalog',
      'ingress/shop/shop->service/shop/recommendations',
    ]);
    expect(layer.findings.some((f) => f.hop === 'ingress/blog/blog' || f.hop === 'ingress/monitoring/grafana' || f.hop === 'httproute/shop/storefront-v2')).toBe(false);
    expect(layer.findings.filter((f) => f.id === 'MET-RESTARTS').map((f) => f.hop.split('/')[1])).toEqual(['shop', 'kube-system']);
  });

  it('keeps to the namespaces on screen', () => {
    const shopOnly = buildGraph(cluster.state, { namespaces: ['blog'] });
    const layer = fromRecording(recorded, { namespaces: ['blog'], edges: screenEdges(shopOnly) }, DEFAULT_THRESHOLDS);
    expect(Object.keys(layer.edges)).toEqual(['ingress/blog/blog->service/blog/wordpress']);
    expect(Object.keys(layer.nodes)).toEqual([]);
  });
});
