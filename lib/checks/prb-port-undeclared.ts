import { kubectlGet } from '../k8s/kubectl';
import { undeclaredProbes } from '../k8s/probes';
import type { Container, Pod } from '../k8s/types';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

/** Probes on undeclared port names, in the containers and the sidecars (init containers with restartPolicy Always). */
function undeclaredIn(pod: Pod) {
  let found: { container: Container; sidecar: boolean; kind: string; port: string }[] | undefined;
  const add = (container: Container, sidecar: boolean) => {
    for (const probe of undeclaredProbes(container)) (found ??= []).push({ container, sidecar, ...probe });
  };
  for (const c of pod.spec.containers) add(c, false);
  for (const c of pod.spec.initContainers ?? []) if (c.restartPolicy === 'Always') add(c, true);
  return found ?? [];
}

export const prbPortUndeclared = defineCheck({
  id: 'PRB-PORT-UNDECLARED',
  hop: 'pod',
  title: 'Probe names a port its container does not declare',
  run(node, ctx) {
    const pod = ctx.object(node, 'Pod');
    if (!pod) return [];
    return undeclaredIn(pod).map(({ container: c, sidecar, kind, port }) => {
      const list = sidecar ? 'initContainers' : 'containers';
      const probe = kind === 'readiness' ? c.readinessProbe : kind === 'startup' ? c.startupProbe : c.livenessProbe;
      const declared = (c.ports ?? []).map((p) => p.name ?? String(p.containerPort)).join(', ') || 'none';
      const effect = kind === 'liveness' ? 'so it never runs and a hung container is never restarted' : `so it never passes and pod ${pod.metadata.name} never becomes Ready: no endpoint, 503 when no other pod serves`;
      return {
        severity: kind === 'liveness' ? ('warning' as const) : ('critical' as const),
        message: `The ${kind} probe of container ${c.name} names port "${port}", which that container does not declare (its ports: ${declared}). The kubelet looks probe port names up in the probed container only and cannot run this probe, ${effect}.`,
        evidence: evidence({
          fields: [field(pod, `spec.${list}[${c.name}].${kind}Probe`, probe), field(pod, `spec.${list}[${c.name}].ports`, c.ports ?? [])],
          kubectl: [kubectlGet('Pod', pod.metadata.namespace, pod.metadata.name, `{.spec.${list}[?(@.name=="${c.name}")].${kind}Probe}`)],
        }),
      };
    });
  },
});
