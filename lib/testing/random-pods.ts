// The pods of the random cluster (lib/testing/random-cluster.ts): the names, namespaces and apps
// everything else meets, and pods with the containers, probes and states the checks read.
import fc from 'fast-check';

type Json = Record<string, unknown>;
export type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

export const NAMESPACES = ['shop', 'blog'] as const;
const APPS = ['web', 'api', 'webx'] as const;
export const POD_NAMES = ['web-1', 'web-2', 'api-1', 'api-2'] as const;
export const SERVICES = ['web', 'api', 'db'] as const;
export const NODES = ['node-a', 'node-b'] as const;

export const ns = fc.constantFrom(...NAMESPACES);
export const app = fc.constantFrom(...APPS);
export const uidOf = (kind: string, namespace: string | undefined, name: string, generation: number) => `${kind}-${namespace ?? ''}-${name}-${generation}`;

const container = fc.record({
  portName: fc.constantFrom<string>('http', 'web', 'metrics'),
  port: fc.constantFrom<number>(8080, 9090),
  protocol: fc.constantFrom('TCP', 'TCP', 'UDP'),
  probe: fc.constantFrom('same-port', 'other-port', 'none', 'named'),
  liveness: fc.boolean(),
  preStop: fc.boolean(),
});

export const podArb = fc.record({
  namespace: fc.constantFrom(...NAMESPACES, ...NAMESPACES, ...NAMESPACES, 'kube-system', 'ingress-nginx'),
  name: fc.constantFrom(...POD_NAMES),
  app: fc.constantFrom('web', 'web', 'api', 'api', 'webx'),
  tier: fc.constantFrom('frontend', 'backend'),
  generation: fc.constantFrom(0, 0, 0, 1),
  ready: fc.boolean(),
  phase: fc.constantFrom('Running', 'Running', 'Running', 'Pending', 'Failed', 'Evicted'),
  gate: fc.constantFrom(false, false, true),
  ip: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined, freq: 8 }),
  node: fc.constantFrom(...NODES, 'node-gone'),
  waiting: fc.constantFrom(undefined, undefined, 'CrashLoopBackOff', 'ContainerCreating'),
  oom: fc.boolean(),
  restarts: fc.integer({ min: 0, max: 3 }),
  terminating: fc.boolean(),
  ndots: fc.boolean(),
  hostNetwork: fc.constantFrom(false, false, false, true),
  system: fc.constantFrom('dns', 'proxy'),
  startup: fc.option(fc.integer({ min: 1, max: 120 }), { nil: undefined }),
  container,
});

export function pod(p: Of<typeof podArb>): Json {
  const labels: Record<string, string> =
    p.namespace === 'ingress-nginx'
      ? { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' }
      : p.namespace === 'kube-system'
        ? { 'k8s-app': p.system === 'dns' ? 'kube-dns' : 'kube-proxy' }
        : { app: p.app, tier: p.tier, 'pod-template-hash': 'abc12' };
  const c = p.container;
  const probePort = c.probe === 'same-port' ? c.port : c.probe === 'other-port' ? 9999 : c.probe === 'named' ? c.portName : undefined;
  const probe = probePort === undefined ? undefined : { httpGet: { path: '/ready', port: probePort }, periodSeconds: 10, failureThreshold: 3 };
  const started = '2026-11-20T10:00:00Z';
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: p.name,
      namespace: p.namespace,
      uid: uidOf('Pod', p.namespace, p.name, p.generation),
      labels,
      ownerReferences: [{ kind: 'ReplicaSet', name: `${p.app}-abc12`, controller: true }],
      ...(p.terminating ? { deletionTimestamp: '2026-11-20T10:05:00Z' } : {}),
    },
    spec: {
      nodeName: p.node,
      hostNetwork: p.hostNetwork || undefined,
      ...(p.gate ? { readinessGates: [{ conditionType: 'example.com/load-balancer' }] } : {}),
      ...(p.ndots ? { dnsConfig: { options: [{ name: 'ndots', value: '2' }] } } : {}),
      containers: [
        {
          name: 'app',
          ports: [{ name: c.portName, containerPort: c.port, protocol: c.protocol }],
          readinessProbe: probe,
          livenessProbe: c.liveness ? { httpGet: { path: '/ready', port: c.port }, periodSeconds: 10, failureThreshold: 3 } : undefined,
          lifecycle: c.preStop ? { preStop: { exec: { command: ['sleep', '5'] } } } : undefined,
        },
      ],
    },
    status: {
      phase: p.phase === 'Evicted' ? 'Failed' : p.phase,
      ...(p.phase === 'Evicted' ? { reason: 'Evicted' } : {}),
      podIP: p.ip === undefined ? undefined : `10.244.${p.namespace === 'shop' ? 1 : 2}.${p.ip}`,
      conditions: [
        { type: 'Ready', status: p.ready ? 'True' : 'False', ...(p.startup !== undefined && p.ready ? { lastTransitionTime: `2026-11-20T10:${String(Math.floor(p.startup / 60)).padStart(2, '0')}:${String(p.startup % 60).padStart(2, '0')}Z` } : {}) },
        { type: 'PodScheduled', status: p.phase === 'Pending' && !p.ready ? 'False' : 'True', reason: 'Unschedulable' },
        ...(p.gate ? [{ type: 'example.com/load-balancer', status: 'False' }] : []),
      ],
      startTime: started,
      containerStatuses: [
        {
          name: 'app',
          ready: p.ready,
          restartCount: p.restarts,
          started: true,
          state: p.waiting ? { waiting: { reason: p.waiting } } : { running: { startedAt: started } },
          lastState: p.oom ? { terminated: { reason: 'OOMKilled', exitCode: 137 } } : {},
        },
      ],
    },
  };
}

