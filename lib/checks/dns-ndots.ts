import { evidence } from './evidence';
import { routedPods } from './routed-pods';
import { defineCheck } from './types';

/** Cluster-wide context, on the Client hop: one finding, not one per pod (its anchor has it off by default). */
export const dnsNdots = defineCheck({
  id: 'DNS-NDOTS',
  hop: 'client',
  title: 'Pods use the default ndots',
  run(_node, ctx) {
    const namespaces = routedPods(ctx);
    const defaults = namespaces.reduce((n, s) => n + s.defaultNdots, 0);
    const first = namespaces.find((s) => s.firstDefault);
    if (!first) return [];
    return [
      {
        severity: 'info',
        message: `${defaults} of the ${namespaces.reduce((n, s) => n + s.pods, 0)} pods behind Ingresses and routes use the default ndots:5: a lookup of an external name with fewer than 5 dots first tries every cluster search domain (4 extra queries each), adding latency and load on CoreDNS. Set dnsConfig.options ndots (e.g. 2) or use fully qualified names (a trailing dot).`,
        evidence: evidence({ kubectl: [`kubectl get pod ${first.firstDefault} -n ${first.namespace} -o jsonpath='{.spec.dnsConfig}'`] }),
      },
    ];
  },
});
