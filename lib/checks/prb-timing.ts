import { kubectlGet } from '../k8s/kubectl';
import { livenessBudget, readinessWindow } from '../k8s/probe-budget';
import { evidence, field } from './evidence';
import { killLoopRisk, livenessTooEarly, observedStartup } from './startup';
import { defineCheck } from './types';

export const prbTiming = defineCheck({
  id: 'PRB-TIMING',
  hop: 'pod',
  title: 'Probe timing does not fit the observed startup',
  liveState: true,
  run(node, ctx) {
    const pod = ctx.object(node, 'Pod');
    if (!pod) return [];
    const startup = observedStartup(ctx, pod);
    return pod.spec.containers.flatMap((c) => {
      if (!livenessTooEarly(c, startup)) return [];
      const budget = livenessBudget(c.livenessProbe!);
      const window = c.readinessProbe ? ` Its readiness probe needs ${readinessWindow(c.readinessProbe)} s of failures before a broken pod leaves the endpoints.` : '';
      const risk = killLoopRisk(pod, c);
      return [
        {
          severity: risk.severity,
          message: `Container ${c.name}: the liveness probe kills it after ${budget} s (initialDelaySeconds + failureThreshold × periodSeconds, no startupProbe), and pods of its workload take ${startup} s to become Ready (p90 observed). ${risk.said}.${window}`,
          evidence: evidence({
            fields: [field(pod, `spec.containers[${c.name}].livenessProbe`, c.livenessProbe), field(pod, 'status (observed seconds to Ready, p90 of the workload)', startup)],
            kubectl: [kubectlGet('Pod', pod.metadata.namespace, pod.metadata.name, '{.status.conditions} {.status.containerStatuses[*].state}')],
          }),
        },
      ];
    });
  },
});
