import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Graph } from '../../lib/graph/types';
import { ingress, ingressClass, pod, service, slice } from '../../lib/testing/fixtures';

const run = promisify(execFile);
const BIN = join(import.meta.dirname, '../../bin/hopscope.mjs');
const DEMO = join(import.meta.dirname, '../../demo/cluster.json');

async function hopscope(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: tmpdir(), timeout: 20_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
let dump: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hopscope-cli-'));
  const web = pod('shop', 'web-1', { labels: { app: 'web' } });
  const objects = [
    ingressClass('nginx'),
    ingress('shop', 'shop', [
      { path: '/', service: 'web', port: 80 },
      { path: '/hooks', service: 'hooks', port: 80 },
    ]),
    service('shop', 'web', { app: 'web' }),
    slice('shop', 'web', [{ pod: web }]),
    web,
    { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'web', namespace: 'shop' } },
  ];
  dump = join(dir, 'cluster.json');
  await writeFile(dump, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('hopscope analyze', () => {
  it('prints findings grouped by path and hop, with evidence and kubectl commands', async () => {
    const { code, stdout } = await hopscope('analyze', dump);
    expect(code).toBe(0);
    expect(stdout).toContain('Ingress shop/shop (shop.example.com)');
    expect(stdout).toMatch(/✕ critical\s+ING-SVC-MISSING .*"hooks"/);
    expect(stdout).toContain('$ kubectl get service hooks -n shop');
    expect(stdout).toContain('Note: Skipped 1 × PersistentVolumeClaim (not a kind Hopscope reads).');
  });

  it('says on stderr what it read and analysed with --progress, and nothing when stderr is not a terminal', async () => {
    const quiet = await hopscope('analyze', dump, '--json');
    expect(quiet.stderr).toBe('');
    const { code, stdout, stderr } = await hopscope('analyze', dump, '--json', '--progress');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).nodes.length).toBeGreaterThan(3);
    const lines = stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^hopscope: \d+\.\d s: read .*cluster\.json \(6 objects; file 1 of 1\)$/);
    expect(lines[1]).toMatch(/analysing 1 pod behind 1 Service$/);
    expect(lines[2]).toMatch(/\d+ hops, \d+ findings$/);
  });

  it('says what the dump lacks to judge a hop, and then does not call its path healthy', async () => {
    const { stdout } = await hopscope('analyze', dump);
    expect(stdout).toContain('? not checked  EPS-NODE-MISSING  the input has no Nodes');
    expect(stdout).not.toMatch(/^Reached from inside the cluster: healthy$/m);
    expect(stdout).toMatch(/; \d+ checks? could not judge what the input lacks \(\? not checked\)\./);
  });

  it('prints the Graph JSON with --json', async () => {
    const { code, stdout } = await hopscope('analyze', dump, '--json');
    expect(code).toBe(0);
    const graph = JSON.parse(stdout) as Graph;
    expect(graph.schemaVersion).toBe(1);
    expect(graph.nodes.find((n) => n.id === 'service/shop/hooks')).toMatchObject({ missing: true });
  });

  it('traces one URL with --url: the rule, the Service, the pods, or what the client sees', async () => {
    const served = await hopscope('analyze', dump, '--url', 'https://shop.example.com/cart');
    expect(served.code).toBe(0);
    expect(served.stdout).toContain('via Ingress shop/shop, shop.example.com / (Prefix)');
    expect(served.stdout).toContain('pods: shop/web-1');
    expect(served.stdout).toContain('=> 200: Served by 1 ready pod of Service shop/web on port 80.');
    const broken = await hopscope('analyze', dump, '--url', 'shop.example.com/hooks/x', '--json');
    expect(JSON.parse(broken.stdout).outcome).toMatchObject({ status: 503, findings: expect.arrayContaining(['ING-SVC-MISSING']) });
    expect((await hopscope('analyze', dump, '--url', 'ftp://x')).stderr).toContain('--url: "ftp://x" is not an http(s) URL');
    expect((await hopscope('analyze', dump, '--url', 'x.com', '--header', 'nocolon')).stderr).toContain('--header: "nocolon" is not "Name: value"');
  });

  it('says where a trace stops, a failed TLS handshake first, and "200 expected, but" when the path fails now', async () => {
    const broken = await hopscope('analyze', dump, '--url', 'shop.example.com/hooks/x');
    expect(broken.stdout).toContain('   stops at Service shop/hooks');
    expect((await hopscope('analyze', dump, '--url', 'shop.example.com/hooks/x', '--json')).stdout).toContain('"stoppedAt": "service/shop/hooks"');
    const tls = await hopscope('analyze', DEMO, '--url', 'https://reviews.example.com/');
    expect(tls.stdout).toMatch(/^=> tls-error: The TLS Secret reviews-tls for reviews\.example\.com does not exist .*the controller answers 504\.$/m);
    expect(tls.stdout).toContain('   explained by: ING-TLS-SECRET, NP-INGRESS-CTRL-BLOCKED\n   stops at Ingress reviews/reviews');
    const oom = await hopscope('analyze', DEMO, '--url', 'https://shop.example.com/api/recommendations');
    expect(oom.stdout).toContain('=> 200: Served by 1 ready pod of Service shop/recommendations on port 80. 200 expected, but the path is failing now:');
    expect(oom.stdout).toMatch(/^   ! POD-OOMKILLED on Pod shop\/recommendations-dgffbfjjc-kcs9w: Container .* was killed for using more memory/m);
  });

  it('prints the graph as Graphviz DOT with --format dot: one node per hop (kind, name, health in its colour), edges with their labels', async () => {
    const { code, stdout } = await hopscope('analyze', dump, '--format', 'dot');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^digraph hopscope \{\n/);
    expect(stdout).toMatch(/\n\}\n$/);
    expect(stdout).toContain('  "client" [label="Client\\n');
    expect(stdout).toContain('  "ingress/shop/shop" [label="Ingress\\nshop/shop\\ncritical", color="#d55e00"];');
    expect(stdout).toContain('  "service/shop/hooks" [label="Service (missing)\\nshop/hooks\\nunknown", color="#8a8f98", style="rounded,dashed"];');
    expect(stdout).toContain('  "ingress/shop/shop" -> "service/shop/web" [label="/ → :80", color=');
    const graph = JSON.parse((await hopscope('analyze', dump, '--json')).stdout) as Graph;
    expect(stdout.match(/^  "[^"]+" \[/gm)).toHaveLength(graph.nodes.length);
    expect(stdout.match(/^  "[^"]+" -> "[^"]+" \[/gm)).toHaveLength(graph.edges.length);
    // Columns left to right as a request goes, then by id: the order of the dump does not matter.
    const ids = [...stdout.matchAll(/^  "([^"]+)" \[/gm)].map((m) => m[1]);
    expect(ids.slice(0, 2)).toEqual(['client', 'ingress/shop/shop']);
  });

  it('escapes DOT strings (quotes, backslashes) and prints the same DOT whatever order the objects come in', async () => {
    const odd = ingress('shop', 'odd', [{ path: '/a"b\\c', service: 'web', port: 80 }]);
    ((odd.spec as { rules: { http: { paths: { pathType: string }[] } }[] }).rules[0]!.http.paths[0]!).pathType = 'ImplementationSpecific';
    const web = pod('shop', 'web-1', { labels: { app: 'web' } });
    const objects = [ingressClass('nginx'), odd, service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: web }]), web];
    // One file, written both ways: the graph's label names the source.
    const file = join(dir, 'odd.json');
    await writeFile(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }));
    const dot = (await hopscope('analyze', file, '--format', 'dot')).stdout;
    expect(dot).toContain('"ingress/shop/odd" -> "service/shop/web" [label="/a\\"b\\\\c → :80"');
    await writeFile(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [...objects].reverse() }));
    expect((await hopscope('analyze', file, '--format', 'dot')).stdout).toBe(dot);
  });

  it('takes --format text|json|sarif|junit|dot (text by default, --json is --format json) and refuses any other with exit 2', async () => {
    expect((await hopscope('analyze', dump, '--format', 'text')).stdout).toBe((await hopscope('analyze', dump)).stdout);
    expect((await hopscope('analyze', dump, '--format', 'json')).stdout).toBe((await hopscope('analyze', dump, '--json')).stdout);
    const unknown = await hopscope('analyze', dump, '--format', 'xml');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('hopscope: --format: "xml" is not one of text, json, sarif, junit, dot');
    const both = await hopscope('analyze', dump, '--json', '--format', 'dot');
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('hopscope: --json and --format dot ask for different formats');
    const traced = await hopscope('analyze', dump, '--url', 'shop.example.com/', '--format', 'dot');
    expect(traced.code).toBe(2);
    expect(traced.stderr).toContain('hopscope: --format dot prints the graph, not a trace: use text or json with --url');
  });

  it('exits 2 with a clear message on bad input and bad usage', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(bad, '{"not": "kubernetes"}');
    const result = await hopscope('analyze', bad);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`hopscope: ${bad}: not a Kubernetes object`);
    expect((await hopscope('analyze')).code).toBe(2);
    expect((await hopscope('frobnicate')).stderr).toContain('unknown command "frobnicate"');
    expect((await hopscope('analyze', dump, '--namespaces', 'Bad_NS')).stderr).toContain('--namespaces: a namespace name');
  });

  it('traces through an HTTPRoute whose regular expression would take a backtracking engine forever, in no time', async () => {
    const gateway = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'gw', namespace: 'shop' }, spec: { gatewayClassName: 'eg', listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }] } };
    const route = {
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'HTTPRoute',
      metadata: { name: 'evil', namespace: 'shop' },
      spec: { parentRefs: [{ name: 'gw' }], rules: [{ matches: [{ path: { type: 'RegularExpression', value: '/(a+)+$' } }], backendRefs: [{ name: 'web', port: 80 }] }] },
    };
    const file = join(dir, 'evil.json');
    await writeFile(file, JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [gateway, route] }));
    // 50 'a' and a '!': JavaScript's RegExp would try 2^50 ways; the run is killed after 20 s if it hangs.
    const traced = await hopscope('analyze', file, '--url', `http://anything.example.com/${'a'.repeat(50)}!`, '--json');
    expect(traced.code).toBe(0);
    expect(JSON.parse(traced.stdout).outcome.status).toBe(404);
  });

  it('reads manifests without namespaces into default, or into the one given with -n, and says so', async () => {
    const manifests = join(dir, 'manifests.yaml');
    await writeFile(manifests, 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n');
    const plain = JSON.parse((await hopscope('analyze', manifests, '--json')).stdout) as Graph;
    expect(plain.nodes.map((n) => n.id)).toContain('service/default/web');
    expect(plain.notes).toContain('Read 1 × Service without a namespace, in namespace default.');
    const given = JSON.parse((await hopscope('analyze', manifests, '-n', 'shop', '--json')).stdout) as Graph;
    expect(given.nodes.map((n) => n.id)).toContain('service/shop/web');
    expect((await hopscope('analyze', manifests, '-n', 'a,b')).stderr).toContain('--namespace: one namespace');
  });
});
