import type { Pod } from '../k8s/types';
import type { ServiceBackends } from '../graph/service-backends';
import type { GraphNode } from '../graph/types';
import type { CheckContext } from './types';

/** The Services a pod hop backs, found through the graph: pod <- EndpointSlices <- Service. */
export function servicesOfPod(node: GraphNode, ctx: CheckContext): ServiceBackends[] {
  const out: ServiceBackends[] = [];
  for (const edge of ctx.incoming(node.id)) {
    const endpoints = ctx.node(edge.source);
    if (endpoints?.kind !== 'endpoints') continue;
    const backends = ctx.backends(endpoints.service);
    if (backends) out.push(backends);
  }
  return out;
}

/** True when every pod the Service selects satisfies `affected` (and there is at least one). */
export function allPodsOf(backends: ServiceBackends, affected: (pod: Pod) => boolean): boolean {
  const pods = [...backends.selected, ...backends.extraPods];
  return pods.length > 0 && pods.every(affected);
}

export function serviceName(backends: ServiceBackends): string {
  return `${backends.service.metadata.namespace}/${backends.service.metadata.name}`;
}
