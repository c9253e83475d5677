import { describeUse, ingressBackends, type IngressBackendUse } from '../k8s/ingress';
import { kubectlGet } from '../k8s/kubectl';
import type { Ingress, Service } from '../k8s/types';
import type { StateReader } from '../state/state-reader';
import { edgeId, nodeId } from '../graph/ids';
import { evidence, field } from './evidence';
import { defineCheck, type FindingDraft } from './types';

/** A backend port that names no Service port: by number (and not a targetPort, see ING-PORT-IS-TARGETPORT) or by name. */
export function backendPortProblem(use: IngressBackendUse, service: Service): 'no-port' | 'is-targetport' | null {
  const port = use.backend.service?.port;
  if (!port) return null;
  const ports = service.spec.ports ?? [];
  if (port.name !== undefined) return ports.some((p) => p.name === port.name) ? null : 'no-port';
  if (port.number === undefined || ports.some((p) => p.port === port.number)) return null;
  return ports.some((p) => p.targetPort === port.number) ? 'is-targetport' : 'no-port';
}

/** The Ingress's backends whose Service exists, with what is wrong with their port (if anything). */
export function backendPorts(ingress: Ingress, state: StateReader): { use: IngressBackendUse; service: Service; problem: ReturnType<typeof backendPortProblem> }[] {
  return ingressBackends(ingress).flatMap((use) => {
    const name = use.backend.service?.name;
    const service = name ? state.get('Service', ingress.metadata.namespace, name) : undefined;
    return service ? [{ use, service, problem: backendPortProblem(use, service) }] : [];
  });
}

export function describeServicePorts(service: Service): string {
  return (service.spec.ports ?? []).map((p) => (p.name ? `${p.name}(${p.port})` : String(p.port))).join(', ') || 'none';
}

export const ingSvcPort = defineCheck({
  id: 'ING-SVC-PORT',
  hop: 'ingress',
  title: 'Ingress backend port is not a port of the Service',
  run(node, ctx) {
    const ingress = ctx.object(node, 'Ingress');
    if (!ingress) return [];
    const namespace = ingress.metadata.namespace;
    const findings: FindingDraft[] = [];
    for (const { use, service, problem } of backendPorts(ingress, ctx.state)) {
      if (problem !== 'no-port') continue;
      const port = use.backend.service!.port!;
      const wanted = port.name !== undefined ? `port name "${port.name}"` : `port ${port.number}`;
      findings.push({
        severity: 'critical',
        edge: edgeId(node.id, nodeId('service', namespace, service.metadata.name)),
        message: `${describeUse(use)} goes to ${wanted} of Service ${service.metadata.name}, which has only ${describeServicePorts(service)}: the ingress controller answers 503.`,
        evidence: evidence({
          fields: [field(ingress, `${use.fieldPath}.service.port`, port), field(service, 'spec.ports', (service.spec.ports ?? []).map((p) => ({ name: p.name, port: p.port, targetPort: p.targetPort })))],
          kubectl: [kubectlGet('Ingress', namespace, ingress.metadata.name), kubectlGet('Service', namespace, service.metadata.name, '{.spec.ports}')],
        }),
      });
    }
    return findings;
  },
});
