import { ingressBackends } from '../k8s/ingress';
import { kubectlGet } from '../k8s/kubectl';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const ingPortNumeric = defineCheck({
  id: 'ING-PORT-NUMERIC',
  hop: 'ingress',
  title: 'Backend port by number, or no port',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    if (!ingress) return [];
    const uses = ingressBackends(ingress).filter((u) => u.backend.service);
    const neither = uses.filter((u) => u.backend.service!.port?.number === undefined && u.backend.service!.port?.name === undefined);
    const numeric = uses.filter((u) => u.backend.service!.port?.number !== undefined);
    const kubectl = [kubectlGet('Ingress', ingress.metadata.namespace, ingress.metadata.name, '{.spec.rules[*].http.paths[*].backend}')];
    return [
      ...(neither.length
        ? [{ severity: 'critical' as const, message: `${neither.length} backend${neither.length > 1 ? 's' : ''} of Ingress ${ingress.metadata.name} name${neither.length > 1 ? '' : 's'} no port (an object older than networking/v1 accepted this): the controller cannot pick a Service port.`, evidence: evidence({ fields: neither.map((u) => field(ingress, `${u.fieldPath}.service.port`, undefined)), kubectl }) }]
        : []),
      ...(numeric.length
        ? [{ severity: 'info' as const, message: `${numeric.length} backend${numeric.length > 1 ? 's' : ''} of Ingress ${ingress.metadata.name} use${numeric.length > 1 ? '' : 's'} a Service port number; a port name keeps working when the number changes.`, evidence: evidence({ fields: numeric.slice(0, 3).map((u) => field(ingress, `${u.fieldPath}.service.port.number`, u.backend.service!.port!.number)), kubectl }) }]
        : []),
    ];
  },
});
