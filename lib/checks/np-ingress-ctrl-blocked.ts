import { evidence, field } from './evidence';
import { blockingPolicies, kubectlPolicies, listPods, podName, policiesVerb, policyRef } from '../netpol/evidence';
import { defineCheck } from './types';

export const npIngressCtrlBlocked = defineCheck({
  id: 'NP-INGRESS-CTRL-BLOCKED',
  hop: 'endpoints',
  title: 'NetworkPolicy blocks the ingress controller',
  run(node, ctx) {
    const reach = ctx.reach(node.service);
    if (!reach) return [];
    const isolated = (ctx.backends(node.service)?.selected ?? []).some((pod) => ctx.netpol.policiesFor(pod).some((p) => p.ingress !== null));
    const why = [...(reach.unseen.length ? [`no pod of ${reach.unseen.join(', ')} was found (Hopscope knows no pod labels for it, or may not list its namespace)`] : []), ...reach.unknown];
    const unseen = why.length && isolated ? [{ notChecked: `${why.join('; ')}, so whether NetworkPolicy lets the controller reach these pods is unknown` }] : [];
    if (reach.pods.length === 0) return unseen;
    const blocked = reach.pods.filter((r) => r.blocked || r.partial);
    if (blocked.length === 0) return unseen;
    const all = reach.pods.every((r) => r.blocked);
    const podCount = new Set(reach.pods.map((r) => r.pod)).size;
    const blockedCount = new Set(blocked.map((r) => r.pod)).size;
    const policies = blockingPolicies(blocked.flatMap((r) => r.verdicts));
    const controllers = reach.controllers.map((g) => `${g.controller} (${g.pods.map(podName).join(', ')})`).join('; ');
    const ports = [...new Set(blocked.map((r) => `${r.port}/${r.protocol}`))].join(', ');
    return [
      ...unseen,
      {
        severity: all ? 'critical' : 'warning',
        message: `${policiesVerb(policies, all ? 'blocks' : 'partly blocks', all ? 'block' : 'partly block')} the controller pods of ${controllers} from ${blockedCount === podCount ? 'every backend pod' : `${blockedCount} of ${podCount} backend pods`} (${listPods(blocked)}) on ${ports}: requests through the ingress time out (504).`,
        evidence: evidence({
          objects: policies.map(policyRef),
          fields: blocked.slice(0, 3).map((r) => field(r.pod, 'status.podIP', `${r.pod.status.podIP}:${r.port}`)),
          kubectl: [...kubectlPolicies(policies), `kubectl get networkpolicy -n ${node.ref?.namespace}`],
        }),
      },
    ];
  },
});
