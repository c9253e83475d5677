import { kubectlEventsFor } from '../k8s/kubectl';
import type { Pod } from '../k8s/types';
import { evidence, field } from './evidence';
import { allPodsOf, serviceName, servicesOfPod } from './pod-services';
import { probeEventFailures, probeOf } from './probe-events';
import { isRunningNotReady } from './pod-not-ready';
import { defineCheck, type CheckContext } from './types';

const MESSAGE = /^(Readiness|Liveness|Startup) probe failed: HTTP probe failed with statuscode: (\d{3})$/;
/** Every `Unhealthy` HTTP-status event of the pod, merged per container, probe and status. */
function probeHttpFailures(pod: Pod, ctx: CheckContext) {
  return probeEventFailures(pod, ctx, MESSAGE).map((f) => ({ ...f, status: Number(f.detail) }));
}

function meaning(status: number, path: string | undefined): string {
  if (status === 404) return `the probe path ${path ?? '(not set)'} is not served by the app`;
  if (status === 401 || status === 403) return `the health path ${path ?? ''} asks for authentication`;
  if (status >= 500) return 'the app or one of its dependencies reports itself unhealthy';
  return `kubelet counts only 200-399 as healthy`;
}

export const prbEventHttpStatus = defineCheck({
  id: 'PRB-EVENT-HTTP-STATUS',
  hop: 'pod',
  title: 'Probe fails with an HTTP status',
  liveState: true,
  run(node, ctx) {
    const pod = ctx.object(node, 'Pod');
    if (!pod) return [];
    // Why a probe fails is in kubelet Events; a source without any cannot say.
    if (!ctx.state.has('Event')) return isRunningNotReady(pod) ? [{ notChecked: 'the input has no Events (kubelet probe failures are reported there), so why this pod is not ready is unknown' }] : [];
    const failures = probeHttpFailures(pod, ctx);
    if (failures.length === 0) return [];
    const failsReadiness = (p: Pod) => probeHttpFailures(p, ctx).some((f) => f.probe === 'Readiness');
    const everyPod = servicesOfPod(node, ctx).filter((b) => allPodsOf(ctx, b, 'readiness-http-failures', failsReadiness));
    return failures.map((failure) => {
      const probe = probeOf(pod, failure.container, failure.probe);
      const path = probe?.httpGet?.path;
      const readinessEverywhere = failure.probe === 'Readiness' && everyPod.length > 0;
      const effect =
        failure.probe === 'Readiness'
          ? readinessEverywhere
            ? `no pod of ${everyPod.map(serviceName).join(', ')} becomes ready, users see 503`
            : 'the pod gets no traffic'
          : failure.probe === 'Liveness'
            ? 'kubelet restarts the container'
            : 'the container never finishes starting';
      return {
        severity: readinessEverywhere ? 'critical' : 'warning',
        message: `${failure.probe} probe of container ${failure.container} gets HTTP ${failure.status} from ${path ?? 'its path'} (${failure.count} times, last ${failure.last ?? 'unknown'}): ${meaning(failure.status, path)}; ${effect}.`,
        evidence: evidence({
          fields: [
            field(pod, `spec.containers[${failure.container}].${failure.probe.toLowerCase()}Probe.httpGet`, probe?.httpGet ?? '(no httpGet probe)'),
            field({ kind: 'Event', namespace: pod.metadata.namespace, name: failure.event.metadata.name }, 'message', failure.event.message),
          ],
          kubectl: [kubectlEventsFor(pod.metadata.namespace, 'Pod', pod.metadata.name)],
        }),
      };
    });
  },
});
