// The CLI as a person installs it: `npm pack` (its prepack bundles dist/cli.mjs), the tarball
// installed into an empty folder without the registry, then `npx hopscope`.
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../free-port';

const exec = promisify(execFile);
const ROOT = join(import.meta.dirname, '../..');
const DEMO = join(ROOT, 'demo/cluster.json');
/** Nothing may come from the registry, nor anyone be told about updates or funding. */
const NPM_ENV = { ...process.env, npm_config_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

let dir: string;
let app: string;
let packed: { filename: string; size: number; files: { path: string }[] };

async function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(command, args, { cwd, env: NPM_ENV, timeout: 120_000, maxBuffer: 64 << 20 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const npx = (...args: string[]) => run('npx', ['hopscope', ...args], app);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hopscope-pack-'));
  const pack = await run('npm', ['pack', '--json', '--pack-destination', dir], ROOT);
  expect(pack.code, pack.stderr).toBe(0);
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;
  app = join(dir, 'app');
  await mkdir(app);
  const install = await run('npm', ['install', '--offline', '--no-audit', '--no-fund', join(dir, packed.filename)], app);
  expect(install.code, install.stderr).toBe(0);
}, 180_000);

afterAll(() => (dir ? rm(dir, { recursive: true, force: true }) : undefined));

describe('the packed CLI, installed from its tarball', { timeout: 60_000 }, () => {
  it('holds the launcher and one bundle, and installs nothing else', async () => {
    expect(packed.files.map((f) => f.path).sort()).toEqual(['README.md', 'bin/hopscope.mjs', 'dist/cli.mjs', 'package.json']);
    expect(packed.size).toBeLessThan(2_000_000);
    expect((await readdir(join(app, 'node_modules'))).filter((name) => !name.startsWith('.'))).toEqual(['hopscope']);
  });

  it('analyzes a dump with npx hopscope analyze', async () => {
    const { code, stdout, stderr } = await npx('analyze', DEMO);
    expect(code, stderr).toBe(0);
    expect(stdout).toContain(`Hopscope: ${DEMO}`);
    expect(stdout).toMatch(/✕ critical\s+SVC-SELECTOR-NOMATCH .*app=catalogue/);
    const json = await npx('analyze', DEMO, '--json');
    expect(JSON.parse(json.stdout).nodes.length).toBeGreaterThan(10);
  });

  it('prints its help, and says what is wrong with exit status 2', async () => {
    const help = await npx('--help');
    expect(help).toMatchObject({ code: 0, stdout: expect.stringContaining('Usage: hopscope analyze') });
    expect(help.stdout).toContain('npx hopscope capture -o cluster.json');
    expect(await npx('analyze', join(dir, 'missing.json'))).toMatchObject({ code: 2, stderr: expect.stringContaining('missing.json') });
  });

  it('runs hopscope capture with the bundled Kubernetes client', async () => {
    const kubeconfig = join(dir, 'kubeconfig');
    const server = `https://127.0.0.1:${await freePort()}`;
    await writeFile(kubeconfig, `apiVersion: v1\nkind: Config\nclusters:\n- name: c\n  cluster:\n    server: ${server}\nusers:\n- name: u\n  user:\n    token: t\ncontexts:\n- name: c\n  context:\n    cluster: c\n    user: u\ncurrent-context: c\n`);
    const { code, stderr } = await npx('capture', '--kubeconfig', kubeconfig, '-o', join(dir, 'cluster.json'));
    expect(stderr).toContain(`hopscope: reading c (${server})`);
    expect(stderr).toMatch(/^hopscope: could not read the cluster: fetch failed: connect ECONNREFUSED 127\.0\.0\.1:\d+$/m);
    expect(code).toBe(1);
  });
});
