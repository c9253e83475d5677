import { kubectlDescribe } from '../k8s/kubectl';
import { isPodReady, podCondition } from '../k8s/pods';
import type { Pod } from '../k8s/types';
import { nodeId } from '../graph/ids';
import type { FindingRef } from '../graph/types';
import { evidence, field } from './evidence';
import { allPodsOf, serviceName, servicesOfPod } from './pod-services';
import { defineCheck, type CheckContext } from './types';

export function isRunningNotReady(pod: Pod): boolean {
  if (pod.status.phase !== 'Running') return false;
  return !isPodReady(pod) || (pod.status.containerStatuses ?? []).some((s) => !s.ready);
}

/** POD-NOT-READY on those of these pods (hops of the graph) where it fires: the cause a check on their Service names (none in manifests mode, which does not run it). */
export function notReadyPods(ctx: CheckContext, pods: readonly Pod[]): FindingRef[] {
  if (ctx.manifests) return [];
  return pods.filter(isRunningNotReady).map((pod) => ({ id: 'POD-NOT-READY', hop: nodeId('pod', pod.metadata.namespace, pod.metadata.name) }));
}

export const podNotReady = defineCheck({
  id: 'POD-NOT-READY',
  hop: 'pod',
  title: 'Pod runs but is not ready',
  liveState: true,
  run(node, ctx) {
    const pod = ctx.object(node, 'Pod');
    if (!pod || !isRunningNotReady(pod)) return [];
    const services = servicesOfPod(node, ctx);
    const everyPod = services.filter((b) => allPodsOf(ctx, b, 'not-ready', isRunningNotReady));
    const unready = (pod.status.containerStatuses ?? []).filter((s) => !s.ready).map((s) => s.name);
    const ready = podCondition(pod, 'Ready');
    return [
      {
        severity: everyPod.length > 0 ? 'critical' : 'warning',
        message: `Pod ${pod.metadata.name} is running but not ready${unready.length ? ` (container ${unready.join(', ')} not ready)` : ''}, so it gets no traffic${everyPod.length ? `; no pod of ${everyPod.map(serviceName).join(', ')} is ready, users see 503` : ''}.`,
        evidence: evidence({
          fields: [
            field(pod, 'status.conditions[Ready]', ready ? `${ready.status}${ready.reason ? ` (${ready.reason})` : ''}` : '(absent)'),
            ...unready.map((name) => field(pod, `status.containerStatuses[${name}].ready`, false)),
          ],
          kubectl: [kubectlDescribe('Pod', pod.metadata.namespace, pod.metadata.name)],
        }),
      },
    ];
  },
});
