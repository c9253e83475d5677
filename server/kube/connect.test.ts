import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from './connect';

const config = (name: string, server: string) => `apiVersion: v1
kind: Config
clusters: [{name: ${name}, cluster: {server: "${server}"}}]
users: [{name: ${name}, user: {token: t}}]
contexts: [{name: ${name}, context: {cluster: ${name}, user: ${name}}}]
current-context: ${name}
`;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hopscope-kc-'));
  await writeFile(join(dir, 'a'), config('alpha', 'https://alpha.example:6443'));
  await writeFile(join(dir, 'b'), config('beta', 'https://beta.example:6443'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('connect, like kubectl', () => {
  const empty = { env: {}, home: '/nonexistent' };

  it('is null when no cluster is configured, so the demo shows', () => {
    expect(connect(empty)).toBeNull();
  });

  it('reads KUBECONFIG (several files) and its current context', () => {
    const kc = connect({ env: { KUBECONFIG: `${join(dir, 'a')}:${join(dir, 'b')}` }, home: '/nonexistent' });
    expect(kc?.getCurrentContext()).toBe('alpha');
    expect(kc?.getContexts().map((c) => c.name)).toEqual(['alpha', 'beta']);
  });

  it('takes --kubeconfig and --context over the environment, and explains a wrong context', () => {
    const kc = connect({ ...empty, kubeconfig: `${join(dir, 'a')}:${join(dir, 'b')}`, context: 'beta' });
    expect(kc?.getCurrentCluster()?.server).toBe('https://beta.example:6443');
    expect(() => connect({ ...empty, kubeconfig: join(dir, 'a'), context: 'gamma' })).toThrow('no context "gamma" in the kubeconfig (it has alpha)');
  });

  it('falls back to ~/.kube/config', async () => {
    const home = await mkdtemp(join(tmpdir(), 'hopscope-home-'));
    await import('node:fs/promises').then((fs) => fs.mkdir(join(home, '.kube')));
    await writeFile(join(home, '.kube', 'config'), config('home', 'https://home.example'));
    expect(connect({ env: {}, home })?.getCurrentContext()).toBe('home');
    await rm(home, { recursive: true, force: true });
  });
});
