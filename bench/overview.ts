// The overview row of `npm run bench` (own process): a shape of N pods analysed, then what the
// server does after a catch-up that changed a pod, when someone looks: the Problems list brought up
// to date, and the view of the whole cluster (the overview), of a namespace, and of the paths of the
// worst problem; each one's cards and size.
import { gzipSync } from 'node:zlib';
import { Analysis } from '../lib/analysis/analysis';
import { namespaceOfId } from '../lib/graph/view';
import { buildView, type View } from '../lib/view/build-view';
import { HopIndex } from '../lib/view/hop-index';
import { ProblemIndex } from '../lib/view/problem-index';
import { WHOLE_VIEW, type ViewRequest } from '../lib/view/request';
import type { ViewSource } from '../lib/view/source';
import { loadFiles } from '../server/source/file-source';
import { shapeDir, type ShapeName } from './shapes/shapes';

const shape = process.argv[2] as ShapeName;
const pods = Number(process.argv[3]);
const cluster = await loadFiles([shapeDir(shape, pods)], { kind: 'file', name: shape }, { state: { journal: false } });
const analysis = new Analysis(cluster.state);
const source: ViewSource = { node: (id) => analysis.node(id), from: (id) => analysis.outgoing(id), to: (id) => analysis.incoming(id), index: new HopIndex(analysis.nodeList()) };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
function timed<T>(run: () => T): { value: T; ms: number } {
  const times: number[] = [];
  let value!: T;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    value = run();
    times.push(performance.now() - started);
  }
  return { value, ms: median(times) };
}
const started = performance.now();
const index = new ProblemIndex(source);
index.list();
const problemsBuildMs = performance.now() - started;
// A catch-up that changed one pod of each of 50 Services: their problems are made again, the list sorted again.
const changed = analysis.nodeList().filter((n) => n.kind === 'pod').filter((_, i, all) => i % Math.floor(all.length / 50) === 0);
const problems = timed(() => {
  index.update(changed.map((p) => p.id), []);
  return index.list();
});
const sizes = (view: View) => {
  const json = JSON.stringify({ nodes: view.nodes, edges: view.edges, groups: view.groups, detail: view.detail });
  return { cards: view.nodes.length + view.groups.length, level: view.detail.level, jsonMB: json.length / 1e6, gzipKB: gzipSync(json).length / 1e3 };
};
const row = (request: ViewRequest) => {
  const view = timed(() => buildView(source, request, problems.value));
  return { ms: view.ms, ...sizes(view.value) };
};
const worst = problems.value[0]!;
console.log(
  JSON.stringify({
    shape,
    pods,
    hops: source.index.size + 1,
    problemsBuildMs,
    problemsMs: problems.ms,
    problems: problems.value.length,
    overview: row(WHOLE_VIEW),
    namespace: row({ ...WHOLE_VIEW, namespaces: [namespaceOfId(worst.hop) ?? ''] }),
    path: row({ ...WHOLE_VIEW, focus: worst.hop }),
  }),
);
