import type { Container, Pod } from '../k8s/types';
import { livenessBudget, p90 } from '../k8s/probe-budget';
import { workloadOf } from './svc-selector-multiapp';
import type { CheckContext } from './types';

/**
 * p90 of the observed seconds-to-Ready of the pods of the same workload (and labels), when any were
 * observed: once per workload, not once per pod.
 */
export function observedStartup(ctx: CheckContext, pod: Pod): number | null {
  const workload = workloadOf(pod);
  const { namespace = '', labels = {} } = pod.metadata;
  return ctx.memo(
    `startup ${namespace} ${workload} ${JSON.stringify(labels)}`,
    () => {
      const seconds = ctx.state
        .select('Pod', namespace, labels)
        .filter((p) => workloadOf(p) === workload && p.status.startupSeconds !== undefined)
        .map((p) => p.status.startupSeconds!);
      return seconds.length ? p90(seconds) : null;
    },
    Object.is,
  );
}

/** Containers whose liveness probe (without a startupProbe) kills them sooner than they start. */
export function livenessTooEarly(container: Container, startup: number | null): boolean {
  return !!container.livenessProbe && !container.startupProbe && startup !== null && livenessBudget(container.livenessProbe) < startup;
}
