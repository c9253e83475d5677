import type { Probe } from './types';

/** The kubelet's defaults: failureThreshold 3, periodSeconds 10, timeoutSeconds 1, initialDelaySeconds 0. */
export function probeTiming(probe: Probe) {
  return { F: probe.failureThreshold ?? 3, P: probe.periodSeconds ?? 10, T: probe.timeoutSeconds ?? 1, D: probe.initialDelaySeconds ?? 0 };
}

/** Seconds a liveness probe allows a starting container before the kubelet kills it: D + F·P. */
export function livenessBudget(probe: Probe): number {
  const { F, P, D } = probeTiming(probe);
  return D + F * P;
}

/** Seconds of failures before readiness removes a pod from the endpoints: F·P + T. */
export function readinessWindow(probe: Probe): number {
  const { F, P, T } = probeTiming(probe);
  return F * P + T;
}

/** The 90th percentile (nearest rank) of some numbers. */
export function p90(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(sorted.length * 0.9) - 1)]!;
}
