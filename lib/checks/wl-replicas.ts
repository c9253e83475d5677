import { evidence, field } from './evidence';
import { notReadyPods } from './pod-not-ready';
import { workloadName, workloadsBehind } from './workloads';
import { defineCheck } from './types';

export const wlReplicas = defineCheck({
  id: 'WL-REPLICAS',
  hop: 'service',
  title: 'Workload behind the Service is short of replicas',
  liveState: true,
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    if (!service) return [];
    return workloadsBehind(ctx.state, service, ['Deployment', 'StatefulSet']).flatMap((w) => {
      const desired = w.spec.replicas ?? 1;
      const ready = w.status.readyReplicas ?? 0;
      const progressing = w.status.conditions?.find((c) => c.type === 'Progressing');
      const pods = w.spec.selector ? ctx.state.selectMatching('Pod', w.metadata.namespace, w.spec.selector) : [];
      const problems: string[] = [];
      if (desired === 0) problems.push('it is scaled to zero');
      else if (ready < desired) problems.push(`it wants ${desired} replica${desired > 1 ? 's' : ''} and ${ready} ${ready === 1 ? 'is' : 'are'} ready`);
      if (progressing?.status === 'False') problems.push(`its rollout is stuck (Progressing=False, ${progressing.reason ?? 'no reason'})`);
      if (desired > 0 && pods.length === 0) problems.push('its selector matches no pod');
      if (problems.length === 0) return [];
      // Its pods that are hops (the Service selects them), for POD-NOT-READY on them.
      const selected = new Set(ctx.backends(node.id)?.selected);
      return [
        {
          severity: ready === 0 ? ('critical' as const) : ('warning' as const),
          message: `${workloadName(w)} behind Service ${service.metadata.name}: ${problems.join('; ')}: ${ready === 0 ? 'no endpoint, users see 503' : 'fewer endpoints than planned'}.`,
          evidence: evidence({
            fields: [field(w, 'spec.replicas', desired), field(w, 'status.readyReplicas', ready), ...(progressing ? [field(w, 'status.conditions[Progressing]', `${progressing.status} ${progressing.reason ?? ''}`.trim())] : [])],
            kubectl: [`kubectl rollout status ${w.kind.toLowerCase()}/${w.metadata.name} -n ${w.metadata.namespace}`, `kubectl describe ${w.kind.toLowerCase()} ${w.metadata.name} -n ${w.metadata.namespace}`],
          }),
          because: notReadyPods(ctx, pods.filter((pod) => selected.has(pod))),
        },
      ];
    });
  },
});
