import { evidence } from './evidence';
import { routedPods } from './routed-pods';
import { defineCheck } from './types';

/** A security note, not a failure cause: kept off the path hops (one line on the Client hop). */
export const npUnisolated = defineCheck({
  id: 'NP-UNISOLATED',
  hop: 'client',
  title: 'Pods no NetworkPolicy selects',
  run(_node, ctx) {
    const routed = routedPods(ctx);
    const open = routed.reduce((n, s) => n + s.unisolated, 0);
    if (open === 0) return [];
    const namespaces = routed.filter((s) => s.unisolated > 0).map((s) => s.namespace);
    return [
      {
        severity: 'info',
        message: `${open} of the ${routed.reduce((n, s) => n + s.pods, 0)} pods behind Ingresses and routes are selected by no NetworkPolicy (namespaces ${namespaces.join(', ')}): any pod in the cluster can reach them.`,
        evidence: evidence({ kubectl: [`kubectl get networkpolicy -n ${namespaces[0]}`] }),
      },
    ];
  },
});
