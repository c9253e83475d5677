import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Analysis } from '../analysis/analysis';
import { buildGraph } from '../analysis/build-graph';
import { stateFromObjects } from '../state/cluster-state';
import { event, graphOf, ingress, ingressClass, pod, service, slice } from '../testing/fixtures';
import { HopIndex } from './hop-index';
import { findProblems, ProblemIndex } from './problem-index';
import { listProblems } from './problems';
import { sourceOfGraph, type ViewSource } from './source';

type Json = Record<string, unknown>;

const demo = buildGraph(stateFromObjects((JSON.parse(readFileSync(join(import.meta.dirname, '../../demo/cluster.json'), 'utf8')) as { items: unknown[] }).items), { namespaces: null });

/**
 * Pods behind two Services (web, and web-admin on another path), whose readiness probe answers 404:
 * or, with `ready`, all is well.
 */
function twoServices(ready: boolean): Json[] {
  const pods = ['web-1', 'web-2'].map((name) => pod('shop', name, { labels: { app: 'web' }, ready }));
  return [
    ingressClass('nginx'),
    pod('ingress-nginx', 'controller', { labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } }),
    ingress('shop', 'shop', [
      { path: '/', service: 'web', port: 80 },
      { path: '/admin', service: 'web-admin', port: 80 },
    ]),
    service('shop', 'web', { app: 'web' }),
    service('shop', 'web-admin', { app: 'web' }),
    slice('shop', 'web', pods.map((p) => ({ pod: p, ready }))),
    slice('shop', 'web-admin', pods.map((p) => ({ pod: p, ready }))),
    ...pods,
    ...(ready ? [] : pods.map((p) => event(p, 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 404', { count: 12 }))),
  ];
}

describe('the Problems list from the links between findings', () => {
  it('on the demo: names the root cause of each problem, and lists what fails now before risks', () => {
    const problems = findProblems(sourceOfGraph(demo), null);
    const cause = (id: string) => problems.find((p) => p.id === id)?.cause.id;
    expect(cause('service/shop/cart-api')).toBe('PRB-EVENT-HTTP-STATUS');
    expect(cause('service/shop/catalog')).toBe('SVC-SELECTOR-NOMATCH');
    expect(cause('service/kube-system/kube-dns')).toBe('POD-OOMKILLED');
    expect(cause('service/inventory/inventory')).toBe('NP-PORT-IS-SVC-PORT');
    expect(cause('httproute/payments/refunds')).toBe('RT-XNS-GRANT');
    const classes = problems.map((p) => p.class);
    expect(classes).toEqual([...classes].sort());
    expect(classes).toContain('risk');
    // A failing-now warning (the TLS Secret) before a risk of the same severity (one endpoint).
    expect(problems.findIndex((p) => p.cause.id === 'ING-TLS-SECRET')).toBeLessThan(problems.findIndex((p) => p.cause.id === 'SVC-SINGLE-ENDPOINT'));
    expect(listProblems(problems).problems.map((p) => p.id)).toEqual(problems.map((p) => p.id));
  });

  it('counts one root cause once: the echo on the second Service of the same pods joins the problem of their probe, with both Services\' paths', () => {
    const problems = findProblems(sourceOfGraph(graphOf(twoServices(false))), null);
    expect(problems.map((p) => [p.id, p.cause.id])).toEqual([['service/shop/web', 'PRB-EVENT-HTTP-STATUS']]);
    expect(problems[0]).toMatchObject({ class: 'failing-now', severity: 'critical', paths: 2, hops: 4, edges: ['ingress/shop/shop->service/shop/web', 'ingress/shop/shop->service/shop/web-admin'] });
  });

  it('keeps that up to date as the pods recover and break again, as a full build would', () => {
    const broken = twoServices(false);
    // The same objects, ready: pods, their endpoints, and no probe failures any more.
    const healthy = twoServices(true).filter((o) => o.kind === 'Pod' || o.kind === 'EndpointSlice');
    const same = (a: Json, b: Json) => a.kind === b.kind && (a.metadata as Json).name === (b.metadata as Json).name;
    const state = stateFromObjects(broken);
    const analysis = new Analysis(state, { incremental: true });
    const index = new HopIndex(analysis.nodeList());
    const source: ViewSource = { node: (id) => analysis.node(id), from: (id) => analysis.outgoing(id), to: (id) => analysis.incoming(id), index };
    const problems = new ProblemIndex(source);
    expect(problems.list().map((p) => p.id)).toEqual(['service/shop/web']);
    for (const ready of [true, false]) {
      for (const object of broken) {
        const meta = object.metadata as Json;
        if (object.kind === 'Event') {
          if (ready) state.remove('Event', meta.namespace as string, meta.name as string);
          else state.ingest(object);
        } else if (object.kind === 'Pod') state.ingest(ready ? { ...healthy.find((h) => same(h, object))!, metadata: meta } : object);
        else if (object.kind === 'EndpointSlice') state.ingest(ready ? { ...object, endpoints: (object.endpoints as Json[]).map((e) => ({ ...e, conditions: { ready: true, serving: true, terminating: false } })) } : object);
      }
      const changes = analysis.update()!;
      for (const node of changes.nodes.upsert) index.upsert(node);
      for (const id of changes.nodes.remove) index.remove(id);
      problems.update([...changes.nodes.upsert.map((n) => n.id), ...changes.nodes.remove], [...changes.edges.upsert.map((e) => e.id), ...changes.edges.remove]);
      const full = new Analysis(state);
      expect(problems.list()).toEqual(findProblems(sourceOfGraph({ nodes: full.nodeList(), edges: full.edgeList() }), null));
      // Recovered, what is left is the pods' missing preStop hook: a risk.
      expect(problems.list().map((p) => [p.id, p.cause.id, p.class])).toEqual([ready ? ['service/shop/web', 'POD-GRACEFUL-SHUTDOWN', 'risk'] : ['service/shop/web', 'PRB-EVENT-HTTP-STATUS', 'failing-now']]);
    }
  });
});
