// Pods as a controller creates them and a kubelet reports them, with the kubelet's Events.
import { ago, alnum, hex, type Json, type NodeInfo, podTemplateHash, rv, uid } from './kube';

export interface ContainerSpec {
  name: string;
  image: string;
  ports?: { name?: string; containerPort: number; protocol?: string }[];
  readiness?: Json;
  liveness?: Json;
  /** `lifecycle.preStop` as written. */
  preStop?: Json;
  limits?: Record<string, string>;
  requests?: Record<string, string>;
  env?: Json[];
  args?: string[];
}

/** What the kubelet sees: ready; running but failing readiness with an HTTP status; crash-looping after OOM kills. */
export type PodState =
  | { kind: 'ready' }
  | { kind: 'probe-failing'; status: number; path: string }
  | { kind: 'crashloop-oom'; restarts: number }
  /** Ready now, but its readiness probe times out now and then (it flaps). */
  | { kind: 'probe-timeouts'; count: number };

export interface Workload {
  namespace: string;
  name: string;
  controller: 'Deployment' | 'StatefulSet' | 'DaemonSet';
  labels: Record<string, string>;
  containers: ContainerSpec[];
  states: PodState[];
  hostNetwork?: boolean;
  ageMinutes: number;
  /** Seconds from container start to Ready (default 12). */
  startupSeconds?: number;
}

export function httpProbe(path: string, port: number | string, extra: Json = {}): Json {
  return { failureThreshold: 3, httpGet: { path, port, scheme: 'HTTP' }, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 1, ...extra };
}

export function execProbe(command: string[], extra: Json = {}): Json {
  return { exec: { command }, failureThreshold: 3, periodSeconds: 10, successThreshold: 1, timeoutSeconds: 5, ...extra };
}

export function tcpProbe(port: number | string, extra: Json = {}): Json {
  return { failureThreshold: 3, periodSeconds: 10, successThreshold: 1, tcpSocket: { port }, timeoutSeconds: 1, ...extra };
}

export interface DemoPod {
  object: Json;
  events: Json[];
}

