// The memory row of `npm run bench` (own process, --expose-gc): a shape of N pods loaded as the
// server holds it, then the server's incremental analysis built over it; prints the heap of the
// state, the peak heap while the analysis is built and what it keeps, and how much it recorded.
import { Analysis } from '../lib/analysis/analysis';
import { loadFiles } from '../server/source/file-source';
import { shapeDir, type ShapeName } from './shapes/shapes';

const shape = process.argv[2] as ShapeName;
const pods = Number(process.argv[3]);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const base = heap();
const cluster = await loadFiles([shapeDir(shape, pods)], { kind: 'file', name: shape });
const state = heap() - base;
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
const started = performance.now();
const analysis = await Analysis.build(cluster.state, { incremental: true });
const buildMs = performance.now() - started;
clearInterval(sampler);
const kept = heap() - base - state;
console.log(JSON.stringify({ shape, pods, stateMB: state / 1e6, peakMB: (peak - base) / 1e6, keptMB: kept / 1e6, buildMs, ...analysis.stats() }));
