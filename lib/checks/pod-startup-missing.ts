import { kubectlEventsFor } from '../k8s/kubectl';
import { isPodReady } from '../k8s/pods';
import { livenessBudget } from '../k8s/probe-budget';
import { evidence, field } from './evidence';
import { killLoopRisk, livenessTooEarly, observedStartup } from './startup';
import { defineCheck } from './types';

const LIVENESS_KILL = /failed liveness probe, will be restarted|^Liveness probe failed/;

export const podStartupMissing = defineCheck({
  id: 'POD-STARTUP-MISSING',
  hop: 'pod',
  title: 'Liveness without a startup probe kills slow starts',
  liveState: true,
  run(node, ctx) {
    const pod = ctx.object(node, 'Pod');
    if (!pod) return [];
    const startup = observedStartup(ctx, pod);
    const killedWhileStarting = !isPodReady(pod) && ctx.state.eventsFor(pod).some((e) => (e.reason === 'Killing' || e.reason === 'Unhealthy') && LIVENESS_KILL.test(e.message ?? ''));
    return pod.spec.containers.flatMap((c) => {
      if (!c.livenessProbe || c.startupProbe) return [];
      const restarts = pod.status.containerStatuses?.find((s) => s.name === c.name)?.restartCount ?? 0;
      const killed = killedWhileStarting && restarts > 0;
      if (!killed && !livenessTooEarly(c, startup)) return [];
      // Kills already seen say it all; otherwise how likely they are depends on what the container shows.
      const risk = killed ? null : killLoopRisk(pod, c);
      return [
        {
          severity: risk?.severity ?? 'warning',
          message: `Container ${c.name} has a liveness probe but no startupProbe, and ${risk ? `its workload takes ${startup} s to start, more than the ${livenessBudget(c.livenessProbe)} s liveness allows. ${risk.said}` : `the kubelet kills it for failed liveness before it ever gets Ready (${restarts} restarts): a restart loop, users see 503`}. Add a startupProbe whose failureThreshold × periodSeconds covers the slowest start.`,
          evidence: evidence({ fields: [field(pod, `spec.containers[${c.name}].startupProbe`, undefined)], kubectl: [kubectlEventsFor(pod.metadata.namespace, 'Pod', pod.metadata.name)] }),
        },
      ];
    });
  },
});
