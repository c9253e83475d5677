import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stateFromObjects } from './cluster-state';

// Snapshots store trimmed objects and `hopscope analyze` reads them back through the same trimming:
// trimming must give the same objects again.
describe('trimming a trimmed object', () => {
  it('gives the same object for every kind of the demo cluster', () => {
    const demo = JSON.parse(readFileSync(join(import.meta.dirname, '../../demo/cluster.json'), 'utf8')) as { items: unknown[] };
    const once = stateFromObjects(demo.items);
    const kinds = ['Namespace', 'Node', 'Pod', 'Service', 'EndpointSlice', 'Ingress', 'IngressClass', 'NetworkPolicy', 'Event', 'ConfigMap', 'Gateway', 'GatewayClass', 'HTTPRoute', 'Deployment', 'StatefulSet', 'Secret'] as const;
    const objects = kinds.flatMap((k) => once.list(k));
    const twice = stateFromObjects(objects.map((o) => ({ apiVersion: 'hopscope/snapshot', ...o })));
    for (const kind of kinds) expect(JSON.parse(JSON.stringify(twice.list(kind))), kind).toEqual(JSON.parse(JSON.stringify(once.list(kind))));
  });
});
