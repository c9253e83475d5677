// Starts the real etcd, kube-apiserver and kube-controller-manager (built by tools/k8s/build.sh) on
// 127.0.0.1, waits for /readyz, writes an admin kubeconfig, and stops them all by pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get as httpsGet } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../free-port';

const BIN = join(import.meta.dirname, '../../tools/k8s/bin');
/**
 * The controllers a cluster needs for Services to get EndpointSlices, and for namespaces and owners to
 * work; plus the ClusterRole aggregation controller, without which the `view`, `edit` and `admin`
 * roles stay empty (their rules are aggregated).
 */
const CONTROLLERS = 'endpointslice-controller,endpoints-controller,serviceaccount-controller,namespace-controller,garbage-collector-controller,clusterrole-aggregation-controller';

export interface ControlPlane {
  server: string;
  kubeconfig: string;
  adminToken: string;
  dir: string;
  /** Tokens for extra identities, from the token file (user -> token). */
  tokens: Record<string, string>;
  /** etcd's client URL (its JSON gateway answers under /v3/). */
  etcd: string;
  /** Compacts etcd's history up to its current revision, as kube-apiserver does every 5 minutes; returns that revision. */
  compactEtcd(): Promise<number>;
  /** Kills kube-apiserver and starts it again on the same port, over the same etcd. */
  restartApiServer(): Promise<void>;
  stop(): Promise<void>;
}

function start(name: string, args: string[], logDir: string): ChildProcess {
  const binary = join(BIN, name);
  if (!existsSync(binary)) throw new Error(`${binary} is missing: run bash tools/k8s/build.sh`);
  const child = spawn(binary, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const lines: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 200) lines.shift();
  });
  child.on('exit', (code, signal) => {
    if (code && code !== 0) void writeFile(join(logDir, `${name}.log`), lines.join(''));
    (child as ChildProcess & { exitInfo?: string }).exitInfo = `${name} exited (${code ?? signal})`;
  });
  return child;
}

async function waitFor(what: string, check: () => Promise<boolean>, children: ChildProcess[], timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = children.find((c) => c.exitCode !== null);
    if (dead) throw new Error(`${(dead as ChildProcess & { exitInfo?: string }).exitInfo ?? 'a component exited'} while waiting for ${what}`);
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    [...children].reverse().map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
          child.once('exit', () => {
            clearTimeout(kill);
            resolve();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
}

/** Extra identities get a token each; `groups` go in the token file's fourth column. */
export interface Identity {
  user: string;
  groups?: string[];
}

export interface ControlPlaneOptions {
  /**
   * Resources (lowercase plural, e.g. `pods`) the API server serves straight from etcd, without its
   * watch cache: a watch from a compacted resourceVersion then gets 410 Gone from etcd itself.
   */
  withoutWatchCache?: string[];
}

async function etcdPost(etcd: string, path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${etcd}${path}`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`etcd ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as Record<string, unknown>;
}

async function compact(etcd: string): Promise<number> {
  const range = await etcdPost(etcd, '/v3/kv/range', { key: Buffer.from('/').toString('base64') });
  const revision = Number((range.header as { revision: string }).revision);
  await etcdPost(etcd, '/v3/kv/compaction', { revision: String(revision), physical: true });
  return revision;
}

export async function startControlPlane(identities: Identity[] = [], options: ControlPlaneOptions = {}): Promise<ControlPlane> {
  const dir = await mkdtemp(join(tmpdir(), 'hopscope-cp-'));
  const children: ChildProcess[] = [];
  const token = () => randomBytes(16).toString('hex');
  const adminToken = token();
  const tokens = Object.fromEntries(identities.map((i) => [i.user, token()]));
  const lines = [`${adminToken},admin,admin,"system:masters"`, ...identities.map((i) => `${tokens[i.user]},${i.user},${i.user},"${(i.groups ?? []).join(',')}"`)];
  await writeFile(join(dir, 'tokens.csv'), `${lines.join('\n')}\n`);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  await writeFile(join(dir, 'sa.key'), privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const [etcdClient, etcdPeer, apiPort] = [await freePort(), await freePort(), await freePort()];
  const server = `https://127.0.0.1:${apiPort}`;
  const kubeconfig = join(dir, 'kubeconfig');
  const stop = async () => {
    await stopAll(children);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    children.push(
      start('etcd', [
        '--name=hopscope', `--data-dir=${join(dir, 'etcd')}`,
        `--listen-client-urls=http://127.0.0.1:${etcdClient}`, `--advertise-client-urls=http://127.0.0.1:${etcdClient}`,
        `--listen-peer-urls=http://127.0.0.1:${etcdPeer}`, `--initial-advertise-peer-urls=http://127.0.0.1:${etcdPeer}`,
        `--initial-cluster=hopscope=http://127.0.0.1:${etcdPeer}`, '--unsafe-no-fsync', '--log-level=warn',
      ], dir),
    );
    const apiserverArgs = [
        `--etcd-servers=http://127.0.0.1:${etcdClient}`, '--bind-address=127.0.0.1', '--advertise-address=127.0.0.1',
        `--secure-port=${apiPort}`, `--cert-dir=${join(dir, 'certs')}`, '--endpoint-reconciler-type=none',
        '--service-cluster-ip-range=10.96.0.0/16', '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
        `--service-account-signing-key-file=${join(dir, 'sa.key')}`, `--service-account-key-file=${join(dir, 'sa.key')}`,
        `--token-auth-file=${join(dir, 'tokens.csv')}`, '--authorization-mode=RBAC',
        ...(options.withoutWatchCache?.length ? [`--watch-cache-sizes=${options.withoutWatchCache.map((r) => `${r}#0`).join(',')}`] : []),
    ];
    children.push(start('kube-apiserver', apiserverArgs, dir));
    await waitFor('kube-apiserver /readyz', async () => (await readyz(server)) === 200, children);
    await writeFile(kubeconfig, kubeconfigFor(server, adminToken));
    children.push(start('kube-controller-manager', [`--kubeconfig=${kubeconfig}`, `--controllers=${CONTROLLERS}`, '--leader-elect=false', '--secure-port=0'], dir));
    const restartApiServer = async () => {
      const apiserver = children.find((c) => c.spawnargs[0]?.endsWith('kube-apiserver'))!;
      await stopAll([apiserver]);
      children.splice(children.indexOf(apiserver), 1, start('kube-apiserver', apiserverArgs, dir));
      await waitFor('kube-apiserver /readyz after restart', async () => (await readyz(server)) === 200, children);
    };
    const etcd = `http://127.0.0.1:${etcdClient}`;
    return { server, kubeconfig, adminToken, dir, tokens, etcd, compactEtcd: () => compact(etcd), stop, restartApiServer };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** The status of GET /readyz (anonymous access is allowed; the serving cert is self-signed). */
function readyz(server: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpsGet(`${server}/readyz`, { rejectUnauthorized: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on('error', reject);
  });
}

export function kubeconfigFor(server: string, token: string, user = 'admin'): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: hopscope-test`,
    '  cluster:',
    `    server: ${server}`,
    '    insecure-skip-tls-verify: true',
    'users:',
    `- name: ${user}`,
    '  user:',
    `    token: ${token}`,
    'contexts:',
    '- name: hopscope-test',
    '  context:',
    '    cluster: hopscope-test',
    `    user: ${user}`,
    'current-context: hopscope-test',
    '',
  ].join('\n');
}
