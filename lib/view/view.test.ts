import { describe, expect, it } from 'vitest';
import type { Graph, GroupNode } from '../graph/types';
import { container, graphOf, httpProbe, ingress, ingressClass, namespace, pod, service, slice } from '../testing/fixtures';
import { buildView, QUIET_NAMESPACES_ID } from './build-view';
import { COLLAPSE_ABOVE } from './fold';
import { isQuiet } from './hop-index';
import { findProblems } from './problem-index';
import { listProblems, ofCause, PROBLEMS_PER_CAUSE } from './problems';
import { WHOLE_VIEW, type ViewRequest } from './request';
import { searchHops } from './search';
import { stateFromObjects } from '../state/cluster-state';
import { sourceOfGraph } from './source';

type Json = Record<string, unknown>;

/** Pods that drain before they stop: quiet unless a test breaks them. */
const drained = [container('app', [{ name: 'http', containerPort: 8080, protocol: 'TCP' }], { readinessProbe: httpProbe(8080), lifecycle: { preStop: { sleep: { seconds: 5 } } } })];

/** A namespace of `services` Services behind one Ingress, `pods` pods each; `broken` names what to break. */
function tenant(ns: string, services: number, pods: number, broken: { typo?: number; notReady?: number; missing?: boolean } = {}): Json[] {
  const objects: Json[] = [namespace(ns)];
  const paths = Array.from({ length: services }, (_, s) => ({ path: `/s${s}`, service: `svc-${s}`, port: 80 }));
  if (broken.missing) paths.push({ path: '/gone', service: 'gone', port: 80 });
  objects.push(ingress(ns, `web-${ns}`, paths));
  for (let s = 0; s < services; s++) {
    const app = `app-${s}`;
    const members = Array.from({ length: pods }, (_, p) => pod(ns, `${app}-${p}`, { labels: { app }, ready: !(broken.notReady === s && p === 0), containers: drained }));
    objects.push(service(ns, `svc-${s}`, { app: broken.typo === s ? `${app}x` : app }));
    objects.push(slice(ns, `svc-${s}`, broken.typo === s ? [] : members.map((m, p) => ({ pod: m, ready: !(broken.notReady === s && p === 0) }))));
    objects.push(...members);
  }
  return objects;
}

const controller = pod('ingress-nginx', 'controller', { labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } });

function clusterOf(tenants: Json[][]): Graph {
  return graphOf([ingressClass('nginx'), namespace('ingress-nginx'), controller, ...tenants.flat()]);
}

const request = (change: Partial<ViewRequest> = {}): ViewRequest => ({ ...WHOLE_VIEW, ...change });

function viewOf(graph: Graph, change: Partial<ViewRequest> = {}, budget?: number) {
  const source = sourceOfGraph(graph);
  return buildView(source, request(change), findProblems(source, null), budget);
}

const ids = (view: { nodes: { id: string }[] }) => new Set(view.nodes.map((n) => n.id));
const groupOf = (view: { groups: GroupNode[] }, id: string) => view.groups.find((g) => g.id === id);

describe('problems', () => {
  const graph = clusterOf([tenant('shop', 3, 2, { typo: 1, notReady: 2, missing: true })]);
  const problems = findProblems(sourceOfGraph(graph), null);

  it('names a selector typo once, at its Service, the cause before the empty endpoints it leads to', () => {
    const typo = problems.find((p) => p.id === 'service/shop/svc-1')!;
    expect(typo.cause.id).toBe('SVC-SELECTOR-NOMATCH');
    expect(typo.findings).toBeGreaterThan(1);
    expect(typo.paths).toBe(1);
    expect(typo.hosts).toEqual(['web-shop.example.com']);
    expect(typo.edges).toEqual(['ingress/shop/web-shop->service/shop/svc-1']);
    expect(problems.filter((p) => p.cause.id === 'EPS-EMPTY')).toEqual([]);
  });

  it('anchors a pod that is not ready at its Service, and a backend that does not exist at the route', () => {
    expect(problems.find((p) => p.id === 'service/shop/svc-2')?.hop).toBe('service/shop/svc-2');
    expect(problems.find((p) => p.id === 'ingress/shop/web-shop')?.cause.id).toBe('ING-SVC-MISSING');
  });

  it('lists many problems with one cause as one group, whose problems are asked for by cause', () => {
    const many = clusterOf(Array.from({ length: PROBLEMS_PER_CAUSE + 5 }, (_, i) => tenant(`t-${i}`, 1, 2, { typo: 0 })));
    const all = findProblems(sourceOfGraph(many), null);
    const list = listProblems(all);
    expect(list.groups).toEqual([expect.objectContaining({ cause: 'SVC-SELECTOR-NOMATCH', severity: 'critical', count: PROBLEMS_PER_CAUSE + 5, paths: PROBLEMS_PER_CAUSE + 5, title: 'Service selector matches no pod' })]);
    expect(list.problems.some((p) => p.cause.id === 'SVC-SELECTOR-NOMATCH')).toBe(false);
    expect(ofCause(all, 'SVC-SELECTOR-NOMATCH', 'critical')).toHaveLength(PROBLEMS_PER_CAUSE + 5);
    expect(listProblems(problems).groups).toEqual([]);
  });

  it('ranks critical before warning, then by the paths broken', () => {
    const order = problems.map((p) => p.severity);
    expect(order).toEqual([...order].sort((a, b) => (a === b ? 0 : a === 'critical' ? -1 : 1)));
    expect(problems.length).toBeGreaterThanOrEqual(3);
  });
});

