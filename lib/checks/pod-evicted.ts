import { kubectlPodsWithLabels } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

/** Evicted pods have ended, so they are not drawn: the Service's EndpointSlices hop carries them. */
export const podEvicted = defineCheck({
  id: 'POD-EVICTED',
  hop: 'endpoints',
  title: 'Evicted pods',
  liveState: true,
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    const selector = backends?.service.spec.selector;
    if (!backends || !selector || Object.keys(selector).length === 0) return [];
    const namespace = backends.service.metadata.namespace ?? '';
    const evicted = ctx.state.select('Pod', namespace, selector).filter((p) => p.status.reason === 'Evicted');
    if (evicted.length === 0) return [];
    return [
      {
        severity: 'info',
        message: `${evicted.length} pod${evicted.length > 1 ? 's' : ''} of Service ${namespace}/${backends.service.metadata.name} ${evicted.length > 1 ? 'were' : 'was'} evicted (${evicted.map((p) => p.metadata.name).slice(0, 3).join(', ')}): usually node pressure (memory or disk).`,
        evidence: evidence({ fields: evicted.slice(0, 3).map((p) => field(p, 'status.reason', 'Evicted')), kubectl: [kubectlPodsWithLabels(namespace, selector)] }),
      },
    ];
  },
});
