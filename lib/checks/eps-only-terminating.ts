import { kubectlSlicesOf } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const epsOnlyTerminating = defineCheck({
  id: 'EPS-ONLY-TERMINATING',
  hop: 'endpoints',
  title: 'Only terminating endpoints left',
  liveState: true,
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    if (!backends || node.counts.ready > 0) return [];
    const serving = backends.slices.flatMap((slice) =>
      (slice.endpoints ?? []).flatMap((e, i) => (e.conditions?.terminating === true && e.conditions.serving !== false ? [{ slice, i, pod: e.targetRef?.name ?? e.addresses[0] ?? '?' }] : [])),
    );
    if (serving.length === 0) return [];
    const { namespace = '', name } = backends.service.metadata;
    return [
      {
        severity: 'warning',
        message: `Service ${namespace}/${name} has no ready endpoint, only ${serving.length} terminating one${serving.length > 1 ? 's' : ''} still serving (${serving.slice(0, 3).map((s) => s.pod).join(', ')}): in-cluster calls still work (kube-proxy falls back to serving-terminating endpoints), but ingress-nginx answers 503.`,
        evidence: evidence({ fields: serving.slice(0, 3).map((s) => field(s.slice, `endpoints[${s.i}].conditions`, 'serving=true, terminating=true')), kubectl: [kubectlSlicesOf(namespace, name)] }),
      },
    ];
  },
});
