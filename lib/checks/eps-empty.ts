import { kubectlSlicesOf } from '../k8s/kubectl';
import { findPort, targetPortOf } from '../k8s/ports';
import { canBeEndpoint } from '../k8s/pods';
import { hasSelector, type ServiceBackends } from '../graph/service-backends';
import { evidence, field } from './evidence';
import { defineCheck } from './types';

/** Which of the known causes leaves a selector Service without endpoints. */
function cause(backends: ServiceBackends): string {
  const { selected, service } = backends;
  if (selected.length === 0) return 'its selector matches no running pod (see SVC-SELECTOR-NOMATCH)';
  const withIP = selected.filter(canBeEndpoint);
  if (withIP.length === 0) return `its ${selected.length} selected pods have no IP yet or have ended`;
  const ports = service.spec.ports ?? [];
  const unresolved = ports.filter((p) => typeof targetPortOf(p) === 'string' && withIP.every((pod) => !findPort(pod, p).ok));
  if (unresolved.length === ports.length && ports.length > 0) return `no pod declares the named targetPort ${unresolved.map((p) => `"${targetPortOf(p)}"`).join(', ')} (see SVC-TARGETPORT-NAMED)`;
  return `the EndpointSlice controller has not listed its ${withIP.length} pods (is kube-controller-manager running?)`;
}

export const epsEmpty = defineCheck({
  id: 'EPS-EMPTY',
  hop: 'endpoints',
  title: 'Service has no endpoints',
  consequence: true,
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    if (!backends || !hasSelector(backends.service)) return [];
    const total = node.counts.ready + node.counts.notReady + node.counts.terminating + (node.counts.withoutPort ?? 0);
    if (total > 0) return [];
    const { service } = backends;
    const namespace = service.metadata.namespace ?? '';
    return [
      {
        severity: 'critical',
        message: `Service ${service.metadata.name} has no endpoints because ${cause(backends)}: 503 through the ingress, connection refused in the cluster.`,
        evidence: evidence({
          objects: [{ kind: 'Service', namespace, name: service.metadata.name }],
          fields: backends.slices.map((s) => field(s, 'endpoints', s.endpoints)),
          kubectl: [kubectlSlicesOf(namespace, service.metadata.name)],
        }),
      },
    ];
  },
});
