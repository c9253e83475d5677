// The /api/graph row of `npm run bench` (own process): a gen_cluster shape of N pods as a source,
// the real route handler; the first answer builds the shared analysis, the next ones (the cluster
// unchanged) answer from it. Prints one JSON line.
import { NextRequest } from 'next/server';
import { loadFiles } from '../server/source/file-source';
import { useCluster } from '../server/source/current';
import { shapeDir } from './shapes/shapes';
import { syntheticSource } from '../test/synthetic-source';

const PODS = Number(process.argv[2] ?? 10_000);
process.env.HOPSCOPE_AUTH = 'none';
const cluster = await loadFiles([shapeDir('gen_cluster', PODS)], { kind: 'file', name: 'gen_cluster' });
useCluster(syntheticSource(cluster.state, 'gen_cluster'));
const { GET } = await import('../app/api/graph/route');

async function timed(): Promise<{ ms: number; bytes: number }> {
  const t = performance.now();
  const response = await GET(new NextRequest('http://localhost/api/graph', { headers: { host: 'localhost' } }));
  const bytes = (await response.arrayBuffer()).byteLength;
  return { ms: performance.now() - t, bytes };
}

const first = await timed();
const runs = Array.from({ length: 20 }, () => 0);
for (let i = 0; i < runs.length; i++) runs[i] = (await timed()).ms;
runs.sort((a, b) => a - b);
console.log(JSON.stringify({ pods: PODS, firstMs: first.ms, medianMs: runs[10], maxMs: runs[19], megabytes: first.bytes / 1e6 }));
process.exit(0);
