// The pods a workload's template stands for: named after the workload, its labels, containers and
// probes, running, and Ready as a correct probe would make them (never, when a readiness or startup
// probe names a port its container does not declare: the kubelet cannot run it).
import { neverReady } from '../k8s/probes';
import type { JsonRecord } from '../state/read';
import type { WorkloadTemplate } from './templates';

/** Enough replicas for every check to judge as it would the whole set (one, two or many). */
export const MAX_PODS_PER_WORKLOAD = 100;

/** Addresses from 198.18.0.0/15 (RFC 2544, for benchmarks): never a real pod network. */
export const PREDICTED_POD_NETWORK = '198.18.0.0/15';

export function predictedPodIP(n: number): string {
  const i = (n % 0x1fffe) + 1;
  return `198.${18 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`;
}

export interface PredictedPod {
  name: string;
  /** The Node it runs on: a DaemonSet's pods one per Node of the input. */
  nodeName?: string;
}

/** A Pod manifest's is its own; a StatefulSet's pods are `name-0`, `name-1`…; the others' are made up as `name-pod-1`…, so none passes for a real one. */
export function predictedPodNames(template: WorkloadTemplate, count: number, taken: (name: string) => boolean): string[] {
  if (template.kind === 'Pod') return [template.name];
  const kind = template.kind.toLowerCase();
  return Array.from({ length: count }, (_, i) => {
    const name = template.kind === 'StatefulSet' ? `${template.name}-${i}` : `${template.name}-pod-${i + 1}`;
    return taken(name) ? `${template.name}-${kind}-pod-${i + 1}` : name;
  });
}

/** The raw Pod (as the API would serve it) one template stands for. */
export function predictedPod(template: WorkloadTemplate, pod: PredictedPod, ip: string): JsonRecord {
  const ready = !neverReady(template.containers);
  const status = ready ? 'True' : 'False';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: pod.name,
      namespace: template.namespace,
      uid: `predicted/${template.namespace ?? ''}/${pod.name}`,
      labels: template.labels,
      ...(template.kind === 'Pod' ? {} : { ownerReferences: [{ kind: template.kind, name: template.name, controller: true }] }),
    },
    spec: { ...template.spec, ...(pod.nodeName ? { nodeName: pod.nodeName } : {}) },
    status: {
      phase: 'Running',
      podIP: ip,
      // Readiness gates are set by other controllers (a load balancer's): predicted as they would be once met.
      conditions: [{ type: 'Ready', status }, { type: 'ContainersReady', status }, ...template.readinessGates.map((type) => ({ type, status: 'True' }))],
      containerStatuses: template.containers.map((c) => ({ name: c.name, ready, restartCount: 0, started: ready, state: { running: {} } })),
    },
  };
}
