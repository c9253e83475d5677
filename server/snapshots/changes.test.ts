import { describe, expect, it } from 'vitest';
import { EVERYTHING, type Access, type KindScope } from '../../lib/access/access';
import type { Graph } from '../../lib/graph/types';
import type { Kind } from '../../lib/k8s/types';
import type { LiveHops } from '../../lib/snapshots/changes';
import { graphOf, pod, service, slice } from '../../lib/testing/fixtures';
import { snapshotFixture } from '../../test/snapshots/fixture';
import { useTempSnapshotStore } from '../../test/snapshots/temp-store';
import { RequestRejected } from '../http/guard';
import { changesSince } from './changes';
import { snapshotStore } from './current';

useTempSnapshotStore('changes');

const ID = 'AbCdEfGhIjKlMnOpQrStUv';
const viewIn = (...namespaces: string[]): Access => ({ kind: 'scoped', kinds: new Map<Kind, KindScope>([['Pod', new Set(namespaces)], ['Service', new Set(namespaces)], ['EndpointSlice', new Set(namespaces)]]) });

const web = pod('shop', 'web-a', { labels: { app: 'web' } });
const wp = pod('blog', 'wp-a', { labels: { app: 'wp' } });
const then = graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: web }]), web, service('blog', 'wp', { app: 'wp' }), slice('blog', 'wp', [{ pod: wp }]), wp]);
const sick = pod('shop', 'web-a', { labels: { app: 'web' }, ready: false });
const now = graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: sick, ready: false }]), sick, service('blog', 'wp', { app: 'wp' }), slice('blog', 'wp', [])]);

/** The live cluster as the shared analysis answers for it, and the namespaces it was asked for. */
function live(graph: Graph) {
  const asked: (string[] | null)[] = [];
  const byId = new Map(graph.nodes.map((n) => [n.id, n.health]));
  const hops = (namespaces: string[] | null): LiveHops => {
    asked.push(namespaces);
    const inView = graph.nodes.filter((n) => !namespaces || !n.ref?.namespace || namespaces.includes(n.ref.namespace));
    return { health: (id) => byId.get(id), count: inView.length };
  };
  return { hops, asked };
}

describe('what changed since a snapshot, for the list', () => {
  it('counts hops whose health changed, added and removed, over the frozen view\'s namespaces', async () => {
    const store = await snapshotStore();
    await store.create({ ...snapshotFixture(ID), namespaces: ['blog', 'shop'], view: { ...snapshotFixture(ID).view, namespaces: ['blog', 'shop'] }, graph: then });
    const { hops, asked } = live(now);
    const changes = await changesSince(ID, EVERYTHING, hops);
    expect(asked).toEqual([['blog', 'shop']]);
    expect(changes.removed).toBe(1);
    expect(changes.added).toBe(0);
    expect(changes.health).toBeGreaterThanOrEqual(2);
  });

  it('counts only what a scoped person may see', async () => {
    const { hops, asked } = live(now);
    const changes = await changesSince(ID, viewIn('blog'), hops);
    expect(asked).toEqual([['blog']]);
    // blog lost its pod, and its Service its endpoints; what changed in shop is not theirs to know.
    const changed = then.nodes.filter((n) => n.ref?.namespace === 'blog' && now.nodes.some((m) => m.id === n.id && m.health !== n.health));
    expect(changed.length).toBeGreaterThan(0);
    expect(changes).toEqual({ health: changed.length, added: 0, removed: 1 });
    expect((await changesSince(ID, viewIn('shop'), live(now).hops)).removed).toBe(0);
  });

  it('is 404 for an unknown snapshot, or one showing none of a scoped person\'s namespaces', async () => {
    for (const [id, access] of [['ZZZZZZZZZZZZZZZZZZZZZZ', EVERYTHING], [ID, viewIn('payments')]] as const) {
      const error = await changesSince(id, access, live(now).hops).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RequestRejected);
      expect((error as RequestRejected).status).toBe(404);
    }
  });
});
