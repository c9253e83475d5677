import type { Service, Workload, WorkloadKind } from '../k8s/types';
import type { StateReader } from '../state/state-reader';

/** Workloads of the given kinds in the Service's namespace whose pod template the Service selects. */
export function workloadsBehind(state: StateReader, service: Service, kinds: readonly WorkloadKind[]): Workload[] {
  const selector = service.spec.selector ?? {};
  if (Object.keys(selector).length === 0) return [];
  return kinds.flatMap((kind) => state.workloadsSelecting(kind, service.metadata.namespace, selector)).sort((a, b) => a.kind.localeCompare(b.kind) || a.metadata.name.localeCompare(b.metadata.name));
}

export const workloadName = (w: Workload) => `${w.kind} ${w.metadata.namespace}/${w.metadata.name}`;
