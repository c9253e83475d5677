import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVERYTHING, type Access, type KindScope } from '../../lib/access/access';
import { scopeState } from '../../lib/access/scope-state';
import type { Graph } from '../../lib/graph/types';
import type { Kind } from '../../lib/k8s/types';
import { snapshotFileSchema } from '../../lib/snapshots/file';
import { freezeRequestSchema } from '../../lib/snapshots/input';
import type { Snapshot } from '../../lib/snapshots/types';
import { loadFiles } from '../source/file-source';
import { exportView } from './export';
import { importSnapshot } from './import';

const DEMO = join(import.meta.dirname, '../../demo/cluster.json');

const hops = (graph: Graph) => graph.nodes.map((n) => n.id).sort();
const findings = (graph: Graph) => graph.nodes.flatMap((n) => n.findings.map((f) => `${n.id} ${f.id}`)).sort();

/** A developer bound to `view` in one namespace (as RBAC's reviews would find it): its kinds there, its own Namespace, nothing cluster-wide. */
function developerIn(namespace: string): Access {
  const only = new Set([namespace]);
  const kinds = (['Pod', 'Service', 'EndpointSlice', 'Ingress', 'NetworkPolicy', 'Event', 'Deployment', 'StatefulSet', 'Namespace'] as Kind[]).map((k): [Kind, KindScope] => [k, only]);
  return { kind: 'scoped', kinds: new Map(kinds) };
}

describe('exporting the live view', () => {
  it('is a snapshot file: graph, findings, metrics, trace, view and objects, that reopens through import with the same hops', async () => {
    const cluster = { ...(await loadFiles([DEMO], { kind: 'demo', name: 'Demo cluster' })), notices: [], access: EVERYTHING };
    const view = freezeRequestSchema.shape.view.parse({ namespaces: ['shop', 'ingress-nginx'], node: 'service/shop/recommendations', trace: 'https://shop.example.com/api/recommendations', range: '15m' });
    const { filename, body } = await exportView(cluster, { title: null, view }, 'sre@example.com');
    expect(filename).toMatch(/^hopscope-demo-cluster-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.json$/);

    const exported = JSON.parse(body) as Snapshot;
    expect(exported).toMatchObject({ kind: 'HopscopeSnapshot', version: 1, title: 'Export of Demo cluster', createdBy: 'sre@example.com', cluster: 'Demo cluster', view });
    expect(exported).not.toHaveProperty('id');
    expect(exported.metrics?.edges['ingress/shop/shop->service/shop/recommendations']).toMatchObject({ errorRatio: 0.12 });
    expect(exported.trace?.outcome.warnings.map((w) => w.id)).toEqual(['MET-5XX-RATIO', 'POD-OOMKILLED', 'POD-CRASHLOOP']);

    const imported = await importSnapshot(snapshotFileSchema.parse(JSON.parse(body)), 'carol@example.com');
    expect(hops(imported.graph)).toEqual(hops(exported.graph));
    expect(findings(imported.graph)).toEqual(findings(exported.graph));
    expect(imported.trace?.outcome).toEqual(exported.trace?.outcome);
    expect(imported.view).toEqual(view);
  });

  it('of a developer holds only what their namespaces hold: no object, hop or metric of any other', async () => {
    const all = await loadFiles([DEMO], { kind: 'demo', name: 'Demo cluster' });
    const access = developerIn('payments');
    const source = { info: all.info, state: scopeState(all.state, access), notices: [], access };
    const { body } = await exportView(source, { title: 'payments 503', view: freezeRequestSchema.shape.view.parse({ trace: 'https://pay.example.com/' }) }, 'dev@example.com');

    const file = JSON.parse(body) as Snapshot;
    expect(file.title).toBe('payments 503');
    expect(file.objects.length).toBeGreaterThan(0);
    expect(file.objects.filter((o) => (o.kind === 'Namespace' ? o.metadata.name : o.metadata.namespace) !== 'payments')).toEqual([]);
    expect(file.graph.nodes.filter((n) => n.ref && n.ref.namespace !== 'payments')).toEqual([]);
    expect(file.namespaces).toEqual(['payments']);
    expect(file.trace?.outcome.status).toBe(503);
    for (const other of ['shop', 'ingress-nginx', 'kube-system', 'monitoring', 'reviews', 'blog', 'inventory']) expect(body).not.toContain(`/${other}/`);

    const imported = await importSnapshot(snapshotFileSchema.parse(JSON.parse(body)), 'dev@example.com');
    expect(hops(imported.graph)).toEqual(hops(file.graph));
  });
});
