import { selectorMatches } from '../k8s/label-selector';
import type { Pod } from '../k8s/types';
import type { CompiledPolicy, Peer } from '../netpol/policy';
import type { ClusterState } from '../state/cluster-state';
import { evidence } from './evidence';
import { kubectlPolicies, policyRef } from '../netpol/evidence';
import { defineCheck } from './types';

type PodsPeer = Extract<Peer, { kind: 'pods' }>;

function peerMatchesSomething(state: ClusterState, policy: CompiledPolicy, peer: PodsPeer): boolean {
  const namespaces = peer.namespaceSelector === null ? [policy.namespace] : state.list('Namespace').filter((n) => selectorMatches(peer.namespaceSelector!, n.metadata.labels)).map((n) => n.metadata.name);
  if (peer.podSelector === null) return namespaces.length > 0;
  const inNamespaces = new Set(namespaces);
  return state.list('Pod').some((p: Pod) => inNamespaces.has(p.metadata.namespace ?? '') && selectorMatches(peer.podSelector!, p.metadata.labels));
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
    for (const policy of policies) {
      const dangling: string[] = [];
      let live = 0;
      for (const rule of policy.ingress ?? []) {
        for (const peer of rule.peers ?? []) {
          if (peer.kind !== 'pods') {
            live++;
            continue;
          }
          if (peerMatchesSomething(ctx.state, policy, peer)) live++;
          else dangling.push(peer.raw);
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
    return drafts;
  },
});
