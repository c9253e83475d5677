import { describeUse } from '../k8s/ingress';
import { kubectlGet } from '../k8s/kubectl';
import { edgeId, nodeId } from '../graph/ids';
import { evidence, field } from './evidence';
import { backendPorts, describeServicePorts } from './ing-svc-port';
import { defineCheck, type FindingDraft } from './types';

export const ingPortIsTargetPort = defineCheck({
  id: 'ING-PORT-IS-TARGETPORT',
  hop: 'ingress',
  title: 'Ingress backend names the targetPort, not the Service port',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    if (!ingress) return [];
    const namespace = ingress.metadata.namespace;
    const findings: FindingDraft[] = [];
    for (const { use, service, problem } of backendPorts(ingress, ctx.state)) {
      if (problem !== 'is-targetport') continue;
      const number = use.backend.service!.port!.number;
      findings.push({
        severity: 'warning',
        edge: edgeId(node.id, nodeId('service', namespace, service.metadata.name)),
        message: `${describeUse(use)} uses port ${number}, the targetPort of Service ${service.metadata.name} rather than one of its ports (${describeServicePorts(service)}): ingress-nginx accepts it, other controllers answer 503.`,
        evidence: evidence({
          fields: [field(ingress, `${use.fieldPath}.service.port.number`, number), field(service, 'spec.ports', service.spec.ports ?? [])],
          kubectl: [kubectlGet('Service', namespace, service.metadata.name, '{.spec.ports}')],
        }),
      });
    }
    return findings;
  },
});
