import { describe, expect, it } from 'vitest';
import type { Pod, Protocol } from '../k8s/types';
import { stateFromObjects } from '../state/cluster-state';
import { container, namespace, pod } from '../testing/fixtures';
import { NetpolEngine, type Endpoint } from './evaluate';

type Json = Record<string, unknown>;
const policy = (ns: string, name: string, spec: Json): Json => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec });

function world(objects: Json[]) {
  const state = stateFromObjects(objects);
  const engine = new NetpolEngine(state.list('NetworkPolicy'), (ns) => state.get('Namespace', undefined, ns)?.metadata.labels);
  const at = (ref: string): Endpoint => (ref.includes('/') ? { kind: 'pod', pod: state.get('Pod', ref.split('/')[0], ref.split('/')[1]!) as Pod } : { kind: 'address', ip: ref });
  return (from: string, to: string, port = 8080, protocol: Protocol = 'TCP') => engine.allowed({ from: at(from), to: at(to), port, protocol });
}

const web = pod('shop', 'web', { labels: { app: 'web' }, podIP: '10.1.0.5', containers: [container('app', [{ name: 'http', containerPort: 8080, protocol: 'TCP' }, { name: 'dns', containerPort: 5353, protocol: 'UDP' }])] });
const nginx = pod('ingress-nginx', 'controller', { labels: { 'app.kubernetes.io/name': 'ingress-nginx' }, podIP: '10.2.0.7' });
const base = [namespace('shop', { team: 'a' }), namespace('ingress-nginx'), web, nginx];

describe('NetworkPolicy evaluation', () => {
  it('allows everything while no policy selects either pod, and says so', () => {
    const verdict = world(base)('ingress-nginx/controller', 'shop/web');
    expect(verdict.allowed).toBe(true);
    expect(verdict.reason).toBe('pod ingress-nginx/controller -> pod shop/web on 8080/TCP is allowed: no policy restricts egress; no policy restricts ingress.');
  });

  it('isolates a pod selected for ingress and names the policy and the rule that allows', () => {
    const allowCtrl = policy('shop', 'allow-ctrl', {
      podSelector: { matchLabels: { app: 'web' } },
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }], ports: [{ port: 'http' }] }],
    });
    const allowed = world([...base, allowCtrl]);
    expect(allowed('ingress-nginx/controller', 'shop/web').ingress).toMatchObject({ restricted: true, isolatedBy: ['shop/allow-ctrl'], allowedBy: { policy: 'shop/allow-ctrl', rule: 0 } });
    const blocked = allowed('ingress-nginx/controller', 'shop/web', 80);
    expect(blocked.allowed).toBe(false);
    expect(blocked.reason).toContain('shop/allow-ctrl isolates pod shop/web for ingress and no rule of it allows this connection');
  });

  it('ANDs podSelector and namespaceSelector in one peer, ORs separate peers', () => {
    const and = policy('shop', 'and', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {}, podSelector: { matchLabels: { app: 'other' } } }] }] });
    expect(world([...base, and])('ingress-nginx/controller', 'shop/web').allowed).toBe(false);
    const or = policy('shop', 'or', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: {} }, { podSelector: { matchLabels: { app: 'other' } } }] }] });
    expect(world([...base, or])('ingress-nginx/controller', 'shop/web').allowed).toBe(true);
  });

  it('a peer with only podSelector means pods of the policy namespace', () => {
    const p = policy('shop', 'same-ns', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] });
    expect(world([...base, p])('ingress-nginx/controller', 'shop/web').allowed).toBe(false);
  });

  it('masks host bits of an ipBlock CIDR, honours except, and matches pods by their IP', () => {
    const p = policy('shop', 'cidr', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '10.2.0.99/16', except: ['10.2.0.0/29'] } }] }] });
    const check = world([...base, p]);
    expect(check('10.2.9.1', 'shop/web').allowed).toBe(true);
    expect(check('ingress-nginx/controller', 'shop/web').allowed).toBe(false);
    expect(check('10.3.0.1', 'shop/web').allowed).toBe(false);
  });

  it('checks protocol (default TCP), endPort ranges, and named ports on the destination only', () => {
    const p = policy('shop', 'ports', { podSelector: {}, ingress: [{ ports: [{ port: 8000, endPort: 8100 }, { protocol: 'UDP', port: 'dns' }] }] });
    const check = world([...base, p]);
    expect(check('ingress-nginx/controller', 'shop/web', 8080).allowed).toBe(true);
    expect(check('ingress-nginx/controller', 'shop/web', 8101).allowed).toBe(false);
    expect(check('ingress-nginx/controller', 'shop/web', 8080, 'UDP').allowed).toBe(false);
    expect(check('ingress-nginx/controller', 'shop/web', 5353, 'UDP').allowed).toBe(true);
    const egress = policy('ingress-nginx', 'egress', { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ port: 'http' }] }] });
    const out = world([...base, egress]);
    expect(out('ingress-nginx/controller', 'shop/web', 8080).allowed).toBe(true);
    expect(out('ingress-nginx/controller', '192.0.2.1', 8080).allowed).toBe(false);
  });

  it('defaults policyTypes: egress rules make an egress policy; an empty spec isolates ingress only', () => {
    const denyIngress = policy('ingress-nginx', 'deny', { podSelector: {} });
    expect(world([...base, denyIngress])('ingress-nginx/controller', 'shop/web').allowed).toBe(true);
    const withEgress = policy('ingress-nginx', 'egress', { podSelector: {}, egress: [{ to: [{ podSelector: {} }] }] });
    const verdict = world([...base, withEgress])('ingress-nginx/controller', 'shop/web');
    expect(verdict.allowed).toBe(false);
    expect(verdict.egress.isolatedBy).toEqual(['ingress-nginx/egress']);
  });

  it('supports In, NotIn, Exists and DoesNotExist (NotIn and DoesNotExist match a missing key)', () => {
    const expr = (operator: string, values?: string[]) =>
      policy('shop', 'expr', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchExpressions: [{ key: 'team', operator, ...(values ? { values } : {}) }] } }] }] });
    const from = (operator: string, values?: string[]) => world([...base, expr(operator, values)])('ingress-nginx/controller', 'shop/web').allowed;
    expect([from('In', ['a']), from('NotIn', ['a']), from('Exists'), from('DoesNotExist')]).toEqual([false, true, false, true]);
  });

  it('treats an invalid selector as selecting nothing', () => {
    const bad = policy('shop', 'bad', { podSelector: {}, ingress: [{ from: [{ podSelector: { matchExpressions: [{ key: 'app', operator: 'Like', values: ['x'] }] } }] }] });
    expect(world([...base, bad])('shop/web', 'shop/web').allowed).toBe(false);
  });
});
