import { controllerOfIngress } from '../netpol/controllers';
import { evidence } from './evidence';
import { sameItems } from '../util/same-items';
import { defineCheck, type CheckContext } from './types';

/** Controllers that balance over pod IPs themselves (from the EndpointSlices), not through the ClusterIP. */
const POD_IP_CONTROLLERS = new Set(['k8s.io/ingress-nginx', 'traefik.io/ingress-controller', 'projectcontour.io/ingress-controller', 'haproxy.org/ingress-controller/haproxy', 'istio.io/ingress-controller']);

/** The pod-IP controllers that serve some Ingress, kept: an Ingress change rarely changes them. */
function podIpControllers(ctx: CheckContext): string[] {
  const controllers = new Set<string>();
  for (const ingress of ctx.state.list('Ingress')) {
    const controller = controllerOfIngress(ctx.state, ingress);
    if (controller && POD_IP_CONTROLLERS.has(controller)) controllers.add(controller);
  }
  return [...controllers];
}

export const kpBypass = defineCheck({
  id: 'KP-BYPASS',
  hop: 'client',
  title: 'Ingress controllers bypass kube-proxy',
  run(_node, ctx) {
    const controllers = new Set(ctx.memo('pod-ip-controllers', () => podIpControllers(ctx), sameItems));
    if (ctx.state.has('HTTPRoute')) controllers.add('Gateway API implementations');
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
