import { evidence } from './evidence';
import { routedPods } from './cluster-context';
import { defineCheck } from './types';

/** Cluster-wide context, on the Client hop: one finding, not one per pod (its anchor has it off by default). */
export const dnsNdots = defineCheck({
  id: 'DNS-NDOTS',
  hop: 'client',
  title: 'Pods use the default ndots',
  run(_node, ctx) {
    const pods = routedPods(ctx);
    const defaults = pods.filter((p) => p.spec.ndots === undefined);
    if (defaults.length === 0) return [];
    return [
      {
        severity: 'info',
        message: `${defaults.length} of the ${pods.length} pods behind Ingresses and routes use the default ndots:5: a lookup of an external name with fewer than 5 dots first tries every cluster search domain (4 extra queries each), adding latency and load on CoreDNS. Set dnsConfig.options ndots (e.g. 2) or use fully qualified names (a trailing dot).`,
        evidence: evidence({ kubectl: [`kubectl get pod ${defaults[0]!.metadata.name} -n ${defaults[0]!.metadata.namespace} -o jsonpath='{.spec.dnsConfig}'`] }),
      },
    ];
  },
});
