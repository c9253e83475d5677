import { kubectlGet } from '../k8s/kubectl';
import { describeContainerPorts, targetPortOf } from '../k8s/ports';
import { probePort } from '../k8s/probes';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

export const svcTargetPortNumericUndeclared = defineCheck({
  id: 'SVC-TARGETPORT-NUMERIC-UNDECLARED',
  hop: 'service',
  title: 'Numeric targetPort not declared by the pods',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    const backends = ctx.backends(node.id);
    if (!service || !backends || backends.selected.length === 0) return [];
    return (service.spec.ports ?? []).flatMap((port, index) => {
      const target = targetPortOf(port);
      if (typeof target !== 'number') return [];
      const declared = backends.selected.some((pod) => [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].some((c) => c.ports?.some((p) => p.containerPort === target)));
      if (declared) return [];
      const sample = backends.selected[0]!;
      const probes = sample.spec.containers.flatMap((c) => (c.readinessProbe ? [probePort(c, c.readinessProbe)] : [])).filter((p): p is number => p !== null);
      const probeElsewhere = probes.length > 0 && !probes.includes(target);
      return [
        {
          severity: probeElsewhere ? ('warning' as const) : ('info' as const),
          message: `Service port ${port.port} sends traffic to port ${target}, which no selected pod declares (${sample.metadata.name} declares ${describeContainerPorts(sample).join(', ') || 'no ports'})${probeElsewhere ? `, and the readiness probe checks ${probes.join(', ')} instead` : ''}. Declaring is optional, but if nothing listens on ${target} the ingress answers 502 and in-cluster calls are refused.`,
          evidence: evidence({ fields: [field(service, `spec.ports[${index}].targetPort`, target)], kubectl: [kubectlGet('Pod', sample.metadata.namespace, sample.metadata.name, '{.spec.containers[*].ports}')] }),
        },
      ];
    });
  },
});
