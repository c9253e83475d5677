import { kubectlGet, kubectlPodsWithLabels } from '../k8s/kubectl';
import { isTerminal } from '../k8s/pods';
import type { Pod } from '../k8s/types';
import { hasSelector, type ServiceBackends } from '../graph/service-backends';
import { evidence, field, showLabels } from './evidence';
import { nearestMisses, type NearMiss } from './near-miss';
import { describeFailure, replicaFailures } from './replica-failures';
import { defineCheck } from './types';

function describeMiss(miss: NearMiss): string {
  const pods = `${miss.pods.length === 1 ? 'pod' : 'pods'} ${miss.pods.slice(0, 3).join(', ')}${miss.pods.length > 3 ? ` and ${miss.pods.length - 3} more` : ''}`;
  const has = miss.found === undefined ? `have no ${miss.key} label` : `have ${miss.key}=${miss.found}`;
  return `${pods} ${has}, the selector wants ${miss.key}=${miss.wanted}`;
}

/** When SVC-SELECTOR-NOMATCH fires: a Service with a selector that picks no live pod. */
export function selectsNoLivePod(backends: ServiceBackends): boolean {
  return hasSelector(backends.service) && !backends.selected.some((p) => !isTerminal(p));
}

export const svcSelectorNoMatch = defineCheck({
  id: 'SVC-SELECTOR-NOMATCH',
  hop: 'service',
  title: 'Service selector matches no pod',
  run(node, ctx) {
    const service = ctx.object(node, 'Service');
    const backends = ctx.backends(node.id);
    if (!service || !backends || !selectsNoLivePod(backends)) return [];
    const namespace = service.metadata.namespace ?? '';
    const selector = service.spec.selector ?? {};
    const live = (pods: Pod[]) => pods.filter((p) => !isTerminal(p));
    const misses = nearestMisses(ctx.state, namespace, selector).slice(0, 1);
    const elsewhere = [...new Set(live(ctx.state.select('Pod', null, selector)).map((p) => p.metadata.namespace ?? ''))].filter((ns) => ns !== namespace).sort();
    const failures = replicaFailures(ctx.state, service);
    const hints = [
      ...failures.map((f) => `${describeFailure(f)} would create them but cannot (see WL-REPLICA-FAILURE)`),
      ...misses.map(describeMiss),
      ...(elsewhere.length ? [`pods matching it run in ${elsewhere.join(', ')}, but a Service only selects pods of its own namespace`] : []),
    ];
    return [
      {
        severity: 'critical',
        message: `Selector ${showLabels(selector)} matches no running pod in namespace ${namespace}${hints.length ? `: ${hints.join('; ')}` : ''}. The Service has no endpoints: 503 through the ingress, connection refused in the cluster.`,
        evidence: evidence({
          fields: [
            field(service, 'spec.selector', selector),
            ...misses.flatMap((m) => m.pods.slice(0, 3).map((p) => field({ kind: 'Pod', namespace, name: p }, `metadata.labels["${m.key}"]`, m.found))),
          ],
          kubectl: [
            kubectlGet('Service', namespace, service.metadata.name, '{.spec.selector}'),
            kubectlPodsWithLabels(namespace, selector),
            ...misses.map((m) => `kubectl get pods -n ${namespace} -L ${m.key}`),
          ],
        }),
      },
    ];
  },
});
