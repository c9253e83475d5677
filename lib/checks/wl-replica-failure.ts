import { kubectlDescribe } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { describeFailure, replicaFailures } from './replica-failures';
import { endpointsOf } from './service-endpoints';
import { defineCheck } from './types';

export const wlReplicaFailure = defineCheck({
  id: 'WL-REPLICA-FAILURE',
  hop: 'service',
  title: 'Workload behind the Service cannot create its pods',
  liveState: true,
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    if (!service) return [];
    const failures = replicaFailures(ctx.state, service);
    if (failures.length === 0) return [];
    const ready = endpointsOf(ctx, node.id)?.counts.ready ?? 0;
    return [
      {
        severity: ready === 0 ? 'critical' : 'warning',
        message: `${failures.map(describeFailure).join('; ')} cannot create ${failures.length > 1 ? 'their' : 'its'} pods, so Service ${service.metadata.name} ${ready === 0 ? 'has no ready endpoint: 503 through the ingress, connection refused in the cluster' : 'has fewer endpoints than planned'}.`,
        evidence: evidence({
          fields: failures.map(({ workload, condition }) => field(workload, 'status.conditions[ReplicaFailure]', `${condition.status} ${condition.reason ?? ''}: ${condition.message ?? ''}`.trim())),
          kubectl: failures.map(({ workload }) => kubectlDescribe(workload.kind, workload.metadata.namespace, workload.metadata.name)),
        }),
      },
    ];
  },
});
