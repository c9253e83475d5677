import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVERYTHING } from '../../lib/access/access';
import { snapshotFileSchema } from '../../lib/snapshots/file';
import { freezeRequestSchema } from '../../lib/snapshots/input';
import { loadFiles } from '../source/file-source';
import { freeze } from './freeze';
import { importSnapshot } from './import';

const DEMO = join(import.meta.dirname, '../../demo/cluster.json');

describe('importing a snapshot file', () => {
  it('rebuilds the graph from the objects, so a file cannot show hops its objects do not make', async () => {
    const cluster = { ...(await loadFiles([DEMO], { kind: 'demo', name: 'Demo cluster' })), notices: [], access: EVERYTHING };
    const frozen = await freeze(cluster, freezeRequestSchema.parse({ title: 'shop', view: { namespaces: ['shop'], trace: 'http://shop.example.com/api/catalog' } }), 'sre@example.com');
    const file = JSON.parse(JSON.stringify(frozen)) as typeof frozen;
    file.graph.nodes.push({ ...file.graph.nodes[1]!, id: 'service/shop/invented' });
    const metrics = { status: 'ok', window: '5m', at: 1, profiles: [], edges: { 'made->up': { rate: 1 } }, nodes: {}, kubeProxyStuck: null, findings: [{ hop: 'service/shop/invented', id: 'MET-5XX-RATIO' }], tookMs: 1 };
    const parsed = snapshotFileSchema.parse({ ...file, metrics });

    const importedAt = new Date('2026-12-01T08:00:00Z');
    const imported = await importSnapshot({ ...parsed, createdAt: '1970-01-01T00:00:00Z', createdBy: 'anyone@example.com' }, 'carol@example.com', importedAt);
    expect(imported.id).not.toBe(frozen.id);
    // The import is the importer's (retention counts from it); the file's own account is kept as such.
    expect(imported).toMatchObject({ createdAt: '2026-12-01T08:00:00.000Z', createdBy: 'carol@example.com', frozen: { at: '1970-01-01T00:00:00Z', by: 'anyone@example.com' } });
    expect(imported.graph.nodes.map((n) => n.id).sort()).toEqual(frozen.graph.nodes.map((n) => n.id).sort());
    const findings = (g: typeof imported.graph) => g.nodes.flatMap((n) => n.findings.map((f) => `${n.id} ${f.id}`)).sort();
    expect(findings(imported.graph)).toEqual(findings(frozen.graph));
    expect(imported.trace?.nodes).toEqual(frozen.trace?.nodes);
    expect(imported.metrics).toMatchObject({ edges: {}, findings: [] });
    expect(imported.namespaces).toEqual(frozen.namespaces);
    expect(imported.problems).toEqual(frozen.problems);
    expect(Object.keys(imported.problems!)).toContain('shop');
  });

  it('refuses what is not a snapshot file, naming the problem', () => {
    const result = snapshotFileSchema.safeParse({ kind: 'PodList', items: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toContain('not a Hopscope snapshot file');
  });
});
