import { kubectlGet } from '../k8s/kubectl';
import { describeContainerPorts, findPort, targetPortOf } from '../k8s/ports';
import type { Pod, ServicePort } from '../k8s/types';
import { evidence, field } from './evidence';
import { defineCheck, type FindingDraft } from './types';

function portLabel(port: ServicePort): string {
  return port.name ? `${port.name} (${port.port})` : String(port.port);
}

/** When SVC-TARGETPORT-NAMED fires, per selected pod: the port targets a name the pod does not declare (declared only with another protocol is SVC-PORT-PROTOCOL's). */
export function lacksTargetPortName(pod: Pod, port: ServicePort): boolean {
  if (typeof targetPortOf(port) !== 'string') return false;
  const resolved = findPort(pod, port);
  return !resolved.ok && resolved.reason === 'no-such-name';
}

export const svcTargetPortNamed = defineCheck({
  id: 'SVC-TARGETPORT-NAMED',
  hop: 'service',
  title: 'Named targetPort does not resolve in the pods',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    const backends = ctx.backends(node.id);
    if (!service || !backends || backends.selected.length === 0) return [];
    const namespace = service.metadata.namespace;
    const findings: FindingDraft[] = [];
    for (const [index, port] of (service.spec.ports ?? []).entries()) {
      const target = targetPortOf(port);
      if (typeof target !== 'string') continue;
      const failing = backends.selected.filter((pod) => lacksTargetPortName(pod, port));
      if (failing.length === 0) continue;
      const all = failing.length === backends.selected.length;
      const sample = failing[0]!;
      const declared = describeContainerPorts(sample);
      const why = `declare no container port named "${target}" (${sample.metadata.name} has ${declared.length ? declared.join(', ') : 'no ports'})`;
      findings.push({
        severity: all ? 'critical' : 'warning',
        message: `Service port ${portLabel(port)} targets the port name "${target}", but ${all ? 'its' : `${failing.length} of its ${backends.selected.length}`} pods ${why}: they get no endpoint for this port, so it answers 503 / connection refused${all ? '' : ' from those pods'}.`,
        evidence: evidence({
          fields: [
            field(service, `spec.ports[${index}].targetPort`, target),
            ...failing.slice(0, 5).map((pod) => field(pod, 'spec.containers[*].ports', describeContainerPorts(pod).join(', ') || '(none)')),
          ],
          kubectl: [kubectlGet('Service', namespace, service.metadata.name, '{.spec.ports}'), kubectlGet('Pod', namespace, sample.metadata.name, '{.spec.containers[*].ports}')],
        }),
      });
    }
    return findings;
  },
});
