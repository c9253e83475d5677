import { nodeId } from '../graph/ids';
import { kubectlGet } from '../k8s/kubectl';
import type { Container } from '../k8s/types';
import { rec } from '../state/read';
import { evidence, field } from './evidence';
import { isRouted } from './routed';
import { servicesOfPod } from './pod-services';
import { defineCheck } from './types';

const DEFAULT_GRACE = 30;

/** Seconds a preStop hook waits: the `sleep` action, or `sleep N` in an exec command; null when unknown. */
function preStopSeconds(container: Container): number | null {
  const preStop = rec(container.lifecycle?.preStop);
  const action = rec(preStop?.sleep)?.seconds;
  if (typeof action === 'number') return action;
  const command = (rec(preStop?.exec)?.command as unknown[] | undefined)?.join(' ') ?? '';
  const sleep = /\bsleep\s+(\d+)/.exec(command);
  return sleep ? Number(sleep[1]) : null;
}

export const podGracefulShutdown = defineCheck({
  id: 'POD-GRACEFUL-SHUTDOWN',
  hop: 'pod',
  title: 'Pod can be killed before it drains',
  run(node, ctx) {
    const pod = ctx.object(node, 'Pod');
    if (!pod) return [];
    const services = servicesOfPod(node, ctx);
    if (services.length === 0) return [];
    const routed = services.some((b) => isRouted(ctx, nodeId('service', b.service.metadata.namespace, b.service.metadata.name)));
    const grace = pod.spec.terminationGracePeriodSeconds ?? DEFAULT_GRACE;
    const problems = pod.spec.containers.flatMap((c) => {
      if (!c.lifecycle?.preStop) return [`container ${c.name} has no preStop hook, so it gets SIGTERM while endpoints still point at it`];
      const wait = preStopSeconds(c);
      return wait !== null && wait >= grace ? [`container ${c.name} sleeps ${wait} s in preStop, not less than the ${grace} s grace period (the countdown starts before preStop runs), so it is killed mid-drain`] : [];
    });
    if (problems.length === 0) return [];
    return [
      {
        severity: routed ? 'warning' : 'info',
        message: `Pod ${pod.metadata.name}: ${problems.join('; ')}. During rollouts and scale-down the ingress controller and kube-proxy still send to it for a few seconds: bursts of 502 / connection refused. Add a preStop sleep (5-10 s) shorter than terminationGracePeriodSeconds.`,
        evidence: evidence({
          fields: [field(pod, 'spec.terminationGracePeriodSeconds', grace), ...pod.spec.containers.map((c) => field(pod, `spec.containers[${c.name}].lifecycle.preStop`, c.lifecycle?.preStop))],
          kubectl: [kubectlGet('Pod', pod.metadata.namespace, pod.metadata.name, '{.spec.terminationGracePeriodSeconds} {.spec.containers[*].lifecycle}')],
        }),
      },
    ];
  },
});
