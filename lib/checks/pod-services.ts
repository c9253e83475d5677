import { nodeId } from '../graph/ids';
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

/**
 * True when every pod the Service selects satisfies `affected` (and there is at least one): once per
 * Service and predicate (named by `what`), not once per pod.
 */
export function allPodsOf(ctx: CheckContext, backends: ServiceBackends, what: string, affected: (pod: Pod) => boolean): boolean {
  const id = nodeId('service', backends.service.metadata.namespace, backends.service.metadata.name);
  return ctx.memo(
    `all-pods ${id} ${what}`,
    () => {
      const current = ctx.backends(id);
      const pods = current ? [...current.selected, ...current.extraPods] : [];
      return pods.length > 0 && pods.every(affected);
    },
    Object.is,
  );
}

export function serviceName(backends: ServiceBackends): string {
  return `${backends.service.metadata.namespace}/${backends.service.metadata.name}`;
}
