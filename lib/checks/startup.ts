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

/**
 * How likely a container whose liveness budget is shorter than its workload's startup is to be
 * killed while starting, from what it shows: ready without a restart, its liveness probe passed in
 * time (so it answers before the app is Ready) and a kill loop is unlikely; restarts or not ready, it is likely.
 */
export function killLoopRisk(pod: Pod, container: Container): { severity: 'info' | 'warning'; said: string } {
  const status = pod.status.containerStatuses?.find((s) => s.name === container.name);
  const restarts = status?.restartCount ?? 0;
  const ready = status?.ready === true;
  const budget = livenessBudget(container.livenessProbe!);
  if (ready && restarts === 0) {
    return { severity: 'info', said: `It is ready and has not restarted, so its liveness probe passed in time: a kill loop (CrashLoopBackOff, 503) is unlikely, and comes only from a start whose liveness probe still fails at ${budget} s` };
  }
  if (restarts === 0) return { severity: 'warning', said: `It is not ready yet: if liveness keeps failing until then, the kubelet kills it at ${budget} s and it starts over, a kill loop (CrashLoopBackOff, 503)` };
  return { severity: 'warning', said: `It has restarted ${restarts} time${restarts > 1 ? 's' : ''}${ready ? '' : ' and is not ready'}: slow starts likely end in a kill loop (CrashLoopBackOff, 503)` };
}
