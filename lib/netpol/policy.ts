// A NetworkPolicy with the API server's defaults applied, in a shape the evaluator can match fast.
import { readLabelSelector } from '../k8s/label-selector';
import type { LabelSelector, NetworkPolicy, Protocol } from '../k8s/types';
import { arr, num, rec, str } from '../state/read';
import { parseCidr, type Cidr } from './cidr';

export type Direction = 'ingress' | 'egress';

export type Peer =
  | { kind: 'pods'; podSelector: LabelSelector | null; namespaceSelector: LabelSelector | null; raw: string }
  | { kind: 'ipBlock'; cidr: Cidr; except: Cidr[]; raw: string }
  /** A peer that cannot match anything (invalid selector or CIDR): kept so reasons can name it. */
  | { kind: 'invalid'; raw: string };

export type PortMatch =
  | { protocol: Protocol; port: null }
  | { protocol: Protocol; port: number; endPort: number }
  | { protocol: Protocol; port: string };

export interface Rule {
  /** null: the rule has no `from`/`to`, so it matches every peer, pods and addresses alike. */
  peers: Peer[] | null;
  /** null: the rule has no `ports`, so it matches every port and protocol. */
  ports: PortMatch[] | null;
}

export interface CompiledPolicy {
  /** `namespace/name` */
  id: string;
  namespace: string;
  name: string;
  /** null when the selector cannot be valid: the policy selects no pod. */
  podSelector: LabelSelector | null;
  /** The directions in the defaulted `policyTypes`: each isolates the selected pods that way. */
  ingress: Rule[] | null;
  egress: Rule[] | null;
}

const PROTOCOLS = new Set<string>(['TCP', 'UDP', 'SCTP']);

function readPeer(value: unknown): Peer {
  const raw = rec(value) ?? {};
  const text = JSON.stringify(raw);
  const block = rec(raw.ipBlock);
  if (block) {
    const cidr = parseCidr(str(block.cidr) ?? '');
    const except = arr(block.except).map((e) => parseCidr(str(e) ?? ''));
    if (!cidr || except.some((e) => !e)) return { kind: 'invalid', raw: text };
    return { kind: 'ipBlock', cidr, except: except as Cidr[], raw: text };
  }
  if (!('podSelector' in raw) && !('namespaceSelector' in raw)) return { kind: 'invalid', raw: text };
  const podSelector = raw.podSelector === undefined || raw.podSelector === null ? null : readLabelSelector(raw.podSelector);
  const namespaceSelector = raw.namespaceSelector === undefined || raw.namespaceSelector === null ? null : readLabelSelector(raw.namespaceSelector);
  if ((raw.podSelector != null && !podSelector) || (raw.namespaceSelector != null && !namespaceSelector)) return { kind: 'invalid', raw: text };
  return { kind: 'pods', podSelector, namespaceSelector, raw: text };
}

function readPort(value: unknown): PortMatch | null {
  const raw = rec(value) ?? {};
  const protocol = (str(raw.protocol) ?? 'TCP') as Protocol;
  if (!PROTOCOLS.has(protocol)) return null;
  if (raw.port === undefined || raw.port === null) return { protocol, port: null };
  if (typeof raw.port === 'string') {
    // An int-or-string written as a string of digits is still a number.
    return /^\d+$/.test(raw.port) ? { protocol, port: Number(raw.port), endPort: num(raw.endPort) ?? Number(raw.port) } : { protocol, port: raw.port };
  }
  const port = num(raw.port);
  return port === undefined ? null : { protocol, port, endPort: num(raw.endPort) ?? port };
}

function readRules(value: unknown, peersKey: 'from' | 'to'): Rule[] {
  return arr(value).map((item) => {
    const rule = rec(item) ?? {};
    const peers = arr(rule[peersKey]);
    const ports = arr(rule.ports);
    return {
      peers: peers.length ? peers.map(readPeer) : null,
      ports: ports.length ? ports.map(readPort).filter((p): p is PortMatch => p !== null) : null,
    };
  });
}

/** `policyTypes` as the API server defaults it: Ingress always, Egress when egress rules are given. */
export function policyTypes(spec: Record<string, unknown>): Direction[] {
  const given = arr(spec.policyTypes).filter((t): t is string => typeof t === 'string');
  if (given.length) return given.map((t) => t.toLowerCase()).filter((t): t is Direction => t === 'ingress' || t === 'egress');
  return arr(spec.egress).length ? ['ingress', 'egress'] : ['ingress'];
}

const compiled = new WeakMap<NetworkPolicy, CompiledPolicy>();

/** A policy compiled once per object (objects are never changed: a change is a new object). */
export function compilePolicy(policy: NetworkPolicy): CompiledPolicy {
  let known = compiled.get(policy);
  if (!known) compiled.set(policy, (known = compile(policy)));
  return known;
}

function compile(policy: NetworkPolicy): CompiledPolicy {
  const spec = policy.spec;
  const types = policyTypes(spec);
  return {
    id: `${policy.metadata.namespace ?? ''}/${policy.metadata.name}`,
    namespace: policy.metadata.namespace ?? '',
    name: policy.metadata.name,
    podSelector: readLabelSelector(spec.podSelector ?? {}),
    ingress: types.includes('ingress') ? readRules(spec.ingress, 'from') : null,
    egress: types.includes('egress') ? readRules(spec.egress, 'to') : null,
  };
}
