import { kubectlGet } from '../k8s/kubectl';
import { describeContainerPorts, findPort, targetPortOf } from '../k8s/ports';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const svcPortProtocol = defineCheck({
  id: 'SVC-PORT-PROTOCOL',
  hop: 'service',
  title: 'Named targetPort exists only with another protocol',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    const backends = ctx.backends(node.id);
    if (!service || !backends) return [];
    return (service.spec.ports ?? []).flatMap((port, index) => {
      const target = targetPortOf(port);
      if (typeof target !== 'string') return [];
      const pods = backends.selected.filter((pod) => {
        const resolved = findPort(pod, port);
        return !resolved.ok && resolved.reason === 'other-protocol';
      });
      if (pods.length === 0) return [];
      const sample = pods[0]!;
      return [
        {
          severity: 'critical' as const,
          message: `Service port ${port.port}/${port.protocol ?? 'TCP'} targets "${target}", which ${pods.length === backends.selected.length ? 'the pods declare' : pods.length === 1 ? `pod ${sample.metadata.name} declares` : `${pods.length} pods declare`} only with another protocol (${describeContainerPorts(sample).join(', ')}): FindPort needs the same protocol, so those pods get no endpoint for this port.`,
          evidence: evidence({
            fields: [field(service, `spec.ports[${index}].protocol`, port.protocol ?? 'TCP'), field(sample, 'spec.containers[*].ports', describeContainerPorts(sample).join(', '))],
            kubectl: [kubectlGet('Pod', sample.metadata.namespace, sample.metadata.name, '{.spec.containers[*].ports}')],
          }),
        },
      ];
    });
  },
});