describe('buildView', () => {
  it('draws a small cluster whole, the quiet pods of a big Service folded into one card that opens', () => {
    const graph = clusterOf([tenant('shop', 2, COLLAPSE_ABOVE + 3)]);
    const view = viewOf(graph);
    expect(view.detail).toMatchObject({ level: 'all', hops: graph.nodes.length });
    const group = groupOf(view, 'group/endpoints/shop/svc-0')!;
    expect(group).toMatchObject({ folds: 'pods', pods: { total: COLLAPSE_ABOVE + 3, ready: COLLAPSE_ABOVE + 3 }, hops: { pod: COLLAPSE_ABOVE + 3 } });
    expect(view.edges.some((e) => e.source === 'endpoints/shop/svc-0' && e.target === group.id)).toBe(true);
    expect([...ids(view)].some((id) => id.startsWith('pod/shop/app-0-'))).toBe(false);
    const opened = viewOf(graph, { open: [group.id] });
    expect([...ids(opened)].filter((id) => id.startsWith('pod/shop/app-0-'))).toHaveLength(COLLAPSE_ABOVE + 3);
  });

  it('folds the quiet Services of a route when the whole does not fit, never the broken ones', () => {
    const graph = clusterOf([tenant('shop', 12, 2, { typo: 3 })]);
    const view = viewOf(graph, {}, 20);
    expect(view.detail.level).toBe('services');
    const group = groupOf(view, 'group/services/ingress/shop/web-shop')!;
    expect(group.hops).toMatchObject({ service: 11, endpoints: 11, pod: 22 });
    expect(ids(view).has('service/shop/svc-3')).toBe(true);
    expect(ids(view).has('service/shop/svc-0')).toBe(false);
  });

  it('shows the overview when even that does not fit: the worst paths, each namespace beside them one card', () => {
    const tenants = Array.from({ length: 6 }, (_, i) => tenant(`team-${i}`, 4, 3, i === 2 ? { typo: 1 } : {}));
    const graph = clusterOf(tenants);
    const view = viewOf(graph, {}, 12);
    expect(view.detail.level).toBe('overview');
    expect(ids(view).has('service/team-2/svc-1')).toBe(true);
    expect(ids(view).has('ingress/team-2/web-team-2')).toBe(true);
    const quiet = groupOf(view, 'group/namespace/team-0')!;
    expect(quiet).toMatchObject({ folds: 'namespace', health: 'info', hops: { ingress: 1, service: 4, endpoints: 4, pod: 12 }, hosts: ['web-team-0.example.com'] });
    expect(view.edges.some((e) => e.source === 'client' && e.target === quiet.id)).toBe(true);
    // Nothing is lost: every hop is drawn or counted in a card.
    const counted = view.nodes.length + view.groups.reduce((n, g) => n + Object.values(g.hops).reduce((a, b) => a + (b ?? 0), 0), 0);
    expect(counted).toBeGreaterThanOrEqual(graph.nodes.length);
    // No hop that is not quiet hides in a Services or pods card.
    for (const g of view.groups.filter((g) => g.folds !== 'namespace')) expect(isQuiet(g.health)).toBe(true);
  });

  it('ends where it did when built again from the hint of the last build', () => {
    const graph = clusterOf(Array.from({ length: 6 }, (_, i) => tenant(`team-${i}`, 4, 3, i === 2 ? { typo: 1 } : {})));
    const source = sourceOfGraph(graph);
    const problems = findProblems(source, null);
    for (const budget of [12, 30, 1000]) {
      const first = buildView(source, request(), problems, budget);
      const again = buildView(source, request(), problems, budget, first.hint);
      expect({ ...again, hint: undefined }).toEqual({ ...first, hint: undefined });
    }
  });

  it('folds many quiet namespaces into one card, unless it is opened', () => {
    const tenants = Array.from({ length: 45 }, (_, i) => tenant(`ns-${String(i).padStart(2, '0')}`, 1, 2));
    const graph = clusterOf(tenants);
    const view = viewOf(graph, {}, 20);
    expect(groupOf(view, QUIET_NAMESPACES_ID)).toMatchObject({ namespaces: 45, hops: { service: 45 } });
    expect(viewOf(graph, { open: [QUIET_NAMESPACES_ID] }, 20).groups.filter((g) => g.folds === 'namespace')).toHaveLength(45);
  });

  it('draws a focused hop with where its requests come from and go, and keeps kept hops out of any card', () => {
    const graph = clusterOf([tenant('shop', 3, COLLAPSE_ABOVE + 2), tenant('blog', 2, 1)]);
    const focused = viewOf(graph, { focus: 'service/shop/svc-1' });
    expect(focused.detail.focus).toBe('service/shop/svc-1');
    expect([...ids(focused)].sort()).toEqual(['client', 'endpoints/shop/svc-1', 'ingress/shop/web-shop', 'service/shop/svc-1']);
    const kept = viewOf(graph, { keep: ['pod/shop/app-1-3'] });
    expect(ids(kept).has('pod/shop/app-1-3')).toBe(true);
  });

  it('leaves healthy paths out with only problems, and says how many hops it left out', () => {
    const graph = clusterOf([tenant('shop', 3, 2, { typo: 0 }), tenant('blog', 2, 2)]);
    const view = viewOf(graph, { problemsOnly: true });
    expect(ids(view).has('service/shop/svc-0')).toBe(true);
    expect([...ids(view)].some((id) => id.includes('/blog/'))).toBe(false);
    expect(view.detail.hidden).toBeGreaterThan(0);
    expect(view.detail.problems.critical).toBeGreaterThan(0);
  });

  it('limits a view to namespaces', () => {
    const graph = clusterOf([tenant('shop', 1, 1), tenant('blog', 1, 1)]);
    const view = viewOf(graph, { namespaces: ['blog'] });
    expect([...ids(view)].every((id) => id === 'client' || id.includes('/blog/'))).toBe(true);
  });
});

