// A synthetic cluster shaped like real `kubectl get -o json` output: ~5 KB pods with managedFields,
// env, probes and full status; a Service per 3 pods, its EndpointSlice, an Ingress per 10 Services.

const PODS_PER_SERVICE = 3;
const SERVICES_PER_INGRESS = 10;
// 330 Services per namespace, so an Ingress's 10 Services never straddle two namespaces.
const PODS_PER_NAMESPACE = 990;

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0').slice(-width);
}

function uid(kind: number, n: number): string {
  return `${hex(kind, 8)}-${hex(n >>> 16, 4)}-4${hex(n, 3)}-8${hex(n * 7, 3)}-${hex(n * 2654435761, 12)}`;
}

function managedFields(manager: string): unknown[] {
  return [
    {
      apiVersion: 'v1',
      fieldsType: 'FieldsV1',
      fieldsV1: {
        'f:metadata': { 'f:generateName': {}, 'f:labels': { '.': {}, 'f:app': {}, 'f:pod-template-hash': {}, 'f:team': {} }, 'f:ownerReferences': { '.': {} } },
        'f:spec': { 'f:containers': { 'k:{"name":"app"}': { '.': {}, 'f:env': {}, 'f:image': {}, 'f:ports': {}, 'f:readinessProbe': {}, 'f:resources': {} } } },
      },
      manager,
      operation: 'Update',
      time: '2026-11-20T10:00:00Z',
    },
    {
      apiVersion: 'v1',
      fieldsType: 'FieldsV1',
      fieldsV1: { 'f:status': { 'f:conditions': { 'k:{"type":"Ready"}': { '.': {}, 'f:lastTransitionTime': {}, 'f:status': {}, 'f:type': {} } }, 'f:containerStatuses': {}, 'f:podIP': {} } },
      manager: 'kubelet',
      operation: 'Update',
      subresource: 'status',
      time: '2026-11-20T10:00:05Z',
    },
  ];
}

export function podIndexes(n: number) {
  const service = Math.floor(n / PODS_PER_SERVICE);
  return { service, namespace: `ns-${Math.floor(n / PODS_PER_NAMESPACE)}`, app: `svc-${service}`, ready: n % 50 !== 7 };
}

function podIP(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function podName(n: number): string {
  return `${podIndexes(n).app}-${hex(podIndexes(n).service * 40503, 10).slice(0, 9)}-${hex(n, 5)}`;
}

export interface PodSpec {
  name: string;
  namespace: string;
  labels: Record<string, string>;
  owner: { kind: string; name: string };
  nodeName: string;
  ip: string;
  ready: boolean;
  /** The serving container port, named `http`. */
  port: number;
  hostNetwork?: boolean;
  uid?: string;
  ownerUid?: string;
}

function hash32(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** A pod as `kubectl get -o json` prints it: managedFields, env, probes, mounts and full status (~5 KB). */
export function realisticPod(spec: PodSpec): Record<string, unknown> {
  const n = hash32(`${spec.namespace}/${spec.name}`);
  const status = spec.ready ? 'True' : 'False';
  const image = `registry.example.com/${spec.namespace}/${spec.labels.app ?? spec.name}:1.4.${n % 9}`;
  const env = Array.from({ length: 10 }, (_, i) => ({ name: `SETTING_${i}`, value: `value-${i}-${hex(n + i, 6)}` }));
  const probe = { httpGet: { path: '/healthz', port: 'http', scheme: 'HTTP' }, initialDelaySeconds: 5, periodSeconds: 10, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 };
  const mounts = [{ name: 'kube-api-access-x', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }];
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      name: spec.name,
      generateName: `${spec.owner.name}-`,
      namespace: spec.namespace,
      uid: spec.uid ?? `${hex(n, 8)}-${hex(n >>> 7, 4)}-4${hex(n, 3)}-8${hex(n * 7, 3)}-${hex(n * 2654435761, 12)}`,
      resourceVersion: String(100000 + (n % 900000)),
      creationTimestamp: '2026-11-20T10:00:00Z',
      labels: spec.labels,
      annotations: { 'kubectl.kubernetes.io/restartedAt': '2026-11-20T09:59:00Z', 'prometheus.io/scrape': 'true' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: spec.owner.kind, name: spec.owner.name, uid: spec.ownerUid ?? `${hex(hash32(spec.owner.name), 8)}-0000-4000-8000-000000000000`, controller: true, blockOwnerDeletion: true }],
      managedFields: managedFields('kube-controller-manager'),
    },
    spec: {
      containers: [
        {
          name: 'app',
          image,
          imagePullPolicy: 'IfNotPresent',
          env,
          ports: [{ name: 'http', containerPort: spec.port, protocol: 'TCP' }, { name: 'metrics', containerPort: 9090, protocol: 'TCP' }],
          readinessProbe: probe,
          livenessProbe: { ...probe, initialDelaySeconds: 15 },
          resources: { limits: { cpu: '500m', memory: '512Mi' }, requests: { cpu: '100m', memory: '256Mi' } },
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
          volumeMounts: mounts,
        },
      ],
      dnsPolicy: 'ClusterFirst',
      enableServiceLinks: true,
      ...(spec.hostNetwork ? { hostNetwork: true } : {}),
      nodeName: spec.nodeName,
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
      volumes: [{ name: 'kube-api-access-x', projected: { defaultMode: 420, sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }] } }],
    },
    status: {
      conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({
        lastProbeTime: null,
        lastTransitionTime: '2026-11-20T10:00:07Z',
        status: type === 'Ready' || type === 'ContainersReady' ? status : 'True',
        type,
      })),
      containerStatuses: [
        {
          containerID: `containerd://${hex(n * 31, 12)}${hex(n * 17, 12)}`,
          image,
          imageID: `${image.split(':')[0]}@sha256:${hex(n * 13, 12)}${hex(n * 19, 12)}`,
          lastState: {},
          name: 'app',
          ready: spec.ready,
          restartCount: 0,
          started: true,
          state: { running: { startedAt: '2026-11-20T10:00:06Z' } },
        },
      ],
      hostIP: `192.168.${(n >> 8) & 255}.${n & 255}`,
      phase: 'Running',
      podIP: spec.ip,
      podIPs: [{ ip: spec.ip }],
      qosClass: 'Burstable',
      startTime: '2026-11-20T10:00:00Z',
    },
  };
}

