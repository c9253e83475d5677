import { kubectlGet } from '../k8s/kubectl';
import { findPort } from '../k8s/ports';
import type { Container, Pod } from '../k8s/types';
import { evidence, field } from './evidence';
import { servicesOfPod } from './pod-services';
import { defineCheck } from './types';

/** The containers that serve the Service's ports: the one declaring the resolved port, else the only container. */
function servingContainers(pod: Pod, ports: Parameters<typeof findPort>[1][]): Container[] {
  const names = new Set<string>();
  for (const port of ports) {
    const resolved = findPort(pod, port);
    if (!resolved.ok) continue;
    if (resolved.container) names.add(resolved.container);
    else if (pod.spec.containers.length === 1) names.add(pod.spec.containers[0]!.name);
  }
  return [...pod.spec.containers, ...(pod.spec.initContainers ?? [])].filter((c) => names.has(c.name));
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
