import { describe, expect, it } from 'vitest';
import { applyPatch, viewPatch, type GraphPatch } from './patch';
import { graphOf, pod, service, slice } from '../testing/fixtures';
import type { Graph } from './types';
import { buildView } from '../view/build-view';
import { findProblems } from '../view/problem-index';
import { WHOLE_VIEW } from '../view/request';
import { sourceOfGraph } from '../view/source';

function view(graph: Graph) {
  const source = sourceOfGraph(graph);
  const { detail, ...items } = buildView(source, WHOLE_VIEW, findProblems(source, null));
  return { ...items, detail };
}

const isEmpty = (patch: GraphPatch) => [patch.nodes, patch.edges, patch.groups].every((p) => p.upsert.length === 0 && p.remove.length === 0);

describe('view patches', () => {
  const pods = (names: string[], sick = '') => names.map((name) => pod('shop', name, { labels: { app: 'web' }, ready: name !== sick }));
  const cluster = (names: string[], sick = '') => {
    const members = pods(names, sick);
    return graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', members.map((p) => ({ pod: p, ready: (p.metadata as { name: string }).name !== sick }))), ...members]);
  };
  const before = view(cluster(['web-a', 'web-b']));
  const after = view(cluster(['web-a', 'web-c'], 'web-a'));
  const changed = { nodes: new Set(['pod/shop/web-a', 'endpoints/shop/web', 'service/shop/web']), edges: new Set<string>() };

  it('carries what changed, and applying it gives the new view', () => {
    const patch = viewPatch(before, after, changed, { ...graphOf([]), nodes: undefined, edges: undefined } as never);
    expect(patch.nodes.remove).toEqual(['pod/shop/web-b']);
    expect(patch.nodes.upsert.map((n) => n.id).sort()).toEqual(['endpoints/shop/web', 'pod/shop/web-a', 'pod/shop/web-c', 'service/shop/web']);
    const start: Graph = { ...graphOf([]), nodes: [...before.nodes], edges: [...before.edges], groups: [...before.groups] };
    const applied = applyPatch(start, patch);
    expect(new Set(applied.nodes.map((n) => n.id))).toEqual(new Set(after.nodes.map((n) => n.id)));
    expect(new Set(applied.edges.map((e) => e.id))).toEqual(new Set(after.edges.map((e) => e.id)));
  });

  it('is empty between equal views, and carries a group card only when it changed', () => {
    const big = (sick = '') => view(cluster(Array.from({ length: 9 }, (_, i) => `web-${i}`), sick));
    const quiet = big();
    expect(isEmpty(viewPatch(quiet, big(), { nodes: new Set(), edges: new Set() }, {} as never))).toBe(true);
    const patch = viewPatch(quiet, big('web-3'), { nodes: new Set(['pod/shop/web-3']), edges: new Set() }, {} as never);
    expect(patch.groups.upsert.map((g) => g.id)).toEqual(['group/endpoints/shop/web']);
    expect(patch.nodes.upsert.map((n) => n.id)).toContain('pod/shop/web-3');
  });
});
