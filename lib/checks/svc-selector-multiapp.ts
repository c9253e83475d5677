import { kubectlPodsWithLabels } from '../k8s/kubectl';
import type { Pod } from '../k8s/types';
import { evidence } from './evidence';
import { defineCheck } from './types';
import { addTo } from '../util/group';

/** The top-level workload of a pod: a ReplicaSet's Deployment (its name without the pod-template-hash), else the owner; a bare pod is its own. */
export function workloadOf(pod: Pod): string {
  const owner = (pod.metadata.ownerReferences ?? []).find((o) => o.controller) ?? pod.metadata.ownerReferences?.[0];
  if (!owner) return `Pod/${pod.metadata.name}`;
  const hash = pod.metadata.labels?.['pod-template-hash'];
  if (owner.kind === 'ReplicaSet' && hash && owner.name.endsWith(`-${hash}`)) return `Deployment/${owner.name.slice(0, -hash.length - 1)}`;
  return `${owner.kind}/${owner.name}`;
}

export const svcSelectorMultiApp = defineCheck({
  id: 'SVC-SELECTOR-MULTIAPP',
  hop: 'service',
  title: 'Selector matches pods of several workloads',
  run(node, ctx) {
    const backends = ctx.backends(node.id);
    if (!backends || backends.selected.length < 2) return [];
    // Bare pods (no owner) say nothing about which app they belong to.
    const byWorkload = new Map<string, Pod[]>();
    for (const pod of backends.selected) if (pod.metadata.ownerReferences?.length) addTo(byWorkload, workloadOf(pod), pod);
    if (byWorkload.size < 2) return [];
    const { namespace = '', name } = backends.service.metadata;
    const split = [...byWorkload].map(([w, pods]) => `${w} (${pods.length})`).join(', ');
    return [
      {
        severity: 'warning',
        message: `The selector of Service ${namespace}/${name} matches pods of ${byWorkload.size} workloads: ${split}. Traffic is split across them: if they are different apps, users get intermittent 404 / 500 (fine for a canary).`,
        evidence: evidence({ objects: [{ kind: 'Service', namespace, name }], kubectl: [kubectlPodsWithLabels(namespace, backends.service.spec.selector ?? {})] }),
      },
    ];
  },
});
