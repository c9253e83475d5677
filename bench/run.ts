// `npm run bench`: each size in a fresh process, then one table.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeRows, growthRows } from './analyze';
import { SHAPES, shapeAvailable, type ShapeName } from './shapes/shapes';

const SIZES = (process.env.HOPSCOPE_BENCH_SIZES ?? '1000,10000,50000,150000').split(',').map(Number);
const measure = fileURLToPath(new URL('./measure.ts', import.meta.url));

interface Row {
  pods: number;
  services: number;
  jsonMB: number;
  podBytes: number;
  parseMs: number;
  buildMs: number;
  ingestMs: number;
  graphMs: number;
  nodes: number;
  findings: number;
  heapPerPod: number;
  joinSpeedup: number;
}

// The scale rows: real-size dumps of two shapes, `hopscope analyze` against the read + parse floor.
const SCALE_SIZES = (process.env.HOPSCOPE_BENCH_SCALE_SIZES ?? '30000,150000').split(',').filter(Boolean).map(Number);
const SCALE_SHAPES = (process.env.HOPSCOPE_BENCH_SHAPES ?? 'gen_cluster,multi-tenant').split(',').filter(Boolean) as ShapeName[];
if (SCALE_SIZES.length) {
  console.log('Shapes:');
  for (const shape of SCALE_SHAPES) console.log(`- ${shape}: ${SHAPES[shape]}`);
  console.log(`\n\`hopscope analyze DIR --json\`, process start to output, against reading and JSON.parse-ing the same files (median of 3; target <= 1.5x):\n`);
  for (const line of analyzeRows(SCALE_SHAPES, SCALE_SIZES)) console.log(line);
  for (const shape of SCALE_SHAPES.filter(shapeAvailable)) {
    const { lines, ratio } = growthRows(shape, 10_000, 40_000);
    console.log(`\nHow the analysis grows on ${shape}, 10k -> 40k pods (the 15 slowest checks; target: the whole analysis <= 5x): ${ratio <= 5 ? 'met' : 'MISSED'}\n`);
    for (const line of lines) console.log(line);
  }
  console.log('');
}

