import type { Protocol } from '../k8s/types';
import { evidence } from './evidence';
import { blockingPolicies, kubectlPolicies, policiesVerb, policyRef } from '../netpol/evidence';
import { defineCheck } from './types';

const DNS = { namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } };
const PROTOCOLS: Protocol[] = ['UDP', 'TCP'];

/** Egress-isolated pods on the path must reach cluster DNS on UDP and TCP 53 (TCP for truncated answers). */
export const npDnsEgress = defineCheck({
  id: 'NP-DNS-EGRESS',
  hop: 'endpoints',
  title: 'NetworkPolicy blocks DNS',
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    const dns = ctx.state.select('Pod', DNS.namespace, DNS.labels).find((p) => p.status.podIP);
    if (!backends || !dns) return [];
    const isolated = backends.selected.filter((p) => p.status.podIP && ctx.netpol.policiesFor(p).some((policy) => policy.egress !== null));
    const failing = isolated.flatMap((pod) =>
      PROTOCOLS.map((protocol) => ({ pod, protocol, verdict: ctx.netpol.allowed({ from: { kind: 'pod', pod }, to: { kind: 'pod', pod: dns }, port: 53, protocol }) })).filter((x) => !x.verdict.allowed),
    );
    if (failing.length === 0) return [];
    const protocols = [...new Set(failing.map((f) => f.protocol))];
    const pods = [...new Set(failing.map((f) => f.pod.metadata.name))];
    const policies = blockingPolicies(failing.map((f) => f.verdict));
    const onlyTcp = protocols.length === 1 && protocols[0] === 'TCP';
    return [
      {
        severity: 'critical',
        message: `${policiesVerb(policies, 'isolates', 'isolate')} egress of ${pods.slice(0, 3).join(', ')}${pods.length > 3 ? ` and ${pods.length - 3} more` : ''} without allowing ${protocols.join(' and ')} port 53 to cluster DNS (${DNS.namespace}/${dns.metadata.name}): ${onlyTcp ? 'UDP works, but large or truncated answers need TCP and fail' : 'name lookups time out (5 s per try), then calls to other services fail with 502/504'}.`,
        evidence: evidence({ objects: policies.map(policyRef), kubectl: kubectlPolicies(policies) }),
      },
    ];
  },
});
