import { kubectlEventsFor } from '../k8s/kubectl';
import type { Severity } from '../graph/types';
import { evidence, field } from './evidence';
import { probeEventFailures, probeOf, type ProbeEventFailure } from './probe-events';
import type { CheckId } from './classes';
import { defineCheck } from './types';

/** A check on kubelet `Unhealthy` events matching one message pattern (group 1: probe kind, group 2: detail). */
export function probeEventCheck(options: { id: CheckId; title: string; pattern: RegExp; severity: Severity; explain: (failure: ProbeEventFailure, probe: string) => string }) {
  return defineCheck({
    id: options.id,
    hop: 'pod',
    title: options.title,
    liveState: true,
    run(node, ctx) {
      const pod = ctx.object(node, 'Pod');
      if (!pod) return [];
      return probeEventFailures(pod, ctx, options.pattern).map((failure) => {
        const probe = probeOf(pod, failure.container, failure.probe);
        const field_ = `spec.containers[${failure.container}].${failure.probe.toLowerCase()}Probe`;
        return {
          severity: options.severity,
          message: `${failure.probe} probe of container ${failure.container} ${options.explain(failure, JSON.stringify(probe ?? null))} (${failure.count} time${failure.count > 1 ? 's' : ''}, last ${failure.last ?? 'unknown'}).`,
          evidence: evidence({
            fields: [field(pod, field_, probe ?? '(none)'), field({ kind: 'Event', namespace: pod.metadata.namespace, name: failure.event.metadata.name }, 'message', failure.event.message)],
            kubectl: [kubectlEventsFor(pod.metadata.namespace, 'Pod', pod.metadata.name)],
          }),
        };
      });
    },
  });
}
