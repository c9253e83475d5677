import { kubectlGet } from '../k8s/kubectl';
import { isPodReady } from '../k8s/pods';
import { ingressClassName } from '../netpol/controllers';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

/** An Ingress without an address this long after creation is not being served. */
const NO_ADDRESS_AFTER_MS = 5 * 60_000;

export const ingClassNoController = defineCheck({
  id: 'ING-CLASS-NO-CONTROLLER',
  hop: 'ingress',
  title: 'No controller runs for the Ingress class',
  liveState: true,
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    const className = ingress && ingressClassName(ctx.state, ingress);
    const ingressClass = className ? ctx.state.get('IngressClass', undefined, className) : undefined;
    if (!ingress || !ingressClass) return [];
    const controller = ingressClass.spec.controller ?? '';
    const known = ctx.controllerTable.some((t) => t.controller === controller);
    const ready = known && ctx.controllerPods(controller).some(isPodReady);
    const created = Date.parse(ingress.metadata.creationTimestamp ?? '');
    const noAddress = !(ingress.status?.loadBalancer?.ingress ?? []).length && Number.isFinite(created) && ctx.olderThan(created, NO_ADDRESS_AFTER_MS);
    if ((known && ready) || (!known && !noAddress)) return [];
    const why = known ? `no Ready pod of its controller ${controller} runs (looked for the pod labels Hopscope knows for it)` : `the Ingress has had no address for more than ${NO_ADDRESS_AFTER_MS / 60_000} minutes`;
    return [
      {
        severity: 'warning',
        message: `Ingress ${ingress.metadata.name} uses IngressClass ${className}, but ${why}: requests time out, or DNS points nowhere.`,
        evidence: evidence({
          fields: [field(ingressClass, 'spec.controller', controller), field(ingress, 'status.loadBalancer.ingress', ingress.status?.loadBalancer?.ingress ?? [])],
          kubectl: [kubectlGet('Ingress', ingress.metadata.namespace, ingress.metadata.name, '{.status.loadBalancer}'), 'kubectl get pods -A -l app.kubernetes.io/component=controller'],
        }),
      },
    ];
  },
});
