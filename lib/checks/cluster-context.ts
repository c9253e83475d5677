import { nodeId } from '../graph/ids';
import type { Pod } from '../k8s/types';
import type { CheckContext } from './types';

/** Pods drawn behind a Service that an Ingress or route sends to: the pods on request paths. */
export function routedPods(ctx: CheckContext): Pod[] {
  const pods: Pod[] = [];
  for (const node of ctx.state.list('Service')) {
    const id = nodeId('service', node.metadata.namespace, node.metadata.name);
    if (!ctx.incoming(id).some((e) => e.kind === 'route-service')) continue;
    pods.push(...(ctx.backends(id)?.selected ?? []));
  }
  return [...new Set(pods)];
}
