import type { KubeEvent, Pod } from '../k8s/types';
import type { CheckContext } from './types';

export type ProbeKind = 'Readiness' | 'Liveness' | 'Startup';

const FIELD_PATH = /^spec\.(?:initContainers|containers)\{(.+)\}$/;

export interface ProbeEventFailure {
  container: string;
  probe: ProbeKind;
  /** What the pattern captured after the probe kind (a status code, a port name, ...). */
  detail: string;
  count: number;
  last: string | undefined;
  event: KubeEvent;
}

/**
 * Every kubelet `Unhealthy` event of the pod whose message matches `pattern` (group 1: the probe
 * kind, group 2: the detail), merged per container, probe and detail; counts add up.
 */
export function probeEventFailures(pod: Pod, ctx: CheckContext, pattern: RegExp): ProbeEventFailure[] {
  const merged = new Map<string, ProbeEventFailure>();
  for (const event of ctx.state.eventsFor(pod)) {
    const match = event.reason === 'Unhealthy' ? pattern.exec(event.message ?? '') : null;
    if (!match) continue;
    const container = FIELD_PATH.exec(event.involvedObject.fieldPath ?? '')?.[1] ?? pod.spec.containers[0]?.name ?? '?';
    const detail = match[2] ?? '';
    const key = `${container}/${match[1]}/${detail}`;
    const known = merged.get(key);
    const count = event.count ?? 1;
    if (known) {
      known.count += count;
      if ((event.lastTimestamp ?? '') > (known.last ?? '')) known.last = event.lastTimestamp;
    } else merged.set(key, { container, probe: match[1] as ProbeKind, detail, count, last: event.lastTimestamp, event });
  }
  return [...merged.values()];
}

export function probeOf(pod: Pod, container: string, probe: ProbeKind) {
  const c = pod.spec.containers.find((x) => x.name === container);
  return probe === 'Readiness' ? c?.readinessProbe : probe === 'Liveness' ? c?.livenessProbe : c?.startupProbe;
}
