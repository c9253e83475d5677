import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from './corpus-dir';
import { runCorpus, tally } from './runner';

describe('the conformance corpus', () => {
  it('passes every NetworkPolicy, Ingress and HTTPRoute case', async () => {
    const reports = await runCorpus(BUNDLED_CORPUS);
    const failures = reports.flatMap((r) => [...(r.error ? [`${r.name}: ${r.error}`] : []), ...r.results.filter((x) => !x.pass).map((x) => `${r.name} #${x.index} ${x.what}: expected ${x.expected}, got ${x.got}`)]);
    expect(failures).toEqual([]);
    const kinds = (kind: string) => tally(reports.filter((r) => r.kind === kind)).passed;
    expect([kinds('netpol'), kinds('ingress'), kinds('httproute')]).toEqual([4737, 53, 112]);
  });

  it('runs any folder of files in the format, and reports wrong expectations and bad files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'hopscope-corpus-'));
    await mkdir(join(dir, 'netpol'));
    const pod = (ns: string, name: string, ip: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: ns, labels: { app: name } }, spec: { containers: [{ name: 'c', ports: [] }] }, status: { podIP: ip } });
    const policy = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'x' }, spec: { podSelector: {} } };
    await writeFile(
      join(dir, 'netpol', 'mine.json'),
      JSON.stringify({
        objects: [{ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x', labels: {} } }, pod('x', 'a', '10.0.0.1'), pod('x', 'b', '10.0.0.2'), policy],
        queries: [
          { from: 'x/a', to: 'x/b', port: 80, protocol: 'TCP', expect: false },
          { from: 'x/a', to: 'x/b', port: 80, protocol: 'TCP', expect: true, comment: 'deliberately wrong' },
          { from: 'x/b', to: '192.0.2.1', port: 443, protocol: 'TCP', expect: true },
        ],
      }),
    );
    await writeFile(join(dir, 'broken.json'), '{"objects": [], "queries": [{"from": "x/a"}]}');
    const reports = await runCorpus(dir);
    expect(tally(reports)).toEqual({ passed: 2, failed: 2 });
    const mine = reports.find((r) => r.name === join('netpol', 'mine.json'))!;
    expect(mine.results.filter((r) => !r.pass).map((r) => [r.index, r.comment])).toEqual([[1, 'deliberately wrong']]);
    expect(mine.results[1]!.got).toContain('x/deny isolates pod x/b for ingress');
    expect(reports.find((r) => r.name === 'broken.json')?.error).toMatch(/^not in the corpus format: queries\.0\.to/);
  });
});