const rows: Row[] = [];
for (const pods of SIZES) {
  process.stderr.write(`measuring ${pods} pods...\n`);
  const out = execFileSync(process.execPath, ['--expose-gc', '--max-old-space-size=12288', '--import', 'tsx', measure, String(pods)], { encoding: 'utf8' });
  rows.push(JSON.parse(out.trim().split('\n').pop()!) as Row);
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const header = ['pods', 'services', 'JSON MB', 'pod JSON B', 'parse ms', 'state+graph+checks ms', '(ingest / graph)', 'ratio', 'heap B/pod', 'index join speedup', 'findings'];
const table = rows.map((r) => [
  fmt(r.pods),
  fmt(r.services),
  fmt(r.jsonMB, 1),
  fmt(r.podBytes),
  fmt(r.parseMs),
  fmt(r.buildMs),
  `${fmt(r.ingestMs)} / ${fmt(r.graphMs)}`,
  `${fmt(r.buildMs / r.parseMs, 2)}x`,
  fmt(r.heapPerPod),
  `${fmt(r.joinSpeedup)}x`,
  fmt(r.findings),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
table.forEach((row) => console.log(line(row)));
const last = rows[rows.length - 1]!;
console.log(
  `\nTargets at ${fmt(last.pods)} pods: state+graph+checks <= 0.5x parse: ${fmt(last.buildMs / last.parseMs, 2)}x ${last.buildMs / last.parseMs <= 0.5 ? 'met' : 'MISSED'}; ` +
    `heap <= 1,536 B/pod: ${fmt(last.heapPerPod)} ${last.heapPerPod <= 1536 ? 'met' : 'MISSED'}; ` +
    `index join >= 100x naive: ${fmt(last.joinSpeedup)}x ${last.joinSpeedup >= 100 ? 'met' : 'MISSED'}.`,
);

// The live row: pods created in a real kube-apiserver (tools/k8s), read back through the informers.
const LIVE_PODS = Number(process.env.HOPSCOPE_BENCH_LIVE_PODS ?? 5000);
const binaries = fileURLToPath(new URL('../tools/k8s/bin/kube-apiserver', import.meta.url));
if (LIVE_PODS > 0 && existsSync(binaries)) {
  process.stderr.write(`measuring the live source with ${LIVE_PODS} pods in a real kube-apiserver...\n`);
  const live = fileURLToPath(new URL('./live.ts', import.meta.url));
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', live, String(LIVE_PODS)], { encoding: 'utf8' });
  const r = JSON.parse(out.trim().split('\n').pop()!) as { pods: number; services: number; plainMs: number; parseMs: number; firstGraphMs: number; heapPerPod: number };
  console.log(
    `\nLive: ${fmt(r.pods)} pods and ${fmt(r.services)} Services in a real kube-apiserver. Plain paged LIST + JSON.parse of the pods: ${fmt(r.plainMs)} ms ` +
      `(parse ${fmt(r.parseMs)} ms). Informers (all kinds, paged LIST, trim, watch) to the first full graph: ${fmt(r.firstGraphMs)} ms. ` +
      `Heap per cached pod (pods, Services, their EndpointSlices): ${fmt(r.heapPerPod)} B ${r.heapPerPod <= 1536 ? 'met' : 'MISSED'} (target <= 1,536).`,
  );
} else if (LIVE_PODS > 0) {
  console.log('\nLive row skipped: build the test control plane first (bash tools/k8s/build.sh).');
}

// A developer's access, reviewed in a real kube-apiserver with many namespaces.
if (existsSync(binaries)) {
  process.stderr.write('measuring access reviews in a real kube-apiserver...\n');
  const access = fileURLToPath(new URL('./access.ts', import.meta.url));
  const a = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', access, '300'], { encoding: 'utf8' }).trim().split('\n').pop()!) as { namespaces: number; kinds: number; visible: number; requests: number; medianMs: number };
  console.log(
    `\nAccess: a developer with view in ${fmt(a.visible)} of ${fmt(a.namespaces)} namespaces, reviewed as them (${fmt(a.kinds)} kinds): ` +
      `${fmt(a.requests)} review requests, ${fmt(a.medianMs)} ms median of 3 (then cached for 30 s per person).`,
  );
}

// NetworkPolicy verdicts from the real controller pods to every backend pod behind an Ingress.
process.stderr.write('measuring NetworkPolicy verdicts...\n');
const netpol = fileURLToPath(new URL('./netpol.ts', import.meta.url));
const np = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', netpol, '10000', '1000'], { encoding: 'utf8' }).trim().split('\n').pop()!) as {
  pods: number;
  policies: number;
  edges: number;
  verdicts: number;
  blocked: number;
  ms: number;
};
console.log(
  `\nNetworkPolicy: ${fmt(np.edges)} controller -> backend pod edges (${fmt(np.verdicts)} verdicts, ${fmt(np.blocked)} blocked) over ${fmt(np.pods)} pods and ${fmt(np.policies)} policies: ` +
    `${fmt(np.ms)} ms ${np.ms < 1000 ? 'met' : 'MISSED'} (target < 1,000).`,
);

// The metrics layer: 200 route -> Service edges against Debian's real Prometheus.
if (existsSync('/usr/bin/prometheus') && existsSync('/usr/bin/promtool')) {
  process.stderr.write('measuring the metrics layer against a real Prometheus...\n');
  const metrics = fileURLToPath(new URL('./metrics.ts', import.meta.url));
  const m = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', metrics, '200'], { encoding: 'utf8' }).trim().split('\n').pop()!) as { edges: number; series: number; firstMs: number; medianMs: number };
  console.log(
    `\nMetrics: ${fmt(m.edges)} route -> Service edges (${fmt(m.series)} series) in one batched round against a real Prometheus: ` +
      `${fmt(m.medianMs)} ms median of 5 (${fmt(m.firstMs)} ms the first time, with label discovery) ${m.medianMs < 300 ? 'met' : 'MISSED'} (target < 300).`,
  );
} else {
  console.log("\nMetrics row skipped: install Debian's prometheus (apt-get install -y --no-install-recommends prometheus).");
}
