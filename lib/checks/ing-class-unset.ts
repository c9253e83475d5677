import { kubectlGet } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const ingClassUnset = defineCheck({
  id: 'ING-CLASS-UNSET',
  hop: 'ingress',
  title: 'Ingress names no class',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    if (!ingress || ingress.spec.ingressClassName || ingress.metadata.annotations?.['kubernetes.io/ingress.class']) return [];
    const defaultClass = ctx.state.list('IngressClass').find((c) => c.metadata.annotations?.['ingressclass.kubernetes.io/is-default-class'] === 'true');
    // A manifest gets the default class when it is created: the question is whether the cluster has one.
    if (ctx.manifests) return defaultClass ? [] : [{ notChecked: "the Ingress names no class and the manifests hold no default IngressClass: the API server fills in the cluster's default at creation, if it has one, which is unknown" }];
    return [
      {
        severity: defaultClass ? 'warning' : 'critical',
        message: defaultClass
          ? `Ingress ${ingress.metadata.name} names no class. IngressClass ${defaultClass.metadata.name} is the default now, but the API server fills the field only when an Ingress is created: this one is served only by controllers that also watch class-less Ingresses (ingress-nginx --watch-ingress-without-class).`
          : `Ingress ${ingress.metadata.name} names no class and no IngressClass is the default: no controller serves it (no address: timeout, or another controller's 404).`,
        evidence: evidence({ fields: [field(ingress, 'spec.ingressClassName', undefined)], kubectl: [kubectlGet('Ingress', ingress.metadata.namespace, ingress.metadata.name, '{.spec.ingressClassName}'), 'kubectl get ingressclass'] }),
      },
    ];
  },
});
