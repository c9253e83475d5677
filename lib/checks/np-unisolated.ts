import { evidence } from './evidence';
import { routedPods } from './cluster-context';
import { defineCheck } from './types';

/** A security note, not a failure cause: kept off the path hops (one line on the Client hop). */
export const npUnisolated = defineCheck({
  id: 'NP-UNISOLATED',
  hop: 'client',
  title: 'Pods no NetworkPolicy selects',
  run(_node, ctx) {
    const pods = routedPods(ctx);
    const open = pods.filter((p) => ctx.netpol.policiesFor(p).length === 0);
    if (open.length === 0) return [];
    const namespaces = [...new Set(open.map((p) => p.metadata.namespace))].sort();
    return [
      {
        severity: 'info',
        message: `${open.length} of the ${pods.length} pods behind Ingresses and routes are selected by no NetworkPolicy (namespaces ${namespaces.join(', ')}): any pod in the cluster can reach them.`,
        evidence: evidence({ kubectl: [`kubectl get networkpolicy -n ${namespaces[0]}`] }),
      },
    ];
  },
});
