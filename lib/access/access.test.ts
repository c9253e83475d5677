import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../analysis/build-graph';
import { KINDS } from '../k8s/kinds';
import type { Kind } from '../k8s/types';
import type { MetricsLayer } from '../metrics/types';
import { graphNamespaces } from '../snapshots/namespaces';
import { problemCounts } from '../snapshots/problems';
import type { Snapshot } from '../snapshots/types';
import { ClusterState } from '../state/cluster-state';
import type { JsonRecord } from '../state/read';
import { describeAccess, EVERYTHING, mayList, mayRead, namespaceScope, visibleNamespaces, type Access, type KindScope } from './access';
import { scopeMetrics } from './scope-metrics';
import { scopeSnapshot } from './scope-snapshot';
import { scopeState } from './scope-state';

/** `view` bound in one namespace: namespaced kinds there, its own Namespace object, nothing cluster-wide. */
function viewIn(namespace: string): Access {
  const only = new Set([namespace]);
  const kinds: [Kind, KindScope][] = (['Pod', 'Service', 'EndpointSlice', 'Ingress', 'NetworkPolicy', 'Event', 'Deployment', 'StatefulSet', 'Namespace'] as Kind[]).map((k) => [k, only]);
  return { kind: 'scoped', kinds: new Map(kinds) };
}

function demoState(): ClusterState {
  const state = new ClusterState();
  const dump = JSON.parse(readFileSync(join(import.meta.dirname, '../../demo/cluster.json'), 'utf8')) as { items: JsonRecord[] };
  for (const item of dump.items) state.ingest(item);
  return state;
}

