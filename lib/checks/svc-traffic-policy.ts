import { kubectlGet } from '../k8s/kubectl';
import type { Service } from '../k8s/types';
import type { ServiceBackends } from '../graph/service-backends';
import type { CheckContext } from './types';

/** Nodes (of those the source knows) without a local ready or serving-terminating endpoint of the Service. */
export function nodesWithoutLocalEndpoint(ctx: CheckContext, backends: ServiceBackends): string[] {
  const covered = new Set<string>();
  for (const slice of backends.slices) {
    for (const e of slice.endpoints ?? []) {
      const c = e.conditions ?? {};
      if (e.nodeName && (c.ready !== false || (c.serving !== false && c.terminating === true))) covered.add(e.nodeName);
    }
  }
  return ctx.state
    .list('Node')
    .map((n) => n.metadata.name)
    .filter((n) => !covered.has(n));
}

export function trafficPolicyKubectl(service: Service): string {
  return kubectlGet('Service', service.metadata.namespace, service.metadata.name, '{.spec.externalTrafficPolicy} {.spec.internalTrafficPolicy}');
}
