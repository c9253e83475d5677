import { kubectlGet } from '../k8s/kubectl';
import { findPort, servingContainer } from '../k8s/ports';
import { probePort } from '../k8s/probes';
import { evidence, field } from './evidence';
import { workloadOf } from './svc-selector-multiapp';
import { defineCheck } from './types';

export const svcProbePortMismatch = defineCheck({
  id: 'SVC-PROBE-PORT-MISMATCH',
  hop: 'service',
  title: 'Readiness probe checks another port than the traffic uses',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    const backends = ctx.backends(node.id);
    if (!service || !backends) return [];
    const seen = new Set<string>();
    return backends.selected.flatMap((pod) => {
      // Pods of one workload share their spec: one finding per workload, not per pod.
      const workload = workloadOf(pod);
      if (seen.has(workload)) return [];
      seen.add(workload);
      return (service.spec.ports ?? []).flatMap((port) => {
        const owner = servingContainer(pod, port);
        const resolved = findPort(pod, port);
        if (!owner || !resolved.ok) return [];
        const probed = owner.readinessProbe ? probePort(owner, owner.readinessProbe) : null;
        const elsewhere = owner.readinessProbe ? null : pod.spec.containers.find((c) => c.readinessProbe && c !== owner);
        const mismatch = (owner.readinessProbe && probed !== null && probed !== resolved.port) || !!elsewhere;
        if (!mismatch) return [];
        const what = elsewhere
          ? `the readiness probe is on container ${elsewhere.name}, while container ${owner.name} serves port ${resolved.port}`
          : `container ${owner.name} serves port ${resolved.port} but its readiness probe checks port ${probed}`;
        // A dedicated health port on the serving container is a common, deliberate pattern (ingress-nginx
        // :10254, CoreDNS :8181): context. A probe on another container checks nothing about the server.
        return [
          {
            severity: elsewhere ? ('warning' as const) : ('info' as const),
            message: `For Service port ${port.port} of ${service.metadata.name}: ${what} (pod ${pod.metadata.name} and its siblings). The pod can show Ready while the serving port is dead: 502 through the ingress, refused in-cluster${elsewhere ? '' : '. Fine if that endpoint reflects the serving port'}.`,
            evidence: evidence({
              fields: [field(pod, `spec.containers[${(elsewhere ?? owner).name}].readinessProbe`, JSON.stringify((elsewhere ?? owner).readinessProbe ?? null))],
              kubectl: [kubectlGet('Pod', pod.metadata.namespace, pod.metadata.name, '{.spec.containers[*].readinessProbe}')],
            }),
          },
        ];
      });
    });
  },
});
