import { kubectlEventsFor } from '../k8s/kubectl';
import { podCondition } from '../k8s/pods';
import type { Pod } from '../k8s/types';
import { evidence, field } from './evidence';
import { allPodsOf, serviceName, servicesOfPod } from './pod-services';
import { defineCheck, type CheckContext } from './types';

const SANDBOX = new Set(['FailedMount', 'FailedAttachVolume', 'FailedCreatePodSandBox']);

/** Why a pod is stuck before running, or null. */
function stuck(pod: Pod, ctx: CheckContext): string | null {
  const scheduled = podCondition(pod, 'PodScheduled');
  if (scheduled?.status === 'False') return `it is not scheduled (${scheduled.reason ?? 'Unschedulable'})`;
  const creating = (pod.status.containerStatuses ?? []).some((s) => s.state?.waiting?.reason === 'ContainerCreating');
  const event = creating ? ctx.state.eventsFor(pod).find((e) => SANDBOX.has(e.reason ?? '')) : undefined;
  return event ? `its containers are still being created: ${event.reason}: ${event.message ?? ''}` : null;
}

export const podPending = defineCheck({
  id: 'POD-PENDING',
  hop: 'pod',
  title: 'Pod stuck before running',
  liveState: true,
  run(node, ctx) {
    const pod = ctx.object(node, 'Pod');
    const why = pod && stuck(pod, ctx);
    if (!pod || !why) return [];
    const everyPod = servicesOfPod(node, ctx).filter((b) => allPodsOf(ctx, b, 'stuck', (p) => stuck(p, ctx) !== null));
    return [
      {
        severity: everyPod.length ? 'critical' : 'warning',
        message: `Pod ${pod.metadata.name} is stuck: ${why}${everyPod.length ? `; no pod of ${everyPod.map(serviceName).join(', ')} runs, users see 503` : ''}.`,
        evidence: evidence({ fields: [field(pod, 'status.conditions[PodScheduled]', podCondition(pod, 'PodScheduled')?.reason ?? 'True')], kubectl: [kubectlEventsFor(pod.metadata.namespace, 'Pod', pod.metadata.name)] }),
      },
    ];
  },
});
