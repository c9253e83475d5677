// Builders of objects as the API server returns them (defaults filled in), for the demo cluster.
import { createHash } from 'node:crypto';

export type Json = Record<string, unknown>;

export const NOW = Date.parse('2026-11-23T03:00:00Z');

let seed = 20261123;
/** A seeded PRNG, so the demo is the same on every run. */
export function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

export function hex(length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(random() * 16).toString(16);
  return out;
}

export function alnum(length: number): string {
  const chars = 'bcdfghjklmnpqrstvwxz2456789';
  let out = '';
  for (let i = 0; i < length; i++) out += chars[Math.floor(random() * chars.length)];
  return out;
}

export function uid(): string {
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${['8', '9', 'a', 'b'][Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
}

let resourceVersion = 481000;
export function rv(): string {
  resourceVersion += Math.floor(random() * 300) + 1;
  return String(resourceVersion);
}

export function ago(minutes: number): string {
  return new Date(NOW - minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function podTemplateHash(name: string): string {
  return createHash('sha256').update(name).digest('hex').slice(0, 10).replace(/[0-9]/g, (d) => 'bcdfghjklm'[Number(d)]!).slice(0, 9);
}

export function managedFields(manager: string, time: string): Json[] {
  return [{ apiVersion: 'v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:metadata': { 'f:labels': { '.': {} } }, 'f:spec': {} }, manager, operation: 'Update', time }];
}

export function namespace(name: string, minutes: number): Json {
  return {
    apiVersion: 'v1',
    kind: 'Namespace',
    metadata: { creationTimestamp: ago(minutes), labels: { 'kubernetes.io/metadata.name': name }, name, resourceVersion: rv(), uid: uid() },
    spec: { finalizers: ['kubernetes'] },
    status: { phase: 'Active' },
  };
}

export interface NodeInfo {
  name: string;
  zone: string;
  internalIP: string;
  podCIDR: string;
}

export function node(n: NodeInfo): Json {
  const created = ago(60 * 24 * 40);
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      annotations: { 'node.alpha.kubernetes.io/ttl': '0', 'volumes.kubernetes.io/controller-managed-attach-detach': 'true' },
      creationTimestamp: created,
      labels: {
        'beta.kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'kubernetes.io/hostname': n.name,
        'kubernetes.io/os': 'linux',
        'topology.kubernetes.io/region': 'eu-west-1',
        'topology.kubernetes.io/zone': n.zone,
      },
      name: n.name,
      resourceVersion: rv(),
      uid: uid(),
    },
    spec: { podCIDR: n.podCIDR, podCIDRs: [n.podCIDR] },
    status: {
      addresses: [
        { address: n.internalIP, type: 'InternalIP' },
        { address: n.name, type: 'Hostname' },
      ],
      allocatable: { cpu: '3920m', 'ephemeral-storage': '95551679124', memory: '15208864Ki', pods: '110' },
      capacity: { cpu: '4', 'ephemeral-storage': '103675828Ki', memory: '16335264Ki', pods: '110' },
      conditions: [
        { lastHeartbeatTime: ago(1), lastTransitionTime: created, message: 'kubelet has sufficient memory available', reason: 'KubeletHasSufficientMemory', status: 'False', type: 'MemoryPressure' },
        { lastHeartbeatTime: ago(1), lastTransitionTime: created, message: 'kubelet has no disk pressure', reason: 'KubeletHasNoDiskPressure', status: 'False', type: 'DiskPressure' },
        { lastHeartbeatTime: ago(1), lastTransitionTime: created, message: 'kubelet has sufficient PID available', reason: 'KubeletHasSufficientPID', status: 'False', type: 'PIDPressure' },
        { lastHeartbeatTime: ago(1), lastTransitionTime: created, message: 'kubelet is posting ready status', reason: 'KubeletReady', status: 'True', type: 'Ready' },
      ],
      nodeInfo: {
        architecture: 'amd64',
        bootID: uid(),
        containerRuntimeVersion: 'containerd://2.1.4',
        kernelVersion: '6.8.0-1021-aws',
        kubeProxyVersion: 'v1.34.2',
        kubeletVersion: 'v1.34.2',
        machineID: hex(32),
        operatingSystem: 'linux',
        osImage: 'Ubuntu 24.04.3 LTS',
        systemUUID: uid(),
      },
    },
  };
}
