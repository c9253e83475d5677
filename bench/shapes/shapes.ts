// The cluster shapes the bench measures, generated once per size into a cache directory.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { multiTenantObjects } from './multi-tenant';
import { writeLists } from './write';

export type ShapeName = 'gen_cluster' | 'multi-tenant';

export const SHAPES: Record<ShapeName, string> = {
  gen_cluster: '../shared/bench/gen_cluster.py: 3 pods per Service, an Ingress per 10 Services, a NetworkPolicy per namespace of 3,000 pods, 2% broken selectors, 2% unready pods',
  'multi-tenant': 'bench/shapes/multi-tenant.ts: namespaces of 180 pods, an Ingress per Service, 7 NetworkPolicies per namespace with pod and namespace selectors, an HTTPRoute per 5 Services on a shared Gateway, Deployments, TLS Secrets, probe Events',
};

const GEN_CLUSTER = fileURLToPath(new URL('../../../shared/bench/gen_cluster.py', import.meta.url));
const cacheRoot = process.env.HOPSCOPE_CACHE_DIR ?? join(homedir(), '.cache', 'hopscope');

function generatorHash(shape: ShapeName): string {
  const files = shape === 'gen_cluster' ? [GEN_CLUSTER] : ['./multi-tenant.ts', './write.ts', '../synthetic.ts'].map((f) => fileURLToPath(new URL(f, import.meta.url)));
  const hash = createHash('sha256');
  for (const file of files) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
}

export function shapeAvailable(shape: ShapeName): boolean {
  return shape !== 'gen_cluster' || existsSync(GEN_CLUSTER);
}

/** The directory holding `pods` pods of the shape, generated on first use. */
export function shapeDir(shape: ShapeName, pods: number): string {
  const dir = join(cacheRoot, 'bench', `${shape}-${pods}-${generatorHash(shape)}`);
  if (existsSync(dir)) return dir;
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  process.stderr.write(`generating ${shape} with ${pods} pods...\n`);
  if (shape === 'gen_cluster') execFileSync('python3', [GEN_CLUSTER, String(pods), `${partial}/`], { stdio: 'inherit' });
  else writeLists(multiTenantObjects(pods), partial);
  renameSync(partial, dir);
  return dir;
}
