import { kubectlDescribe } from '../k8s/kubectl';
import type { Pod } from '../k8s/types';
import { evidence, field } from './evidence';
import { allPodsOf, serviceName, servicesOfPod } from './pod-services';
import { defineCheck } from './types';

export function crashLooping(pod: Pod) {
  return (pod.status.containerStatuses ?? []).filter((s) => s.state?.waiting?.reason === 'CrashLoopBackOff');
}

export const podCrashLoop = defineCheck({
  id: 'POD-CRASHLOOP',
  hop: 'pod',
  title: 'Container in CrashLoopBackOff',
  liveState: true,
  run(node, ctx) {
    const pod = ctx.object(node, 'Pod');
    if (!pod) return [];
    const looping = crashLooping(pod);
    if (looping.length === 0) return [];
    const everyPod = servicesOfPod(node, ctx).filter((b) => allPodsOf(ctx, b, 'crash-looping', (p) => crashLooping(p).length > 0));
    return looping.map((status) => {
      const last = status.lastState?.terminated;
      const lastText = last ? `; it last ended with ${last.reason ?? 'an error'} (exit code ${last.exitCode ?? '?'})` : '';
      return {
        severity: everyPod.length > 0 ? 'critical' : 'warning',
        message: `Container ${status.name} of pod ${pod.metadata.name} is crash-looping after ${status.restartCount} restarts${lastText}${everyPod.length ? `; every pod of ${everyPod.map(serviceName).join(', ')} is, users see 503` : ''}.`,
        evidence: evidence({
          fields: [
            field(pod, `status.containerStatuses[${status.name}].state.waiting.reason`, 'CrashLoopBackOff'),
            field(pod, `status.containerStatuses[${status.name}].restartCount`, status.restartCount),
            ...(last ? [field(pod, `status.containerStatuses[${status.name}].lastState.terminated`, `${last.reason ?? ''} exit ${last.exitCode ?? '?'}`)] : []),
          ],
          kubectl: [`kubectl logs ${pod.metadata.name} -n ${pod.metadata.namespace} -c ${status.name} --previous`, kubectlDescribe('Pod', pod.metadata.namespace, pod.metadata.name)],
        }),
      };
    });
  },
});
