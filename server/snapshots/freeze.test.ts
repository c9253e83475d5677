import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVERYTHING } from '../../lib/access/access';
import { buildGraph } from '../../lib/analysis/build-graph';
import { freezeRequestSchema } from '../../lib/snapshots/input';
import { problemCounts, totalProblems } from '../../lib/snapshots/problems';
import { loadFiles } from '../source/file-source';
import { freeze } from './freeze';

const DEMO = join(import.meta.dirname, '../../demo/cluster.json');

describe('freezing a view', () => {
  it('keeps the graph, the trace and the objects behind them; the exported file reads back as the same graph', async () => {
    const cluster = { ...(await loadFiles([DEMO], { kind: 'demo', name: 'Demo cluster' })), notices: [], access: EVERYTHING };
    const request = freezeRequestSchema.parse({ title: 'reviews blocked', view: { namespaces: ['reviews', 'ingress-nginx'], trace: 'http://reviews.example.com/' } });
    const snapshot = await freeze(cluster, request, 'sre@example.com');
    expect(snapshot.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(snapshot).toMatchObject({ title: 'reviews blocked', createdBy: 'sre@example.com', cluster: 'Demo cluster', trace: { outcome: { status: 'timeout' } } });
    // A small cluster is kept whole: checks read across namespaces.
    expect(snapshot.objects.length).toBe(cluster.state.list('Pod').length + snapshot.objects.filter((o) => o.kind !== 'Pod').length);
    expect(JSON.stringify(snapshot.objects)).not.toContain('LS0t');
    // Its problems when frozen, per namespace, for the list.
    expect(snapshot.problems).toEqual(problemCounts(snapshot.graph));
    expect(totalProblems(snapshot.problems!).critical).toBeGreaterThan(0);

    const dir = mkdtempSync(join(tmpdir(), 'hopscope-export-'));
    try {
      writeFileSync(join(dir, 'snapshot.json'), JSON.stringify(snapshot));
      const reread = await loadFiles([join(dir, 'snapshot.json')], { kind: 'file', name: 'snapshot.json' });
      const graph = buildGraph(reread.state, { namespaces: ['reviews', 'ingress-nginx'] });
      const findings = (g: typeof graph) => g.nodes.flatMap((n) => n.findings.map((f) => `${n.id} ${f.id}`)).sort();
      expect(graph.nodes.map((n) => n.id).sort()).toEqual(snapshot.graph.nodes.map((n) => n.id).sort());
      expect(findings(graph)).toEqual(findings(snapshot.graph));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