describe('folding what looks alike', () => {
  it('folds pods that share a warning into one card that says so, and draws the critical one', () => {
    const ns = 'shop';
    const undrained = Array.from({ length: 9 }, (_, p) => pod(ns, `web-${p}`, { labels: { app: 'web' } }));
    const crashing = pod(ns, 'web-9', {
      labels: { app: 'web' },
      ready: false,
      containerStatuses: [{ name: 'app', ready: false, restartCount: 12, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { reason: 'Error', exitCode: 1 } } }],
    });
    const graph = clusterOf([[namespace(ns), ingress(ns, 'web', [{ path: '/', service: 'web', port: 80 }]), service(ns, 'web', { app: 'web' }), slice(ns, 'web', [...undrained.map((p) => ({ pod: p })), { pod: crashing, ready: false }]), ...undrained, crashing]]);
    const view = viewOf(graph);
    const group = groupOf(view, 'group/endpoints/shop/web')!;
    expect(group).toMatchObject({ health: 'warning', hops: { pod: 9 }, findings: { 'POD-GRACEFUL-SHUTDOWN': 9 }, pods: { total: 10, ready: 9 } });
    expect(ids(view).has('pod/shop/web-9')).toBe(true);
  });
});

describe('searchHops', () => {
  const objects = [ingressClass('nginx'), namespace('ingress-nginx'), controller, ...tenant('shop', 2, 2, { typo: 1 })];
  const graph = graphOf(objects);
  const source = sourceOfGraph(graph);
  const state = stateFromObjects(objects);
  const search = (q: string) => searchHops(source, state, q, null);

  it('finds hops by name, host, path, pod IP, label, finding id and symptom, drawn or folded', () => {
    expect(search('app-0-1').matches.map((m) => m.id)).toEqual(['pod/shop/app-0-1']);
    expect(search('web-shop.example').matches[0]).toMatchObject({ id: 'ingress/shop/web-shop', matched: 'host web-shop.example.com' });
    expect(search('/s1').matches[0]).toMatchObject({ id: 'ingress/shop/web-shop', matched: 'path /s1' });
    const ip = (graph.nodes.find((n) => n.id === 'pod/shop/app-0-0') as { podIP: string }).podIP;
    expect(search(ip).matches.map((m) => m.id)).toContain('pod/shop/app-0-0');
    expect(search('app=app-0').matches.map((m) => m.id).sort()).toEqual(['pod/shop/app-0-0', 'pod/shop/app-0-1', 'service/shop/svc-0']);
    expect(search('svc-selector').matches.map((m) => m.id)).toEqual(['service/shop/svc-1']);
    expect(search('503').matches[0]).toMatchObject({ health: 'critical', matched: expect.stringContaining('(503)') });
  });

  it('says how many match, least healthy first, and none for nothing', () => {
    const all = search('shop');
    expect(all.total).toBe(all.matches.length);
    expect(all.matches[0]!.health).toBe('critical');
    expect(search('no-such-thing')).toEqual({ query: 'no-such-thing', total: 0, matches: [] });
  });
});
