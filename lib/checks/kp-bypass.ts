import { controllerOfIngress } from '../netpol/controllers';
import { evidence } from './evidence';
import { defineCheck } from './types';

/** Controllers that balance over pod IPs themselves (from the EndpointSlices), not through the ClusterIP. */
const POD_IP_CONTROLLERS = new Set(['k8s.io/ingress-nginx', 'traefik.io/ingress-controller', 'projectcontour.io/ingress-controller', 'haproxy.org/ingress-controller/haproxy', 'istio.io/ingress-controller']);

export const kpBypass = defineCheck({
  id: 'KP-BYPASS',
  hop: 'client',
  title: 'Ingress controllers bypass kube-proxy',
  run(_node, ctx) {
    const controllers = new Set<string>();
    for (const ingress of ctx.state.list('Ingress')) {
      const controller = controllerOfIngress(ctx.state, ingress);
      if (controller && POD_IP_CONTROLLERS.has(controller)) controllers.add(controller);
    }
    if (ctx.state.count('HTTPRoute') > 0) controllers.add('Gateway API implementations');
    if (controllers.size === 0) return [];
    return [
      {
        severity: 'info',
        message: `${[...controllers].join(', ')} send${controllers.size > 1 ? '' : 's'} requests straight to pod IPs: on those hops kube-proxy's mode, sessionAffinity and internalTrafficPolicy do not apply; NetworkPolicy and endpoint readiness do.`,
        evidence: evidence({ kubectl: ['kubectl get ingressclass -o wide'] }),
      },
    ];
  },
});
