import { kubectlGet } from '../k8s/kubectl';
import { servingContainer } from '../k8s/ports';
import type { Container, Pod, ServicePort } from '../k8s/types';
import { evidence, field } from './evidence';
import { servicesOfPod } from './pod-services';
import { defineCheck } from './types';

/** The containers that serve the Service's ports. */
function servingContainers(pod: Pod, ports: ServicePort[]): Container[] {
  return [...new Set(ports.map((p) => servingContainer(pod, p)).filter((c): c is Container => c !== null))];
}

export const prbReadinessMissing = defineCheck({
  id: 'PRB-READINESS-MISSING',
  hop: 'pod',
  title: 'Serving container has no readiness probe',
  run(node, ctx) {
    const pod = ctx.object(node, 'Pod');
    if (!pod) return [];
    const services = servicesOfPod(node, ctx);
    const ports = services.flatMap((b) => b.service.spec.ports ?? []);
    const missing = servingContainers(pod, ports).filter((c) => !c.readinessProbe);
    return missing.map((c) => ({
      severity: 'warning' as const,
      message: `Container ${c.name} of pod ${pod.metadata.name} serves ${services.map((b) => `Service ${b.service.metadata.name}`).join(', ')} but has no readiness probe, so it gets traffic before it listens: 502 / connection refused at every start and rollout.`,
      evidence: evidence({
        fields: [field(pod, `spec.containers[${c.name}].readinessProbe`, undefined)],
        kubectl: [kubectlGet('Pod', pod.metadata.namespace, pod.metadata.name, `{.spec.containers[?(@.name=="${c.name}")].readinessProbe}`)],
      }),
    }));
  },
});
