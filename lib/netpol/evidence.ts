import type { Pod } from '../k8s/types';
import type { Verdict } from './evaluate';
import type { ObjectRef } from '../graph/types';
import type { PodReach } from './reach';

export function policyRef(name: string): ObjectRef {
  const [namespace, policy] = name.split('/') as [string, string];
  return { kind: 'NetworkPolicy', namespace, name: policy };
}

/** Policies that isolate the blocked side of blocked verdicts. */
export function blockingPolicies(verdicts: readonly Verdict[]): string[] {
  const names = new Set<string>();
  for (const v of verdicts) {
    if (v.allowed) continue;
    for (const side of [v.egress, v.ingress]) if (!side.allowed) for (const p of side.isolatedBy) names.add(p);
  }
  return [...names];
}

export function kubectlPolicies(names: readonly string[]): string[] {
  return names.map((n) => {
    const ref = policyRef(n);
    return `kubectl describe networkpolicy ${ref.name} -n ${ref.namespace}`;
  });
}

export const podName = (pod: Pod) => `${pod.metadata.namespace}/${pod.metadata.name}`;

export function listPods(reaches: readonly PodReach[], max = 3): string {
  const names = [...new Set(reaches.map((r) => r.pod.metadata.name))];
  return names.slice(0, max).join(', ') + (names.length > max ? `, and ${names.length - max} more` : '');
}

/** `NetworkPolicy a/x blocks` or `NetworkPolicies a/x, a/y block`. */
export function policiesVerb(names: readonly string[], singular: string, plural: string): string {
  return names.length === 1 ? `NetworkPolicy ${names[0]} ${singular}` : `NetworkPolicies ${names.join(', ')} ${plural}`;
}
