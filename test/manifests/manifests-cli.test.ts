// `helm template … | hopscope analyze -` on a tiny chart (shop-chart: Deployment, Service, Ingress,
// NetworkPolicy, with a value per fault), rendered by the real Helm (tools/helm): correct, it gives no
// finding at warning or above; each fault gives its finding on the hop of the object at fault.
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Log as SarifLog } from 'sarif';
import { describe, expect, it } from 'vitest';
import type { Graph } from '../../lib/graph/types';
import { pod, service } from '../../lib/testing/fixtures';

const ROOT = join(import.meta.dirname, '..', '..');
const HELM = join(ROOT, 'tools', 'helm', 'bin', 'helm');
const BIN = join(ROOT, 'bin', 'hopscope.mjs');
const CHART = join(import.meta.dirname, 'shop-chart');

function render(values: string[] = []): string {
  return execFileSync(HELM, ['template', 'shop', CHART, '--namespace', 'shop', ...values.flatMap((v) => ['--set', v])], { encoding: 'utf8' });
}

function hopscope(args: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: tmpdir(), timeout: 30_000, maxBuffer: 1 << 26 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin?.end(stdin);
  });
}

async function analyze(values: string[] = [], extra: string[] = []): Promise<Graph> {
  const { code, stdout, stderr } = await hopscope(['analyze', '-', '-n', 'shop', '--json', ...extra], render(values));
  expect(stderr).toBe('');
  expect(code).toBe(0);
  return JSON.parse(stdout) as Graph;
}

/** The object a hop's findings are placed at: its own, or its Service's, or its workload's. */
const OBJECT_OF: Record<string, string> = { service: 'Service', endpoints: 'Service', ingress: 'Ingress', pod: 'Deployment' };

/** The 1-based lines of the rendered document that holds the object of this kind named shop. */
function documentOf(manifest: string, kind: string): { from: number; to: number } {
  const lines = manifest.split('\n');
  const kindLine = lines.findIndex((l, i) => l === `kind: ${kind}` && lines.slice(i, i + 4).some((m) => m === '  name: shop'));
  let from = kindLine;
  while (from > 0 && lines[from - 1] !== '---') from--;
  return { from: from + 1, to: kindLine + 1 };
}

/** Findings at warning or above, as `id on hop`. */
const loud = (graph: Graph) =>
  graph.nodes
    .flatMap((n) => n.findings.filter((f) => f.severity !== 'info').map((f) => `${f.id} on ${n.id}`))
    .sort();

