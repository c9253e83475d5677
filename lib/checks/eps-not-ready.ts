import { servesService } from '../graph/service-backends';
import { kubectlSlicesOf } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { notReadyPods } from './pod-not-ready';
import { defineCheck } from './types';

export const epsNotReady = defineCheck({
  id: 'EPS-NOT-READY',
  hop: 'endpoints',
  title: 'Endpoints not ready',
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    if (!backends || node.counts.notReady === 0) return [];
    const { service } = backends;
    const namespace = service.metadata.namespace ?? '';
    const notReady = backends.slices.filter((slice) => servesService(slice, service)).flatMap((slice) =>
      (slice.endpoints ?? []).flatMap((e, i) => (e.conditions?.ready === false && e.conditions.terminating !== true ? [{ slice, i, pod: e.targetRef?.name ?? e.addresses[0] ?? '?' }] : [])),
    );
    const none = node.counts.ready === 0;
    // The pods behind the not-ready endpoints, for POD-NOT-READY on them.
    const names = new Set(notReady.map((n) => n.pod));
    const pods = [...backends.selected, ...backends.extraPods].filter((pod) => names.has(pod.metadata.name));
    return [
      {
        severity: none ? 'critical' : 'warning',
        message: `${notReady.length} of ${node.counts.ready + node.counts.notReady} endpoints of Service ${service.metadata.name} are not ready (${notReady
          .slice(0, 4)
          .map((n) => n.pod)
          .join(', ')}${notReady.length > 4 ? ', ...' : ''}): ${none ? 'no pod gets traffic, users see 503' : 'the rest carry all the traffic'}.`,
        evidence: evidence({
          fields: notReady.slice(0, 5).map((n) => field(n.slice, `endpoints[${n.i}].conditions.ready`, false)),
          kubectl: [kubectlSlicesOf(namespace, service.metadata.name)],
        }),
        because: notReadyPods(ctx, pods),
      },
    ];
  },
});
