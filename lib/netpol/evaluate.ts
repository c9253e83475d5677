// Exact NetworkPolicy semantics: is a connection from one endpoint to another allowed, and why.
import { selectorMatches } from '../k8s/label-selector';
import type { Labels, NetworkPolicy, Pod, Protocol } from '../k8s/types';
import { cidrContains, parseIP } from './cidr';
import { compilePolicy, type CompiledPolicy, type Direction, type Peer, type PortMatch, type Rule } from './policy';

export type Endpoint = { kind: 'pod'; pod: Pod } | { kind: 'address'; ip: string };

export interface RuleRef {
  policy: string;
  /** Index of the rule in the policy's `ingress` or `egress` list. */
  rule: number;
}

export interface DirectionVerdict {
  direction: Direction;
  /** True when some policy selects the endpoint's pod for this direction. */
  restricted: boolean;
  /** `namespace/name` of each policy that isolates the pod this way. */
  isolatedBy: string[];
  /** The first rule that lets the connection through, when one does. */
  allowedBy: RuleRef | null;
  allowed: boolean;
}

export interface Verdict {
  allowed: boolean;
  /** The source pod's egress side (never restricted for an address). */
  egress: DirectionVerdict;
  /** The destination pod's ingress side (never restricted for an address). */
  ingress: DirectionVerdict;
  /** One sentence a person understands. */
  reason: string;
}

export interface Connection {
  from: Endpoint;
  to: Endpoint;
  port: number;
  protocol: Protocol;
}

const endpointName = (e: Endpoint) => (e.kind === 'pod' ? `pod ${e.pod.metadata.namespace}/${e.pod.metadata.name}` : e.ip);

/**
 * NetworkPolicies indexed by namespace, compiled once; the policies selecting a pod are cached per
 * pod object, so evaluating many connections costs a few selector matches each, not a scan of all policies.
 */
export class NetpolEngine {
  private readonly byNamespace = new Map<string, CompiledPolicy[]>();
  private readonly selecting = new WeakMap<Pod, CompiledPolicy[]>();
  private readonly isolating = { ingress: new WeakMap<Pod, CompiledPolicy[]>(), egress: new WeakMap<Pod, CompiledPolicy[]>() };
  private readonly ips = new WeakMap<Pod, ReturnType<typeof parseIP>>();

  constructor(
    policies: Iterable<NetworkPolicy>,
    /** Labels of a namespace (undefined when it is unknown: namespace selectors then match nothing). */
    private readonly namespaceLabels: (namespace: string) => Labels | undefined,
  ) {
    for (const policy of policies) {
      const compiled = compilePolicy(policy);
      const list = this.byNamespace.get(compiled.namespace);
      if (list) list.push(compiled);
      else this.byNamespace.set(compiled.namespace, [compiled]);
    }
  }

  /** Policies that select a pod (in either direction). */
  policiesFor(pod: Pod): CompiledPolicy[] {
    let found = this.selecting.get(pod);
    if (!found) {
      found = (this.byNamespace.get(pod.metadata.namespace ?? '') ?? []).filter((p) => p.podSelector !== null && selectorMatches(p.podSelector, pod.metadata.labels));
      this.selecting.set(pod, found);
    }
    return found;
  }

  /** Whether any policy exists in a namespace (a fast way to skip work). */
  hasPolicies(namespace: string): boolean {
    return (this.byNamespace.get(namespace)?.length ?? 0) > 0;
  }

  allowed(connection: Connection): Verdict {
    const egress = this.side('egress', connection.from, connection);
    const ingress = this.side('ingress', connection.to, connection);
    const allowed = egress.allowed && ingress.allowed;
    // Most verdicts are counted, few are read: the sentence is made when asked for.
    let reason: string | undefined;
    return {
      allowed,
      egress,
      ingress,
      get reason() {
        return (reason ??= explain(connection, egress, ingress));
      },
    };
  }

  /** The policies that isolate a pod in one direction (cached per pod). */
  private isolatingFor(pod: Pod, direction: Direction): CompiledPolicy[] {
    let found = this.isolating[direction].get(pod);
    if (!found) this.isolating[direction].set(pod, (found = this.policiesFor(pod).filter((p) => p[direction] !== null)));
    return found;
  }

