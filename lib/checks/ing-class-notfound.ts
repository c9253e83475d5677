import { CLASSES_WITHOUT_OBJECT } from '../k8s/ingress';
import { kubectlGet } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

const LEGACY_ANNOTATION = 'kubernetes.io/ingress.class';

export const ingClassNotFound = defineCheck({
  id: 'ING-CLASS-NOTFOUND',
  hop: 'ingress',
  title: 'Ingress class matches no IngressClass',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    if (!ingress) return [];
    const fromField = ingress.spec.ingressClassName;
    const fromAnnotation = ingress.metadata.annotations?.[LEGACY_ANNOTATION];
    const name = fromField ?? fromAnnotation;
    // A cloud controller that serves its class by name needs no IngressClass object.
    if (!name || Object.hasOwn(CLASSES_WITHOUT_OBJECT, name) || ctx.state.get('IngressClass', undefined, name)) return [];
    // IngressClasses come with the controller, not with the app's manifests.
    if (ctx.manifests) return [{ notChecked: `IngressClass ${name} is not in the manifests (it comes with the ingress controller), so whether the cluster has it is unknown` }];
    const known = ctx.state.list('IngressClass').map((c) => c.metadata.name);
    const where = fromField ? 'spec.ingressClassName' : `metadata.annotations["${LEGACY_ANNOTATION}"]`;
    return [
      {
        severity: fromField ? 'critical' : 'warning',
        message: `Ingress class "${name}" matches no IngressClass (${known.length ? `the cluster has ${known.join(', ')}` : 'the cluster has none'}), so no controller may serve this Ingress.`,
        evidence: evidence({
          fields: [field(ingress, where, name)],
          kubectl: [kubectlGet('Ingress', ingress.metadata.namespace, ingress.metadata.name, '{.spec.ingressClassName}'), 'kubectl get ingressclass'],
        }),
      },
    ];
  },
});