describe('access', () => {
  it('answers per kind and namespace, Namespaces by their own name, and cluster-scoped kinds open no namespace', () => {
    const access: Access = { kind: 'scoped', kinds: new Map<Kind, KindScope>([['Pod', new Set(['shop'])], ['Node', 'all'], ['Namespace', new Set(['shop'])]]) };
    expect(mayList(access, 'Pod', 'shop')).toBe(true);
    expect(mayList(access, 'Pod', 'blog')).toBe(false);
    expect(mayList(access, 'Service', 'shop')).toBe(false);
    expect(mayList(access, 'Node', undefined)).toBe(true);
    expect(mayRead(access, { kind: 'Namespace', metadata: { name: 'shop' } })).toBe(true);
    expect(mayRead(access, { kind: 'Namespace', metadata: { name: 'blog' } })).toBe(false);
    expect(visibleNamespaces(access, ['blog', 'shop'])).toEqual(['shop']);
    expect(visibleNamespaces(EVERYTHING, ['blog', 'shop'])).toEqual(['blog', 'shop']);
    expect(namespaceScope(access)).toEqual(new Set(['shop']));
    expect(namespaceScope({ kind: 'scoped', kinds: new Map<Kind, KindScope>([['Pod', new Set(['shop'])], ['Service', 'all']]) })).toBe('all');
    expect(describeAccess(access, ['blog', 'shop'])).toContain('namespace shop');
    expect(describeAccess(EVERYTHING, ['blog'])).toBeNull();
    expect(describeAccess({ kind: 'scoped', kinds: new Map() }, ['blog'])).toContain('list nothing');
  });

  it('scopes the cluster to one namespace: the graph and its findings name nothing else', () => {
    const state = demoState();
    const scoped = scopeState(state, viewIn('payments'));
    expect(scopeState(state, EVERYTHING)).toBe(state);
    expect(scoped.namespaces()).toEqual(['payments']);
    expect(scoped.count('Node')).toBe(0);
    const graph = buildGraph(scoped, { namespaces: null });
    expect(graph.nodes.filter((n) => n.ref).every((n) => n.ref!.namespace === 'payments')).toBe(true);
    expect(graph.nodes.some((n) => n.id === 'service/payments/payments-api')).toBe(true);
    const text = JSON.stringify(graph);
    for (const other of ['shop', 'ingress-nginx', 'kube-system', 'monitoring', 'reviews']) expect(text).not.toContain(`/${other}/`);
  });

  it('keeps exactly the objects the viewer may read, for namespace sets, whole kinds and Namespaces by name', () => {
    const state = demoState();
    const access: Access = { kind: 'scoped', kinds: new Map<Kind, KindScope>([['Pod', new Set(['shop', 'blog', 'no-such'])], ['Service', 'all'], ['Node', 'all'], ['IngressClass', new Set(['shop'])], ['Namespace', new Set(['blog'])]]) };
    const scoped = scopeState(state, access);
    const key = (o: { metadata: { name: string; namespace?: string } }) => `${o.metadata.namespace}/${o.metadata.name}`;
    for (const kind of KINDS) expect(scoped.list(kind).map(key).sort(), kind).toEqual(state.list(kind).filter((o) => mayRead(access, o)).map(key).sort());
    expect(scoped.count('Pod')).toBeGreaterThan(0);
    expect(scoped.count('Service')).toBe(state.count('Service'));
    expect(scoped.list('Namespace').map((n) => n.metadata.name)).toEqual(['blog']);
    expect(scoped.count('IngressClass')).toBe(0);
  });

  it('rebuilds a snapshot from the objects the viewer may list, with its metrics cut to their hops', () => {
    const state = demoState();
    const full = buildGraph(state, { namespaces: ['shop', 'payments'] });
    const edge = full.edges.find((e) => e.source.includes('/shop/'))!;
    const metrics: MetricsLayer = {
      status: 'ok', window: '5m', at: 0, profiles: ['ingress-nginx'], tookMs: 1,
      edges: { [edge.id]: { rate: 1, errorRatio: 0, clientErrorRatio: 0, p95Seconds: 0.1 } },
      nodes: {}, kubeProxyStuck: ['10.0.0.1'], findings: [],
    };
    const snapshot: Snapshot = {
      kind: 'HopscopeSnapshot', version: 1, id: 'A'.repeat(22), title: 't', note: '', createdAt: new Date().toISOString(), createdBy: 'sre', cluster: 'c',
      namespaces: graphNamespaces(full),
      problems: problemCounts(full),
      view: { namespaces: ['shop', 'payments'], node: null, trace: null, method: 'GET', headers: [], range: '5m' },
      graph: full, metrics, trace: null,
      objects: [...['Namespace', 'Pod', 'Service', 'EndpointSlice', 'Ingress', 'NetworkPolicy', 'Node'].flatMap((k) => state.list(k as Kind))],
    };
    expect(scopeSnapshot(snapshot, EVERYTHING)).toBe(snapshot);
    const seen = scopeSnapshot(snapshot, viewIn('payments'));
    expect(seen.view.namespaces).toEqual(['payments']);
    expect(seen.namespaces).toEqual(['payments']);
    expect(Object.keys(snapshot.problems!)).toContain('shop');
    expect(seen.problems).toEqual(problemCounts(seen.graph));
    expect(Object.keys(seen.problems!)).not.toContain('shop');
    expect(seen.objects.every((o) => (o.kind === 'Namespace' ? o.metadata.name : o.metadata.namespace) === 'payments')).toBe(true);
    expect(seen.metrics?.edges).toEqual({});
    expect(seen.metrics?.kubeProxyStuck).toBeNull();
    expect(JSON.stringify(seen.graph)).not.toContain('/shop/');
    const nothing = scopeSnapshot({ ...snapshot, view: { ...snapshot.view, namespaces: ['shop'] } }, viewIn('payments'));
    expect(nothing.graph.scope.namespaces).toEqual([]);
  });

  it('keeps every metric for those who see everything, and only their hops for the rest', () => {
    const graph = buildGraph(scopeState(demoState(), viewIn('blog')), { namespaces: null });
    const layer = { edges: { 'a->b': {}, [graph.edges[0]!.id]: {} }, nodes: { [graph.nodes[1]!.id]: {}, 'pod/x/y': {} }, findings: [], kubeProxyStuck: null } as unknown as MetricsLayer;
    const scoped = scopeMetrics(layer, graph, viewIn('blog'));
    expect(Object.keys(scoped.edges)).toEqual([graph.edges[0]!.id]);
    expect(Object.keys(scoped.nodes)).toEqual([graph.nodes[1]!.id]);
    expect(scopeMetrics(layer, graph, EVERYTHING)).toBe(layer);
  });
});
