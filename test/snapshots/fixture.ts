import { GRAPH_SCHEMA_VERSION } from '../../lib/graph/types';
import type { Snapshot } from '../../lib/snapshots/types';

/** A snapshot with `hops` pod hops (a few hundred bytes each). */
export function snapshotFixture(id: string, hops = 3, title = `Snapshot ${id}`): Snapshot {
  return {
    kind: 'HopscopeSnapshot',
    version: 1,
    id,
    title,
    note: 'users see 503 on /checkout',
    createdAt: new Date().toISOString(),
    createdBy: 'sre@example.com',
    cluster: 'prod-eu',
    namespaces: ['shop'],
    problems: {},
    view: { namespaces: ['shop'], node: null, trace: null, method: 'GET', headers: [], range: '5m' },
    graph: {
      schemaVersion: GRAPH_SCHEMA_VERSION,
      source: { kind: 'live', name: 'prod-eu' },
      scope: { namespaces: ['shop'] },
      namespaces: ['shop'],
      nodes: Array.from({ length: hops }, (_, i) => ({
        id: `pod/shop/web-${i}`,
        kind: 'pod' as const,
        ref: { kind: 'Pod', namespace: 'shop', name: `web-${i}` },
        health: 'ok' as const,
        findings: [],
        phase: 'Running',
        ready: true,
        podIP: `10.0.${i >> 8}.${i & 255}`,
        nodeName: 'node-a',
        owner: 'ReplicaSet/web-7d9f',
        restarts: 0,
        containers: [{ name: 'app', ready: true, restarts: 0, state: 'running', lastTermination: null }],
        terminating: false,
      })),
      edges: [],
      notes: [],
    },
    metrics: null,
    trace: null,
    objects: [],
  };
}
