import { describe, expect, it } from 'vitest';
import { graphOf, ingress, ingressClass, pod, service, slice } from '../testing/fixtures';
import { metricFindings } from './findings';
import { formatRed } from './format';
import { withMetricFindings } from './merge';
import { DEFAULT_THRESHOLDS } from './thresholds';
import type { MetricsLayer } from './types';

const web = pod('shop', 'web-1', { labels: { app: 'web' } });
const graph = graphOf([ingressClass('nginx'), ingress('shop', 'shop', [{ path: '/', service: 'web', port: 'http' }]), service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: web }]), web]);
const EDGE = 'ingress/shop/shop->service/shop/web';
const layer = (findings: MetricsLayer['findings']): MetricsLayer => ({ status: 'ok', window: '5m', at: 0, profiles: [], edges: {}, nodes: {}, kubeProxyStuck: null, findings, tookMs: 0 });

describe('metrics on the graph', () => {
  it('adds MET-* findings to their hops and edges and raises their health, leaving the input alone', () => {
    const finding = { id: 'MET-5XX-RATIO', severity: 'critical' as const, class: 'failing-now' as const, hop: 'ingress/shop/shop', edge: EDGE, message: 'x', evidence: { objects: [], fields: [], kubectl: [] } };
    const merged = withMetricFindings(graph, layer([finding]));
    expect(merged.nodes.find((n) => n.id === 'ingress/shop/shop')).toMatchObject({ health: 'critical', findings: expect.arrayContaining([finding]) });
    expect(merged.edges.find((e) => e.id === EDGE)?.health).toBe('critical');
    expect(graph.nodes.find((n) => n.id === 'ingress/shop/shop')?.health).not.toBe('critical');
    expect(graph.nodes.find((n) => n.id === 'ingress/shop/shop')?.findings).not.toContain(finding);
    expect(withMetricFindings(graph, layer([]))).toBe(graph);
  });

  it('words MET-PROBE-FAILURES from what the pod shows: one that is not ready stays out of the endpoints, a ready one flaps', () => {
    const sick = pod('shop', 'web-2', { labels: { app: 'web' }, ready: false });
    const both = graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: web }, { pod: sick, ready: false }]), web, sick]);
    const findings = metricFindings({ edges: {}, nodes: { 'pod/shop/web-1': { readinessFailures: 3 }, 'pod/shop/web-2': { readinessFailures: 30 } }, kubeProxyStuck: null, window: '5m' }, DEFAULT_THRESHOLDS);
    const merged = withMetricFindings(both, layer(findings));
    const message = (id: string) => merged.nodes.find((n) => n.id === id)?.findings.find((f) => f.id === 'MET-PROBE-FAILURES')?.message;
    expect(message('pod/shop/web-2')).toContain('failed 30 times in the last 5m');
    expect(message('pod/shop/web-2')).toContain('not ready');
    expect(message('pod/shop/web-2')).not.toContain('flap');
    expect(message('pod/shop/web-1')).toContain('flaps in and out of the endpoints');
  });

  it('formats the golden signals for an edge label', () => {
    expect(formatRed({ rate: 42.3, errorRatio: 0.002, clientErrorRatio: 0, p95Seconds: 0.18 })).toBe('42 req/s · 5xx 0.2 % · p95 180 ms');
    expect(formatRed({ rate: 1.5, errorRatio: 1, clientErrorRatio: 0, p95Seconds: 15 })).toBe('1.5 req/s · 5xx 100 % · p95 15.0 s');
    expect(formatRed({ rate: 0, errorRatio: null, clientErrorRatio: null, p95Seconds: null })).toBe('no traffic');
  });
});
