import type { Service, Workload } from '../k8s/types';
import type { ClusterState } from '../state/cluster-state';

/** Deployments and StatefulSets of the Service's namespace whose pod template the Service selects. */
export function workloadsBehind(state: ClusterState, service: Service): Workload[] {
  const selector = service.spec.selector ?? {};
  if (Object.keys(selector).length === 0) return [];
  const namespace = service.metadata.namespace;
  return [...state.list('Deployment'), ...state.list('StatefulSet')].filter(
    (w) => w.metadata.namespace === namespace && Object.entries(selector).every(([k, v]) => w.spec.templateLabels?.[k] === v),
  );
}

export const workloadName = (w: Workload) => `${w.kind} ${w.metadata.namespace}/${w.metadata.name}`;
