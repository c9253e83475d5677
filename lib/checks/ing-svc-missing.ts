import { describeUse, ingressBackends } from '../k8s/ingress';
import { kubectlGet } from '../k8s/kubectl';
import { edgeId, nodeId } from '../graph/ids';
import { defineCheck, type FindingDraft } from './types';
import { evidence, field } from './evidence';

export const ingSvcMissing = defineCheck({
  id: 'ING-SVC-MISSING',
  hop: 'ingress',
  title: 'Ingress backend Service does not exist',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    if (!ingress) return [];
    const namespace = ingress.metadata.namespace;
    const reported = new Set<string>();
    const findings: FindingDraft[] = [];
    const all = ingressBackends(ingress);
    for (const use of all) {
      const name = use.backend.service?.name;
      if (!name || reported.has(name) || ctx.state.get('Service', namespace, name)) continue;
      reported.add(name);
      const uses = all.filter((u) => u.backend.service?.name === name);
      findings.push({
        severity: 'critical',
        edge: edgeId(node.id, nodeId('service', namespace, name)),
        message: `${uses.map(describeUse).join(', ')} goes to Service "${name}", which does not exist in namespace ${namespace}: the ingress controller answers 503.`,
        evidence: evidence({
          fields: uses.map((u) => field(ingress, `${u.fieldPath}.service.name`, name)),
          objects: [{ kind: 'Service', namespace, name }],
          kubectl: [kubectlGet('Ingress', namespace, ingress.metadata.name), `kubectl get service ${name} -n ${namespace}`],
        }),
      });
    }
    return findings;
  },
});
