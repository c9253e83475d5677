import type { Service, Workload } from '../k8s/types';
import type { StateReader } from '../state/state-reader';
import { workloadsBehind } from './workloads';

export interface ReplicaFailure {
  workload: Workload;
  condition: NonNullable<Workload['status']['conditions']>[number];
}

/**
 * ReplicaSets (and Deployments, which copy the condition) behind a Service that cannot create their
 * pods: `ReplicaFailure=True`, e.g. a missing ServiceAccount or an exceeded quota. A Deployment is
 * named only when none of the ReplicaSets read says it (a dump without ReplicaSets).
 */
export function replicaFailures(state: StateReader, service: Service): ReplicaFailure[] {
  const failing = (kind: 'ReplicaSet' | 'Deployment') =>
    workloadsBehind(state, service, [kind]).flatMap((workload) => {
      const condition = workload.status.conditions?.find((c) => c.type === 'ReplicaFailure' && c.status === 'True');
      return condition ? [{ workload, condition }] : [];
    });
  const replicaSets = failing('ReplicaSet');
  return replicaSets.length ? replicaSets : failing('Deployment');
}

/** `ReplicaSet shop/web-7c9f: FailedCreate: pods "web-7c9f-" is forbidden: ...` */
export function describeFailure({ workload, condition }: ReplicaFailure): string {
  return `${workload.kind} ${workload.metadata.namespace}/${workload.metadata.name} (${[condition.reason, condition.message].filter(Boolean).join(': ') || 'ReplicaFailure'})`;
}
