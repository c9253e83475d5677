import { kubectlGet } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const epsNodeMissing = defineCheck({
  id: 'EPS-NODE-MISSING',
  hop: 'endpoints',
  title: 'Pod on a deleted Node',
  liveState: true,
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    if (!backends || backends.selected.length === 0 || backends.service.spec.publishNotReadyAddresses) return [];
    // Without Nodes in the source (no permission, or a dump without them) nothing can be said.
    if (!ctx.state.has('Node')) return [{ notChecked: 'the input has no Nodes (Hopscope may not list them here, or the dump left them out), so pods on Nodes that no longer exist cannot be found' }];
    const orphans = backends.selected.filter((p) => p.status.podIP && p.spec.nodeName && !ctx.state.get('Node', undefined, p.spec.nodeName) && !backends.endpointOf(p));
    if (orphans.length === 0) return [];
    return [
      {
        severity: 'warning',
        message: `${orphans.length} pod${orphans.length > 1 ? 's' : ''} of Service ${backends.service.metadata.namespace}/${backends.service.metadata.name} run${orphans.length > 1 ? '' : 's'} on a Node that no longer exists (${orphans.map((p) => `${p.metadata.name} on ${p.spec.nodeName}`).slice(0, 3).join(', ')}): the EndpointSlice controller skips ${orphans.length > 1 ? 'them' : 'it'}, so the Service has fewer endpoints.`,
        evidence: evidence({ fields: orphans.slice(0, 3).map((p) => field(p, 'spec.nodeName', p.spec.nodeName)), kubectl: ['kubectl get nodes', kubectlGet('Pod', orphans[0]!.metadata.namespace, orphans[0]!.metadata.name, '{.spec.nodeName}')] }),
      },
    ];
  },
});
