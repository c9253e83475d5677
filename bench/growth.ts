// One size of the check-growth row (run in its own process): loads a shape as the CLI does, builds
// the graph with every check timed, and prints one JSON line.
import { buildGraph } from '../lib/analysis/build-graph';
import { loadFiles } from '../server/source/file-source';
import { shapeDir, type ShapeName } from './shapes/shapes';

const shape = process.argv[2] as ShapeName;
const pods = Number(process.argv[3]);
const dir = shapeDir(shape, pods);
const cluster = await loadFiles([dir], { kind: 'file', name: shape });
const timings = new Map<string, number>();
const started = performance.now();
const graph = buildGraph(cluster.state, { namespaces: null }, { timings });
const analysisMs = performance.now() - started;
console.log(JSON.stringify({ shape, pods, analysisMs, nodes: graph.nodes.length, checks: Object.fromEntries(timings) }));
