import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch } from '../graph/patch';
import type { Graph, GraphEdge, GraphNode } from '../graph/types';
import { ClusterState, stateFromObjects } from '../state/cluster-state';
import { startArb, watchEventArb, type WatchEvent } from '../testing/random-cluster';
import { Analysis } from './analysis';
import { buildGraph, graphOf } from './build-graph';
import { HopIndex } from '../view/hop-index';
import { findProblems, ProblemIndex } from '../view/problem-index';
import { sourceOfGraph, type ViewSource } from '../view/source';

const NOW = Date.parse('2026-11-20T12:00:00Z');

function apply(state: ClusterState, event: WatchEvent): void {
  if (event.type === 'upsert') state.ingest(event.object);
  else state.remove(event.kind, event.namespace, event.name);
}

type Items = { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] };

/**
 * Where two graphs differ, hop by hop and link by link (the order a graph lists them in is not part
 * of its meaning): each entry is an id with both versions.
 */
function differences(actual: Items, expected: Items): string[] {
  const out: string[] = [];
  for (const key of ['nodes', 'edges'] as const) {
    const a = new Map(actual[key].map((item) => [item.id, JSON.stringify(item)]));
    const b = new Map(expected[key].map((item) => [item.id, JSON.stringify(item)]));
    for (const id of new Set([...a.keys(), ...b.keys()])) {
      const x = a.get(id) ?? '(none)';
      const y = b.get(id) ?? '(none)';
      if (x === y) continue;
      let at = 0;
      while (x[at] === y[at]) at++;
      const from = Math.max(0, at - 200);
      out.push(`${id}, from character ${from}\n  incremental: ${x.slice(from, at + 300)}\n  full:        ${y.slice(from, at + 300)}`);
    }
  }
  return out;
}

/** Causes findings name that the hops do not carry: a check names its causes by their own rules, so none. */
function danglingCauses(nodes: readonly GraphNode[]): string[] {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  return nodes.flatMap((n) => n.findings.flatMap((f) => (f.because ?? []).filter((ref) => !byId.get(ref.hop)?.findings.some((c) => c.id === ref.id)).map((ref) => `${f.id} on ${n.id} <- ${ref.id} on ${ref.hop}`)));
}

/** What a hop index holds, comparable. */
function indexed(index: HopIndex) {
  return index.namespaceNames().map((ns) => {
    const hops = index.in(ns)!;
    return { ns, ids: [...hops.ids].sort(), loud: [...hops.loud].sort(), routes: [...hops.routes].sort(), kinds: hops.kinds, healths: hops.healths, findings: hops.findings };
  });
}

describe('incremental analysis', () => {
  it('after every watch event, equals a full analysis of the same state, and its changes bring a copy of the graph, the hop index and the Problems list there too; every cause a finding names is there', () => {
    fc.assert(
      fc.property(startArb, fc.array(watchEventArb, { minLength: 1, maxLength: 25 }), (initial, events) => {
        const state = stateFromObjects(initial);
        const analysis = new Analysis(state, { incremental: true, now: NOW });
        let copy: Graph = graphOf(state, analysis.nodeList(), analysis.edgeList(), { namespaces: null }, {});
        const index = new HopIndex(analysis.nodeList());
        const source: ViewSource = { node: (id) => analysis.node(id), from: (id) => analysis.outgoing(id), to: (id) => analysis.incoming(id), index };
        const problems = new ProblemIndex(source);
        for (const event of events) {
          apply(state, event);
          const changes = analysis.update(NOW);
          expect(changes).not.toBeNull();
          const full = new Analysis(state, { now: NOW });
          const expected = { nodes: full.nodeList(), edges: full.edgeList() };
          expect(differences({ nodes: analysis.nodeList(), edges: analysis.edgeList() }, expected)).toEqual([]);
          expect(danglingCauses(expected.nodes)).toEqual([]);
          copy = applyPatch(copy, { ...changes!, groups: { upsert: [], remove: [] }, rest: copy });
          expect(differences(copy, expected)).toEqual([]);
          for (const node of changes!.nodes.upsert) index.upsert(node);
          for (const id of changes!.nodes.remove) index.remove(id);
          expect(indexed(index)).toEqual(indexed(new HopIndex(expected.nodes)));
          problems.update([...changes!.nodes.upsert.map((n) => n.id), ...changes!.nodes.remove], [...changes!.edges.upsert.map((e) => e.id), ...changes!.edges.remove]);
          expect(problems.list()).toEqual(findProblems(sourceOfGraph(expected), null));
        }
      }),
      { numRuns: Number(process.env.HOPSCOPE_PROPERTY_RUNS ?? 200) },
    );
  }, 600_000);

  it('re-runs only what a change reaches: a pod turning unready re-runs its own Service, not the others', () => {
    const objects = ['a', 'b', 'c'].flatMap((app) => [
      { apiVersion: 'v1', kind: 'Service', metadata: { name: app, namespace: 'shop' }, spec: { selector: { app }, ports: [{ name: 'http', port: 80, targetPort: 8080 }] } },
      { apiVersion: 'v1', kind: 'Pod', metadata: { name: `${app}-1`, namespace: 'shop', labels: { app } }, spec: { containers: [{ name: 'app', ports: [{ containerPort: 8080 }] }] }, status: { phase: 'Running', podIP: '10.0.0.1', conditions: [{ type: 'Ready', status: 'True' }] } },
    ]);
    const state = stateFromObjects(objects);
    const analysis = new Analysis(state, { incremental: true, now: NOW });
    const pod = objects[1]!;
    state.ingest({ ...pod, status: { phase: 'Running', podIP: '10.0.0.1', conditions: [{ type: 'Ready', status: 'False' }] } });
    const changes = analysis.update(NOW)!;
    expect(changes.nodes.upsert.map((n) => n.id).sort()).toEqual(['endpoints/shop/a', 'pod/shop/a-1', 'service/shop/a']);
    expect(changes.nodes.upsert.find((n) => n.id === 'pod/shop/a-1')?.findings.map((f) => f.id)).toContain('POD-NOT-READY');
  });

  it('judges findings that depend on time again when their time comes', () => {
    const created = NOW - 60_000;
    const objects = [
      { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx' }, spec: { controller: 'example.com/unknown' } },
      { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'shop', namespace: 'shop', creationTimestamp: new Date(created).toISOString() }, spec: { ingressClassName: 'nginx', rules: [] } },
    ];
    const state = stateFromObjects(objects);
    const analysis = new Analysis(state, { incremental: true, now: NOW });
    const findings = () => analysis.nodeList().find((n) => n.id === 'ingress/shop/shop')!.findings.map((f) => f.id);
    expect(findings()).not.toContain('ING-CLASS-NO-CONTROLLER');
    expect(analysis.update(NOW + 60_000)!.nodes.upsert).toEqual([]);
    const later = analysis.update(NOW + 5 * 60_000)!;
    expect(later.nodes.upsert.map((n) => n.id)).toEqual(['ingress/shop/shop']);
    expect(findings()).toContain('ING-CLASS-NO-CONTROLLER');
    expect(findings()).toEqual(buildGraph(state, { namespaces: null }, { now: NOW + 5 * 60_000 }).nodes.find((n) => n.id === 'ingress/shop/shop')!.findings.map((f) => f.id));
  });

  it('says it cannot catch up when the journal no longer reaches back', () => {
    const state = new ClusterState();
    const analysis = new Analysis(state, { incremental: true, now: NOW });
    for (let i = 0; i < 60_000; i++) state.ingest({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: `ns-${i}` } });
    expect(analysis.update(NOW)).toBeNull();
  });
});
