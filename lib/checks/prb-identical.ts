import { kubectlGet } from '../k8s/kubectl';
import { describeProbe } from '../k8s/probes';
import { livenessBudget, readinessWindow } from '../k8s/probe-budget';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const prbIdentical = defineCheck({
  id: 'PRB-IDENTICAL',
  hop: 'pod',
  title: 'Readiness and liveness probes are the same',
  run(node, ctx) {
    const pod = ctx.object(node, 'Pod');
    if (!pod) return [];
    return pod.spec.containers.flatMap((c) => {
      if (!c.readinessProbe || !c.livenessProbe) return [];
      const handler = describeProbe(c, c.readinessProbe);
      if (handler !== describeProbe(c, c.livenessProbe)) return [];
      // A liveness probe that waits longer softens the cascade (the ingress-nginx chart does this).
      const tolerant = livenessBudget(c.livenessProbe) - (c.livenessProbe.initialDelaySeconds ?? 0) > readinessWindow(c.readinessProbe);
      return [
        {
          severity: tolerant ? ('info' as const) : ('warning' as const),
          message: `Container ${c.name} uses the same check (${handler}) for readiness and liveness: one transient failure both takes the pod out of the endpoints and restarts it, which cascades into 503s under load${tolerant ? ' (softened here: liveness tolerates failures longer)' : ''}. Liveness should check only that the process is alive.`,
          evidence: evidence({
            fields: [field(pod, `spec.containers[${c.name}].readinessProbe`, handler), field(pod, `spec.containers[${c.name}].livenessProbe`, handler)],
            kubectl: [kubectlGet('Pod', pod.metadata.namespace, pod.metadata.name, `{.spec.containers[?(@.name=="${c.name}")]}`)],
          }),
        },
      ];
    });
  },
});