export function syntheticPod(n: number): Record<string, unknown> {
  const { namespace, app, ready, service } = podIndexes(n);
  const hash = hex(service * 40503, 10).slice(0, 9);
  return realisticPod({
    name: podName(n),
    namespace,
    labels: { app, 'pod-template-hash': hash, team: `team-${service % 7}`, version: 'v1' },
    owner: { kind: 'ReplicaSet', name: `${app}-${hash}` },
    nodeName: `node-${n % 100}`,
    ip: podIP(n),
    ready,
    port: 8080,
    uid: uid(1, n),
    ownerUid: uid(2, service),
  });
}

export function syntheticService(s: number): Record<string, unknown>[] {
  const namespace = podIndexes(s * PODS_PER_SERVICE).namespace;
  const app = `svc-${s}`;
  const pods = Array.from({ length: PODS_PER_SERVICE }, (_, i) => s * PODS_PER_SERVICE + i);
  const objects: Record<string, unknown>[] = [
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: app, namespace, uid: uid(3, s), labels: { app }, managedFields: managedFields('kubectl') },
      spec: { clusterIP: `10.96.${(s >> 8) & 255}.${s & 255}`, ports: [{ name: 'http', port: 80, protocol: 'TCP', targetPort: 'http' }], selector: { app }, type: 'ClusterIP' },
    },
    {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      addressType: 'IPv4',
      metadata: {
        name: `${app}-${hex(s, 5)}`,
        namespace,
        uid: uid(4, s),
        labels: { 'kubernetes.io/service-name': app, 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' },
      },
      endpoints: pods.map((p) => {
        const ready = podIndexes(p).ready;
        return { addresses: [podIP(p)], conditions: { ready, serving: ready, terminating: false }, nodeName: `node-${p % 100}`, targetRef: { kind: 'Pod', name: podName(p), namespace, uid: uid(1, p) } };
      }),
      ports: [{ name: 'http', port: 8080, protocol: 'TCP' }],
    },
  ];
  if (s % SERVICES_PER_INGRESS === 0) {
    objects.push({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: `ing-${s}`, namespace, uid: uid(5, s) },
      spec: {
        ingressClassName: 'nginx',
        rules: [{ host: `app-${s}.example.com`, http: { paths: Array.from({ length: SERVICES_PER_INGRESS }, (_, i) => ({ path: `/s${i}`, pathType: 'Prefix', backend: { service: { name: `svc-${s + i}`, port: { number: 80 } } } })) } }],
      },
    });
  }
  return objects;
}

export function firstPodOfService(service: number): number {
  return service * PODS_PER_SERVICE;
}

export function servicesFor(pods: number): number {
  return Math.ceil(pods / PODS_PER_SERVICE);
}

export const INGRESS_CLASS = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'IngressClass',
  metadata: { name: 'nginx', annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } },
  spec: { controller: 'k8s.io/ingress-nginx' },
};
