import type { Container, Pod } from '../k8s/types';
import { livenessBudget, p90 } from '../k8s/probe-budget';
import { workloadOf } from './svc-selector-multiapp';
import type { CheckContext } from './types';

/** p90 of the observed seconds-to-Ready of the pods of the same workload, when any were observed. */
export function observedStartup(ctx: CheckContext, pod: Pod): number | null {
  const workload = workloadOf(pod);
  const seconds = ctx.state
    .select('Pod', pod.metadata.namespace, pod.metadata.labels ?? {})
    .filter((p) => workloadOf(p) === workload && p.status.startupSeconds !== undefined)
    .map((p) => p.status.startupSeconds!);
  return seconds.length ? p90(seconds) : null;
}

/** Containers whose liveness probe (without a startupProbe) kills them sooner than they start. */
export function livenessTooEarly(container: Container, startup: number | null): boolean {
  return !!container.livenessProbe && !container.startupProbe && startup !== null && livenessBudget(container.livenessProbe) < startup;
}
