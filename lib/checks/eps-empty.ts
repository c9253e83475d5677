import { kubectlSlicesOf } from '../k8s/kubectl';
import { findPort, targetPortOf } from '../k8s/ports';
import { canBeEndpoint } from '../k8s/pods';
import { hasSelector, type ServiceBackends } from '../graph/service-backends';
import type { EndpointCounts, FindingRef } from '../graph/types';
import type { StateReader } from '../state/state-reader';
import { evidence, field } from './evidence';
import { describeFailure, replicaFailures } from './replica-failures';
import { selectsNoLivePod } from './svc-selector-nomatch';
import { lacksTargetPortName } from './svc-targetport-named';
import { defineCheck } from './types';

/**
 * Which of the known causes leaves a selector Service without endpoints, and the finding on the
 * Service hop that says so (by that check's own rule), when one does.
 */
function cause(backends: ServiceBackends, state: StateReader, serviceHop: string): { why: string; because?: FindingRef } {
  const { selected, service } = backends;
  const failures = selected.length === 0 ? replicaFailures(state, service) : [];
  if (failures.length) return { why: `${failures.map(describeFailure).join('; ')} cannot create ${failures.length > 1 ? 'their' : 'its'} pods (see WL-REPLICA-FAILURE)`, because: { id: 'WL-REPLICA-FAILURE', hop: serviceHop } };
  if (selectsNoLivePod(backends)) return { why: 'its selector matches no running pod (see SVC-SELECTOR-NOMATCH)', because: { id: 'SVC-SELECTOR-NOMATCH', hop: serviceHop } };
  const withIP = selected.filter(canBeEndpoint);
  if (withIP.length === 0) return { why: `its ${selected.length} selected pods have no IP yet or have ended` };
  const ports = service.spec.ports ?? [];
  const unresolved = ports.filter((p) => typeof targetPortOf(p) === 'string' && withIP.every((pod) => !findPort(pod, p).ok));
  if (unresolved.length === ports.length && ports.length > 0) {
    const named = unresolved.some((port) => withIP.some((pod) => lacksTargetPortName(pod, port)));
    return { why: `no pod declares the named targetPort ${unresolved.map((p) => `"${targetPortOf(p)}"`).join(', ')} (see SVC-TARGETPORT-NAMED)`, ...(named ? { because: { id: 'SVC-TARGETPORT-NAMED', hop: serviceHop } } : {}) };
  }
  return { why: `the EndpointSlice controller has not listed its ${withIP.length} pods (is kube-controller-manager running?)` };
}

/** Every endpoint the Service's slices list: EPS-EMPTY fires for a selector Service at none. */
export function endpointCount(counts: EndpointCounts): number {
  return counts.ready + counts.notReady + counts.terminating + (counts.withoutPort ?? 0);
}

export const epsEmpty = defineCheck({
  id: 'EPS-EMPTY',
  hop: 'endpoints',
  title: 'Service has no endpoints',
  run(node, ctx) {
    const backends = ctx.backends(node.service);
    if (!backends || !hasSelector(backends.service)) return [];
    if (endpointCount(node.counts) > 0) return [];
    const { service } = backends;
    const namespace = service.metadata.namespace ?? '';
    const { why, because } = cause(backends, ctx.state, node.service);
    return [
      {
        severity: 'critical',
        message: `Service ${service.metadata.name} has no endpoints because ${why}: 503 through the ingress, connection refused in the cluster.`,
        ...(because ? { because: [because] } : {}),
        evidence: evidence({
          objects: [{ kind: 'Service', namespace, name: service.metadata.name }],
          fields: backends.slices.map((s) => field(s, 'endpoints', s.endpoints)),
          kubectl: [kubectlSlicesOf(namespace, service.metadata.name)],
        }),
      },
    ];
  },
});