  private side(direction: Direction, endpoint: Endpoint, connection: Connection): DirectionVerdict {
    const isolating = endpoint.kind === 'pod' ? this.isolatingFor(endpoint.pod, direction) : [];
    if (isolating.length === 0) return { direction, restricted: false, isolatedBy: [], allowedBy: null, allowed: true };
    const peer = direction === 'ingress' ? connection.from : connection.to;
    let allowedBy: RuleRef | null = null;
    for (const policy of isolating) {
      const index = policy[direction]!.findIndex((rule) => this.ruleMatches(policy, rule, peer, connection));
      if (index >= 0) {
        allowedBy = { policy: policy.id, rule: index };
        break;
      }
    }
    return { direction, restricted: true, isolatedBy: isolating.map((p) => p.id), allowedBy, allowed: allowedBy !== null };
  }

  private ruleMatches(policy: CompiledPolicy, rule: Rule, peer: Endpoint, connection: Connection): boolean {
    return (rule.peers === null || rule.peers.some((p) => this.peerMatches(policy, p, peer))) && (rule.ports === null || rule.ports.some((p) => portMatches(p, connection)));
  }

  private peerMatches(policy: CompiledPolicy, peer: Peer, endpoint: Endpoint): boolean {
    switch (peer.kind) {
      case 'invalid':
        return false;
      case 'ipBlock': {
        const ip = this.ipOf(endpoint);
        return !!ip && cidrContains(peer.cidr, ip) && !peer.except.some((e) => cidrContains(e, ip));
      }
      case 'pods': {
        if (endpoint.kind !== 'pod') return false;
        const namespace = endpoint.pod.metadata.namespace ?? '';
        if (peer.namespaceSelector === null) {
          if (namespace !== policy.namespace) return false;
        } else {
          const labels = this.namespaceLabels(namespace);
          if (!labels || !selectorMatches(peer.namespaceSelector, labels)) return false;
        }
        return peer.podSelector === null || selectorMatches(peer.podSelector, endpoint.pod.metadata.labels);
      }
    }
  }

  private ipOf(endpoint: Endpoint): ReturnType<typeof parseIP> {
    if (endpoint.kind === 'address') return parseIP(endpoint.ip);
    if (!this.ips.has(endpoint.pod)) this.ips.set(endpoint.pod, endpoint.pod.status.podIP ? parseIP(endpoint.pod.status.podIP) : null);
    return this.ips.get(endpoint.pod) ?? null;
  }
}

/** A port entry against the destination: a named port resolves on the destination pod only. */
function portMatches(entry: PortMatch, { to, port, protocol }: Connection): boolean {
  if (entry.protocol !== protocol) return false;
  if (entry.port === null) return true;
  if (typeof entry.port === 'number') return 'endPort' in entry && port >= entry.port && port <= entry.endPort;
  if (to.kind !== 'pod') return false;
  const named = entry.port;
  const pod = to.pod;
  return [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].some((c) =>
    (c.ports ?? []).some((p) => p.name === named && (p.protocol ?? 'TCP') === protocol && p.containerPort === port),
  );
}

function explain(connection: Connection, egress: DirectionVerdict, ingress: DirectionVerdict): string {
  const what = `${endpointName(connection.from)} -> ${endpointName(connection.to)} on ${connection.port}/${connection.protocol}`;
  const blocked = [egress, ingress].find((side) => !side.allowed);
  if (blocked) {
    const whose = blocked.direction === 'egress' ? endpointName(connection.from) : endpointName(connection.to);
    return `${what} is blocked: ${blocked.isolatedBy.join(', ')} isolate${blocked.isolatedBy.length > 1 ? '' : 's'} ${whose} for ${blocked.direction} and no rule of ${blocked.isolatedBy.length > 1 ? 'them' : 'it'} allows this connection.`;
  }
  const parts = [egress, ingress].map((side) =>
    side.allowedBy ? `${side.direction} allowed by ${side.allowedBy.policy} (${side.direction} rule ${side.allowedBy.rule + 1})` : `no policy restricts ${side.direction}`,
  );
  return `${what} is allowed: ${parts.join('; ')}.`;
}
