import type { Service, Workload } from '../k8s/types';
import type { StateReader } from '../state/state-reader';

/** Deployments and StatefulSets of the Service's namespace whose pod template the Service selects. */
export function workloadsBehind(state: StateReader, service: Service): Workload[] {
  const selector = service.spec.selector ?? {};
  if (Object.keys(selector).length === 0) return [];
  return state.workloadsSelecting(service.metadata.namespace, selector).sort((a, b) => a.kind.localeCompare(b.kind) || a.metadata.name.localeCompare(b.metadata.name));
}

export const workloadName = (w: Workload) => `${w.kind} ${w.metadata.namespace}/${w.metadata.name}`;
