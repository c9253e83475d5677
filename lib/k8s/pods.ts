import type { ContainerStatus, Pod } from './types';

export function podCondition(pod: Pod, type: string) {
  return pod.status.conditions?.find((c) => c.type === type);
}

export function isPodReady(pod: Pod): boolean {
  return podCondition(pod, 'Ready')?.status === 'True';
}

export function isTerminal(pod: Pod): boolean {
  return pod.status.phase === 'Succeeded' || pod.status.phase === 'Failed';
}

export function isTerminating(pod: Pod): boolean {
  return pod.metadata.deletionTimestamp !== undefined;
}

/** Pods the EndpointSlice controller can turn into endpoints (ShouldPodBeInEndpoints, minus readiness). */
export function canBeEndpoint(pod: Pod): boolean {
  return !isTerminal(pod) && !!pod.status.podIP;
}

export function totalRestarts(pod: Pod): number {
  return (pod.status.containerStatuses ?? []).reduce((sum, s) => sum + s.restartCount, 0);
}

export function describeState(status: ContainerStatus | undefined): string {
  const state = status?.state;
  if (!state) return 'unknown';
  if (state.waiting) return `waiting: ${state.waiting.reason ?? 'unknown'}`;
  if (state.terminated) return `terminated: ${state.terminated.reason ?? `exit ${state.terminated.exitCode ?? '?'}`}`;
  if (state.running) return 'running';
  return 'unknown';
}

/** The controlling owner as `Kind/name`, e.g. `ReplicaSet/web-7c9f8d6b5`. */
export function ownerOf(pod: Pod): string | null {
  const owners = pod.metadata.ownerReferences ?? [];
  const owner = owners.find((o) => o.controller) ?? owners[0];
  return owner ? `${owner.kind}/${owner.name}` : null;
}
