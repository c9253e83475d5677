import { describe, expect, it } from 'vitest';
import { EVERYTHING, type Access } from '../../lib/access/access';
import { ClusterState } from '../../lib/state/cluster-state';
import { pod, service, slice } from '../../lib/testing/fixtures';
import { syntheticSource } from '../../test/synthetic-source';
import type { AnalysisUpdate } from './shared-analysis';
import { SharedAnalyses } from './shared-analyses';

/** A source over a state the test changes, as the live source's informers do. */
function source(objects: Record<string, unknown>[]) {
  const state = new ClusterState();
  for (const object of objects) state.ingest(object);
  return syntheticSource(state, 'test');
}

const inNamespace = (ns: string): Access => ({ kind: 'scoped', kinds: new Map([['Pod', new Set([ns])], ['Service', new Set([ns])], ['EndpointSlice', new Set([ns])]]) });

function shop(ns: string) {
  const web = pod(ns, 'web-1', { labels: { app: 'web' } });
  return { web, objects: [web, service(ns, 'web', { app: 'web' }), slice(ns, 'web', [{ pod: web }])] };
}

describe('shared analyses', () => {
  it('give every viewer of a scope the same analysis, and each scope its own', async () => {
    const cluster = source([...shop('shop').objects, ...shop('blog').objects]);
    const analyses = new SharedAnalyses(cluster, { coalesceMs: 10 });
    try {
      const [a, b] = await Promise.all([analyses.of(EVERYTHING), analyses.of(EVERYTHING)]);
      expect(a).toBe(b);
      const dev = await analyses.of(inNamespace('shop'));
      expect(dev).not.toBe(a);
      expect(await analyses.of(inNamespace('shop'))).toBe(dev);
      expect(dev.graph(null, {}).nodes.map((n) => n.id)).toEqual(['client', 'service/shop/web', 'endpoints/shop/web', 'pod/shop/web-1']);
    } finally {
      analyses.close();
    }
  });

  it('catch up once per coalesced change and tell each scope only what it may see', async () => {
    const { web, objects } = shop('shop');
    const cluster = source([...objects, ...shop('blog').objects]);
    const analyses = new SharedAnalyses(cluster, { coalesceMs: 10 });
    try {
      const all = await analyses.of(EVERYTHING);
      const dev = await analyses.of(inNamespace('blog'));
      const seen: AnalysisUpdate[] = [];
      const devSeen: AnalysisUpdate[] = [];
      all.subscribe((u) => seen.push(u));
      dev.subscribe((u) => devSeen.push(u));
      const caught = new Promise<void>((resolve) => all.subscribe(() => resolve()));
      cluster.change({ ...web, status: { phase: 'Running', podIP: '10.0.0.9', conditions: [{ type: 'Ready', status: 'False' }] } });
      cluster.change({ ...web, status: { phase: 'Running', podIP: '10.0.0.9', conditions: [{ type: 'Ready', status: 'False' }], containerStatuses: [] } });
      await caught;
      expect(seen).toHaveLength(1);
      const update = seen[0]!;
      expect(update.kind === 'changes' && update.changes.nodes.upsert.find((n) => n.id === 'pod/shop/web-1')?.findings.map((f) => f.id)).toContain('POD-NOT-READY');
      expect(update.version).toBe(2);
      expect(devSeen).toEqual([]);
      // Every analysis has read the changes: the source forgets them, and the old objects they held.
      await analyses.catchUp();
      expect(cluster.state.changesSince(0)).toBeNull();
      expect(cluster.state.changesSince(cluster.state.sequence)).toEqual([]);
      expect(all.graph(['shop'], {}).nodes.find((n) => n.id === 'pod/shop/web-1')?.health).not.toBe('ok');
    } finally {
      analyses.close();
    }
  });

  it('answer a snapshot\'s "changed since" from the index: as many hops as the graph of those namespaces, each hop\'s health now, kept current', async () => {
    const { web, objects } = shop('shop');
    const cluster = source([...objects, ...shop('blog').objects]);
    const analyses = new SharedAnalyses(cluster, { coalesceMs: 10 });
    try {
      const all = await analyses.of(EVERYTHING);
      for (const namespaces of [null, ['shop'], ['shop', 'blog'], ['nowhere']]) expect(all.liveHops(namespaces).count, JSON.stringify(namespaces)).toBe(all.graph(namespaces, {}).nodes.length);
      const healthInGraph = () => all.graph(['shop'], {}).nodes.find((n) => n.id === 'pod/shop/web-1')!.health;
      const before = all.liveHops(['shop']).health('pod/shop/web-1');
      expect(before).toBe(healthInGraph());
      expect(all.liveHops(['shop']).health('pod/shop/gone')).toBeUndefined();
      expect((await analyses.of(inNamespace('blog'))).liveHops(null).health('pod/shop/web-1')).toBeUndefined();
      cluster.change({ ...web, status: { phase: 'Running', podIP: '10.0.0.9', conditions: [{ type: 'Ready', status: 'False' }], containerStatuses: [] } });
      await analyses.catchUp();
      expect(all.liveHops(['shop']).health('pod/shop/web-1')).toBe(healthInGraph());
      expect(healthInGraph()).not.toBe(before);
    } finally {
      analyses.close();
    }
  });

  it('keep at most the limit of analyses nobody listens to', async () => {
    const cluster = source(shop('shop').objects);
    const analyses = new SharedAnalyses(cluster, { limit: 2 });
    try {
      const first = await analyses.of(inNamespace('a'));
      first.subscribe(() => undefined);
      const second = await analyses.of(inNamespace('b'));
      await analyses.of(inNamespace('c'));
      await analyses.of(inNamespace('d'));
      expect(await analyses.of(inNamespace('a'))).toBe(first);
      expect(await analyses.of(inNamespace('b'))).not.toBe(second);
    } finally {
      analyses.close();
    }
  });
});
