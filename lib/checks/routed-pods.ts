import { nodeId } from '../graph/ids';
import type { Pod } from '../k8s/types';
import type { CheckContext } from './types';

/** The pods of one namespace behind a Service that an Ingress or route sends to, summed up. */
export interface RoutedPods {
  namespace: string;
  pods: number;
  /** Pods with the default ndots, and the first of them (for a kubectl command). */
  defaultNdots: number;
  firstDefault: string | null;
  /** Pods no NetworkPolicy selects. */
  unisolated: number;
}

const same = (a: RoutedPods, b: RoutedPods) => a.pods === b.pods && a.defaultNdots === b.defaultNdots && a.firstDefault === b.firstDefault && a.unisolated === b.unisolated;

function routedIn(ctx: CheckContext, namespace: string): RoutedPods {
  const pods = new Set<Pod>();
  for (const service of ctx.state.listIn('Service', namespace)) {
    const id = nodeId('service', namespace, service.metadata.name);
    if (!ctx.incoming(id).some((e) => e.kind === 'route-service')) continue;
    for (const pod of ctx.backends(id)?.selected ?? []) pods.add(pod);
  }
  const summary: RoutedPods = { namespace, pods: pods.size, defaultNdots: 0, firstDefault: null, unisolated: 0 };
  for (const pod of pods) {
    if (pod.spec.ndots === undefined) {
      summary.defaultNdots++;
      summary.firstDefault ??= pod.metadata.name;
    }
    if (ctx.netpol.policiesFor(pod).length === 0) summary.unisolated++;
  }
  return summary;
}

/**
 * Pods on request paths, per namespace (a Service selects only pods of its own namespace, so no pod
 * counts twice). Each namespace's sum is shared and kept: a change re-counts that namespace, and
 * the Client hop runs again only if a sum changed.
 */
export function routedPods(ctx: CheckContext): RoutedPods[] {
  return ctx.state
    .namespaces()
    .map((namespace) => ctx.memo(`routed-pods ${namespace}`, () => routedIn(ctx, namespace), same))
    .filter((s) => s.pods > 0);
}
