import { kubectlGet } from '../k8s/kubectl';
import { podCondition } from '../k8s/pods';
import type { Pod } from '../k8s/types';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

/** Gates not True on a pod whose containers are all ready: only the gate keeps it out of the endpoints. */
function unmetGates(pod: Pod): string[] {
  const statuses = pod.status.containerStatuses ?? [];
  if (statuses.length === 0 || !statuses.every((s) => s.ready)) return [];
  return (pod.spec.readinessGates ?? []).map((g) => g.conditionType).filter((type) => podCondition(pod, type)?.status !== 'True');
}

export const epsReadinessGate = defineCheck({
  id: 'EPS-READINESS-GATE',
  hop: 'endpoints',
  title: 'Readiness gate not met',
  liveState: true,
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    if (!backends) return [];
    const gated = backends.selected.map((pod) => ({ pod, gates: unmetGates(pod) })).filter((x) => x.gates.length > 0);
    if (gated.length === 0) return [];
    const all = gated.length === backends.selected.length;
    const first = gated[0]!;
    return [
      {
        severity: all ? 'critical' : 'warning',
        message: `${all ? 'Every pod' : `${gated.length} of ${backends.selected.length} pods`} of Service ${backends.service.metadata.namespace}/${backends.service.metadata.name} ${all ? 'has' : 'have'} all containers ready but the readiness gate ${first.gates.map((g) => `"${g}"`).join(', ')} is not True (${gated.map((g) => g.pod.metadata.name).slice(0, 3).join(', ')}): the pods never become ready endpoints${all ? ', users see 503' : ''}. The controller that sets the gate (often a cloud load balancer controller) has not confirmed them.`,
        evidence: evidence({
          fields: gated.slice(0, 3).map((g) => field(g.pod, `status.conditions[${g.gates[0]}]`, podCondition(g.pod, g.gates[0]!)?.status ?? '(absent)')),
          kubectl: [kubectlGet('Pod', first.pod.metadata.namespace, first.pod.metadata.name, '{.status.conditions}')],
        }),
      },
    ];
  },
});
