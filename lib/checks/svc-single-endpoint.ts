import { kubectlSlicesOf } from '../k8s/kubectl';
import { ownerOf } from '../k8s/pods';
import { hasSelector } from '../graph/service-backends';
import { evidence } from './evidence';
import { endpointsOf } from './service-endpoints';
import { defineCheck } from './types';

export const svcSingleEndpoint = defineCheck({
  id: 'SVC-SINGLE-ENDPOINT',
  hop: 'service',
  title: 'Only one ready endpoint',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    const endpoints = endpointsOf(ctx, node.id);
    if (!service || !endpoints || !hasSelector(service) || endpoints.counts.ready !== 1 || endpoints.counts.notReady > 0) return [];
    const { namespace = '', name } = service.metadata;
    // Manifests without Nodes: a DaemonSet's one predicted pod stands for one per node, a number unknown here.
    const perNode = ctx.manifests && !ctx.state.has('Node') && (ctx.backends(node.id)?.selected ?? []).some((p) => ownerOf(p)?.startsWith('DaemonSet/'));
    if (perNode) return [{ notChecked: `a DaemonSet runs one pod per node and the manifests hold no Nodes, so how many endpoints Service ${namespace}/${name} has is unknown` }];
    return [
      {
        severity: 'warning',
        message: `Service ${namespace}/${name} has exactly one ready endpoint: any restart, eviction or rollout of that pod gives 503 / connection refused. Run at least two replicas.`,
        evidence: evidence({ objects: [{ kind: 'Service', namespace, name }], kubectl: [kubectlSlicesOf(namespace, name)] }),
      },
    ];
  },
});