function containerObject(c: ContainerSpec, apiAccess: string): Json {
  const out: Json = { image: c.image, imagePullPolicy: 'IfNotPresent', name: c.name };
  if (c.args) out.args = c.args;
  if (c.env) out.env = c.env;
  if (c.preStop) out.lifecycle = { preStop: c.preStop };
  if (c.liveness) out.livenessProbe = c.liveness;
  if (c.ports) out.ports = c.ports.map((p) => ({ ...p, protocol: p.protocol ?? 'TCP' }));
  if (c.readiness) out.readinessProbe = c.readiness;
  out.resources = { ...(c.limits ? { limits: c.limits } : {}), ...(c.requests ? { requests: c.requests } : {}) };
  out.terminationMessagePath = '/dev/termination-log';
  out.terminationMessagePolicy = 'File';
  out.volumeMounts = [{ mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', name: apiAccess, readOnly: true }];
  return out;
}

function condition(type: string, status: boolean, at: string, reason?: string): Json {
  return { lastProbeTime: null, lastTransitionTime: at, ...(reason ? { reason } : {}), status: status ? 'True' : 'False', type };
}

function event(pod: Json, reason: string, message: string, type: string, count: number, first: number, last: number, container?: string): Json {
  const meta = pod.metadata as Json;
  const spec = pod.spec as Json;
  return {
    apiVersion: 'v1',
    count,
    eventTime: null,
    firstTimestamp: ago(first),
    involvedObject: {
      apiVersion: 'v1',
      ...(container ? { fieldPath: `spec.containers{${container}}` } : {}),
      kind: 'Pod',
      name: meta.name,
      namespace: meta.namespace,
      resourceVersion: meta.resourceVersion,
      uid: meta.uid,
    },
    kind: 'Event',
    lastTimestamp: ago(last),
    message,
    metadata: { creationTimestamp: ago(first), name: `${meta.name}.${hex(16)}`, namespace: meta.namespace, resourceVersion: rv(), uid: uid() },
    reason,
    reportingComponent: 'kubelet',
    reportingInstance: spec.nodeName,
    source: { component: 'kubelet', host: spec.nodeName },
    type,
  };
}

function identity(w: Workload, index: number): { name: string; labels: Record<string, string>; owner: Json; generateName: string } {
  if (w.controller === 'StatefulSet') {
    const name = `${w.name}-${index}`;
    return {
      name,
      generateName: `${w.name}-`,
      labels: { ...w.labels, 'apps.kubernetes.io/pod-index': String(index), 'controller-revision-hash': `${w.name}-${podTemplateHash(w.name + 'sts')}`, 'statefulset.kubernetes.io/pod-name': name },
      owner: { apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'StatefulSet', name: w.name, uid: uid() },
    };
  }
  if (w.controller === 'DaemonSet') {
    return {
      name: `${w.name}-${alnum(5)}`,
      generateName: `${w.name}-`,
      labels: { ...w.labels, 'controller-revision-hash': podTemplateHash(w.name + 'ds'), 'pod-template-generation': '1' },
      owner: { apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'DaemonSet', name: w.name, uid: uid() },
    };
  }
  const hash = podTemplateHash(`${w.namespace}/${w.name}`);
  return {
    name: `${w.name}-${hash}-${alnum(5)}`,
    generateName: `${w.name}-${hash}-`,
    labels: { ...w.labels, 'pod-template-hash': hash },
    owner: { apiVersion: 'apps/v1', blockOwnerDeletion: true, controller: true, kind: 'ReplicaSet', name: `${w.name}-${hash}`, uid: uid() },
  };
}

function containerStatus(c: ContainerSpec, state: PodState, started: string): Json {
  const base = { containerID: `containerd://${hex(64)}`, image: c.image, imageID: `${c.image.split(':')[0]}@sha256:${hex(64)}`, name: c.name };
  if (state.kind === 'crashloop-oom') {
    return {
      ...base,
      lastState: { terminated: { containerID: `containerd://${hex(64)}`, exitCode: 137, finishedAt: ago(3), reason: 'OOMKilled', startedAt: ago(4) } },
      ready: false,
      restartCount: state.restarts,
      started: false,
      state: { waiting: { message: `back-off 5m0s restarting failed container=${c.name} pod=%POD%`, reason: 'CrashLoopBackOff' } },
    };
  }
  return { ...base, lastState: {}, ready: state.kind === 'ready' || state.kind === 'probe-timeouts', restartCount: 0, started: true, state: { running: { startedAt: started } } };
}

/** The pods of a workload, spread over the nodes with IPs from each node's podCIDR, and their Events. */
export function podsOf(w: Workload, nodes: NodeInfo[], nextIP: (node: NodeInfo) => string, placement: number): DemoPod[] {
  const sharedOwner = w.controller === 'StatefulSet' ? null : identity(w, 0).owner;
  return w.states.map((state, i) => {
    const id = identity(w, i);
    const owner = sharedOwner && w.controller === 'Deployment' ? sharedOwner : id.owner;
    const node = nodes[(placement + i) % nodes.length]!;
    const created = w.ageMinutes - i;
    const startedAt = ago(created - 1);
    const readyAt = new Date(Date.parse(startedAt) + (w.startupSeconds ?? 12) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const apiAccess = `kube-api-access-${alnum(5)}`;
    const podIP = w.hostNetwork ? node.internalIP : nextIP(node);
    const ready = state.kind === 'ready' || state.kind === 'probe-timeouts';
    const statuses = w.containers.map((c) => containerStatus(c, state, startedAt));
    const pod: Json = {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: { creationTimestamp: ago(created), generateName: id.generateName, labels: id.labels, name: id.name, namespace: w.namespace, ownerReferences: [owner], resourceVersion: rv(), uid: uid() },
      spec: {
        containers: w.containers.map((c) => containerObject(c, apiAccess)),
        dnsPolicy: w.hostNetwork ? 'ClusterFirstWithHostNet' : 'ClusterFirst',
        enableServiceLinks: true,
        ...(w.hostNetwork ? { hostNetwork: true } : {}),
        nodeName: node.name,
        preemptionPolicy: 'PreemptLowerPriority',
        priority: 0,
        restartPolicy: 'Always',
        schedulerName: 'default-scheduler',
        securityContext: {},
        serviceAccount: 'default',
        serviceAccountName: 'default',
        terminationGracePeriodSeconds: 30,
        tolerations: [
          { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists', tolerationSeconds: 300 },
          { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists', tolerationSeconds: 300 },
        ],
        volumes: [
          {
            name: apiAccess,
            projected: {
              defaultMode: 420,
              sources: [
                { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
                { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
                { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
              ],
            },
          },
        ],
      },
      status: {
        conditions: [
          condition('PodReadyToStartContainers', true, startedAt),
          condition('Initialized', true, ago(created)),
          condition('Ready', ready, ready ? readyAt : ago(created - 1), ready ? undefined : 'ContainersNotReady'),
          condition('ContainersReady', ready, ready ? readyAt : ago(created - 1), ready ? undefined : 'ContainersNotReady'),
          condition('PodScheduled', true, ago(created)),
        ],
        containerStatuses: statuses,
        hostIP: node.internalIP,
        hostIPs: [{ ip: node.internalIP }],
        phase: 'Running',
        podIP,
        podIPs: [{ ip: podIP }],
        qosClass: w.containers.every((c) => c.limits) ? 'Burstable' : 'BestEffort',
        startTime: ago(created),
      },
    };
    const conditions = (pod.status as Json).conditions as Json[];
    for (const c of conditions) if (c.status === 'False') c.message = `containers with unready status: [${w.containers.map((x) => x.name).join(' ')}]`;
    for (const s of statuses) {
      const waiting = (s.state as Json).waiting as Json | undefined;
      if (waiting) waiting.message = String(waiting.message).replace('%POD%', `${id.name}_${w.namespace}(${(pod.metadata as Json).uid})`);
    }
    return { object: pod, events: eventsFor(pod, w, state) };
  });
}

function eventsFor(pod: Json, w: Workload, state: PodState): Json[] {
  const main = w.containers[0]!;
  if (state.kind === 'probe-failing') {
    return [event(pod, 'Unhealthy', `Readiness probe failed: HTTP probe failed with statuscode: ${state.status}`, 'Warning', Math.max(1, (w.ageMinutes - 2) * 6), w.ageMinutes - 2, 0, main.name)];
  }
  if (state.kind === 'probe-timeouts') {
    const ip = String((pod.status as Json).podIP);
    return [event(pod, 'Unhealthy', `Readiness probe failed: Get "http://${ip}:8080/healthz": context deadline exceeded (Client.Timeout exceeded while awaiting headers)`, 'Warning', state.count, 90, 2, main.name)];
  }
  if (state.kind === 'crashloop-oom') {
    const name = String((pod.metadata as Json).name);
    const podUid = String((pod.metadata as Json).uid);
    return [
      event(pod, 'Pulled', `Container image "${main.image}" already present on machine`, 'Normal', state.restarts + 1, w.ageMinutes - 1, 4, main.name),
      event(pod, 'Created', `Created container: ${main.name}`, 'Normal', state.restarts + 1, w.ageMinutes - 1, 4, main.name),
      event(pod, 'Started', `Started container ${main.name}`, 'Normal', state.restarts + 1, w.ageMinutes - 1, 4, main.name),
      event(pod, 'BackOff', `Back-off restarting failed container ${main.name} in pod ${name}_${w.namespace}(${podUid})`, 'Warning', state.restarts * 9, w.ageMinutes - 6, 0, main.name),
    ];
  }
  return [];
}