describe('hopscope analyze on helm template output (manifests mode)', () => {
  it('finds nothing at warning or above in the correct chart, and says manifests mode ran', async () => {
    const graph = await analyze();
    expect(loud(graph)).toEqual([]);
    expect(graph.source).toEqual({ kind: 'file', name: 'stdin', mode: 'manifests' });
    expect(graph.notes[0]).toMatch(/^Manifests mode \(the input has workloads and no running pods\): .*2 pods predicted from 1 workload,/);
    expect(graph.notes).toContain('No pods predicted for 1 Helm hook (Pod shop/shop-test-connection): hooks run at install, upgrade or test, not beside the app.');
    expect(graph.nodes.find((n) => n.id === 'endpoints/shop/shop')).toMatchObject({ counts: { ready: 2, notReady: 0, terminating: 0 } });
    const text = await hopscope(['analyze', '-', '-n', 'shop'], render());
    expect(text.stdout.split('\n')[0]).toBe('Hopscope: stdin (manifests: workload templates stand in for pods)');
    expect(text.stdout).toMatch(/\? not checked {2}POD-NOT-READY, POD-CRASHLOOP, .* {2}not run on manifests/);
  });

  const faults: [string, string[], string[]][] = [
    ['a selector typo', ['selector=shopp'], ['EPS-EMPTY on endpoints/shop/shop', 'SVC-SELECTOR-NOMATCH on service/shop/shop']],
    ['a named targetPort no container declares', ['targetPort=web'], ['EPS-PORT-SUBSET on endpoints/shop/shop', 'SVC-TARGETPORT-NAMED on service/shop/shop']],
    ['an Ingress to a missing Service', ['ingressService=shopp'], ['ING-SVC-MISSING on ingress/shop/shop']],
    ['an Ingress to a port the Service does not have', ['ingressPort=8080'], ['ING-SVC-PORT on ingress/shop/shop']],
    ['a readiness probe on an undeclared port', ['probePort=health'], ['EPS-NOT-READY on endpoints/shop/shop', 'PRB-PORT-UNDECLARED on pod/shop/shop-pod-1', 'PRB-PORT-UNDECLARED on pod/shop/shop-pod-2']],
    ['replicas: 1 behind an Ingress', ['replicas=1'], ['SVC-SINGLE-ENDPOINT on service/shop/shop']],
    ['a NetworkPolicy that blocks the ingress controller (whose manifests are in the input)', ['controller=true', 'allowFrom=monitoring'], ['NP-INGRESS-CTRL-BLOCKED on endpoints/shop/shop']],
  ];
  for (const [fault, values, expected] of faults) {
    it(`finds ${fault}, on the hop of the object at fault, and SARIF places it at that object's file and line`, async () => {
      expect(loud(await analyze(values))).toEqual(expected);

      const dir = await mkdtemp(join(tmpdir(), 'hopscope-chart-'));
      const file = join(dir, 'shop.yaml');
      const manifest = render(values);
      await writeFile(file, manifest);
      const { code, stdout } = await hopscope(['analyze', file, '-n', 'shop', '--format', 'sarif', '--fail-on', 'warning']);
      await rm(dir, { recursive: true, force: true });
      expect(code).toBe(1);
      const results = (JSON.parse(stdout) as SarifLog).runs[0]!.results!;
      for (const line of expected) {
        const [id, hop] = line.split(' on ') as [string, string];
        const located = results.find((r) => r.ruleId === id)?.locations?.[0]?.physicalLocation;
        expect(located?.artifactLocation?.uri, line).toMatch(/shop\.yaml$/);
        const { from, to } = documentOf(manifest, OBJECT_OF[hop.split('/')[0]!]!);
        expect(located?.region?.startLine, line).toBeGreaterThanOrEqual(from);
        expect(located?.region?.startLine, line).toBeLessThanOrEqual(to);
      }
    });
  }

  it('says it cannot judge the policy without the ingress controller, rather than guess', async () => {
    const graph = await analyze(['allowFrom=monitoring']);
    expect(loud(graph)).toEqual([]);
    const endpoints = graph.nodes.find((n) => n.id === 'endpoints/shop/shop')!;
    expect(endpoints.notChecked?.find((n) => n.id === 'NP-INGRESS-CTRL-BLOCKED')?.reason).toContain('IngressClass nginx is not in the input');
    expect(graph.nodes.find((n) => n.id === 'ingress/shop/shop')?.notChecked?.find((n) => n.id === 'ING-CLASS-NOTFOUND')?.reason).toContain('IngressClass nginx is not in the manifests');
  });

  it('runs manifests mode on a dump with pods when asked (--manifests), and reads that dump as it is otherwise', async () => {
    const running = pod('shop', 'shop-7c9f-abcde', { labels: { app: 'shop' } });
    const dump = `${render()}\n---\n${JSON.stringify(running)}\n`;
    const asIs = await hopscope(['analyze', '-', '-n', 'shop', '--json'], dump);
    expect((JSON.parse(asIs.stdout) as Graph).source.mode).toBe('live-state');
    const forced = await hopscope(['analyze', '-', '-n', 'shop', '--json', '--manifests'], dump);
    const graph = JSON.parse(forced.stdout) as Graph;
    expect(graph.source.mode).toBe('manifests');
    expect(graph.notes).toContain('Ignored 1 Pod of the input: manifests mode predicts them from the workloads.');
    expect(graph.nodes.filter((n) => n.kind === 'pod').map((n) => n.id)).toEqual(['pod/shop/shop-pod-1', 'pod/shop/shop-pod-2']);
  });

  it('says when nothing came on stdin', async () => {
    const { code, stderr } = await hopscope(['analyze', '-']);
    expect(code).toBe(2);
    expect(stderr).toBe('hopscope: stdin: nothing came on standard input\n');
  });

  it('reads v1 Endpoints of an older dump without EndpointSlices, and says so', async () => {
    const web = pod('shop', 'web-1', { labels: { app: 'web' } });
    const endpoints = {
      apiVersion: 'v1',
      kind: 'Endpoints',
      metadata: { name: 'web', namespace: 'shop' },
      subsets: [{ addresses: [{ ip: (web.status as { podIP: string }).podIP, targetRef: { kind: 'Pod', name: 'web-1', namespace: 'shop', uid: (web.metadata as { uid: string }).uid } }], ports: [{ name: 'http', port: 8080, protocol: 'TCP' }] }],
    };
    const { stdout } = await hopscope(['analyze', '-', '--json'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [service('shop', 'web', { app: 'web' }), web, endpoints] }));
    const graph = JSON.parse(stdout) as Graph;
    expect(graph.source.mode).toBe('live-state');
    expect(graph.nodes.find((n) => n.id === 'endpoints/shop/web')).toMatchObject({ counts: { ready: 1, notReady: 0, terminating: 0 } });
    expect(graph.notes).toContain('Read 1 × v1 Endpoints as EndpointSlices (the input has no EndpointSlices).');
  });
});
