import { selectorMatches } from '../k8s/label-selector';
import type { Labels } from '../k8s/types';
import { compilePolicy, type CompiledPolicy, type Peer } from '../netpol/policy';
import type { StateReader } from '../state/state-reader';
import { evidence } from './evidence';
import { kubectlPolicies, policyRef } from '../netpol/evidence';
import { defineCheck, type CheckContext } from './types';

type PodsPeer = Extract<Peer, { kind: 'pods' }>;

/**
 * Every namespace the input knows, with its labels: a Namespace object's, else the one the API
 * server sets on every namespace (as the policy engine reads them).
 */
function namespaceLabels(state: StateReader): [string, Labels][] {
  const objects = state.list('Namespace');
  const known = new Set(objects.map((n) => n.metadata.name));
  return [...objects.map((n): [string, Labels] => [n.metadata.name, n.metadata.labels ?? {}]), ...state.namespaces().filter((n) => !known.has(n)).map((n): [string, Labels] => [n, { 'kubernetes.io/metadata.name': n }])];
}

function matchesSomething(state: StateReader, policy: CompiledPolicy, peer: PodsPeer): boolean {
  const namespaces = peer.namespaceSelector === null ? [policy.namespace] : namespaceLabels(state).filter(([, labels]) => selectorMatches(peer.namespaceSelector!, labels)).map(([name]) => name);
  if (peer.podSelector === null) return namespaces.length > 0;
  return namespaces.some((namespace) => state.selectMatching('Pod', namespace, peer.podSelector!).length > 0);
}

/**
 * Whether a peer of a policy matches a pod or namespace, kept per peer: a policy isolates many
 * Services, and most pod changes leave the answer as it was.
 */
function peerMatchesSomething(ctx: CheckContext, policy: CompiledPolicy, rule: number, index: number): boolean {
  return ctx.memo(
    `peer-matches ${policy.namespace}/${policy.name} ${rule}.${index}`,
    () => {
      const object = ctx.state.get('NetworkPolicy', policy.namespace, policy.name);
      const compiled = object && compilePolicy(object);
      const peer = compiled?.ingress?.[rule]?.peers?.[index];
      return !!compiled && peer?.kind === 'pods' && matchesSomething(ctx.state, compiled, peer);
    },
    Object.is,
  );
}

/** Allow peers (ingress rules of the policies isolating this Service's pods) whose selectors match nothing. */
export const npPeerDangling = defineCheck({
  id: 'NP-PEER-DANGLING',
  hop: 'endpoints',
  title: 'NetworkPolicy peer matches nothing',
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    if (!backends) return [];
    const policies = new Set<CompiledPolicy>();
    for (const pod of backends.selected) for (const p of ctx.netpol.policiesFor(pod)) if (p.ingress) policies.add(p);
    const blocked = (ctx.reach(node.service)?.pods ?? []).some((r) => r.blocked);
    const drafts = [];
    const unknown: string[] = [];
    for (const policy of policies) {
      const dangling: string[] = [];
      let live = 0;
      for (const [r, rule] of (policy.ingress ?? []).entries()) {
        for (const [i, peer] of (rule.peers ?? []).entries()) {
          if (peer.kind !== 'pods') {
            live++;
            continue;
          }
          if (peerMatchesSomething(ctx, policy, r, i)) live++;
          // Manifests hold the app's namespaces, rarely those of its peers (the ingress controller's, monitoring).
          else if (ctx.manifests && peer.namespaceSelector !== null) {
            unknown.push(`${peer.raw} of NetworkPolicy ${policy.namespace}/${policy.name}`);
            live++;
          } else dangling.push(peer.raw);
        }
        if (rule.peers === null) live++;
      }
      if (dangling.length === 0) continue;
      const name = `${policy.namespace}/${policy.name}`;
      drafts.push({
        severity: blocked && live === 0 ? ('critical' as const) : ('warning' as const),
        message: `NetworkPolicy ${name} allows traffic from ${dangling.join(' and ')}, which ${dangling.length > 1 ? 'match' : 'matches'} no pod or namespace in the cluster: ${live === 0 ? 'the policy allows nothing, so it only denies' : 'that part of the policy allows nothing'}. A typo in a label is the usual cause.`,
        evidence: evidence({ objects: [policyRef(name)], kubectl: [...kubectlPolicies([name]), 'kubectl get namespaces --show-labels'] }),
      });
    }
    const notChecked = unknown.length ? [{ notChecked: `${unknown.join(' and ')} select${unknown.length > 1 ? '' : 's'} no namespace of the manifests, which may not hold the namespaces it means, so whether ${unknown.length > 1 ? 'they match' : 'it matches'} anything is unknown` }] : [];
    return [...notChecked, ...drafts];
  },
});
