// Services, EndpointSlices as the EndpointSlice controller computes them, Ingresses and IngressClasses.
import { ago, alnum, type Json, rv, uid } from './kube';

export interface ServiceSpec {
  namespace: string;
  name: string;
  selector: Record<string, string> | null;
  ports: { name?: string; port: number; targetPort: number | string; protocol?: string; nodePort?: number }[];
  type?: 'ClusterIP' | 'LoadBalancer';
  clusterIP: string;
  headless?: boolean;
  labels?: Record<string, string>;
  loadBalancerIP?: string;
  internalTrafficPolicy?: 'Cluster' | 'Local';
  sessionAffinity?: 'None' | 'ClientIP';
}

export function service(s: ServiceSpec, minutes: number): Json {
  const spec: Json = {
    clusterIP: s.headless ? 'None' : s.clusterIP,
    clusterIPs: [s.headless ? 'None' : s.clusterIP],
    ...(s.type === 'LoadBalancer' ? { allocateLoadBalancerNodePorts: true, externalTrafficPolicy: 'Cluster' } : {}),
    internalTrafficPolicy: s.internalTrafficPolicy ?? 'Cluster',
    ipFamilies: ['IPv4'],
    ipFamilyPolicy: 'SingleStack',
    ports: s.ports.map((p) => ({ ...(p.name ? { name: p.name } : {}), ...(p.nodePort ? { nodePort: p.nodePort } : {}), port: p.port, protocol: p.protocol ?? 'TCP', targetPort: p.targetPort })),
    ...(s.selector ? { selector: s.selector } : {}),
    sessionAffinity: s.sessionAffinity ?? 'None',
    ...(s.sessionAffinity === 'ClientIP' ? { sessionAffinityConfig: { clientIP: { timeoutSeconds: 10800 } } } : {}),
    type: s.type ?? 'ClusterIP',
  };
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { creationTimestamp: ago(minutes), ...(s.labels ? { labels: s.labels } : {}), name: s.name, namespace: s.namespace, resourceVersion: rv(), uid: uid() },
    spec,
    status: { loadBalancer: s.loadBalancerIP ? { ingress: [{ ip: s.loadBalancerIP, ipMode: 'VIP' }] } : {} },
  };
}

function podMatches(pod: Json, selector: Record<string, string>): boolean {
  const labels = ((pod.metadata as Json).labels ?? {}) as Record<string, string>;
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

/** FindPort: a number as is; a name must be a containerPort with that name and protocol. */
function findPort(pod: Json, targetPort: number | string, protocol: string): number | null {
  if (typeof targetPort === 'number') return targetPort;
  for (const c of (pod.spec as Json).containers as Json[]) {
    for (const p of (c.ports ?? []) as Json[]) if (p.name === targetPort && (p.protocol ?? 'TCP') === protocol) return p.containerPort as number;
  }
  return null;
}

function isReady(pod: Json): boolean {
  return ((pod.status as Json).conditions as Json[]).some((c) => c.type === 'Ready' && c.status === 'True');
}

/** The slices the EndpointSlice controller keeps for a Service with a selector: pods grouped by resolved port set. */
export function slicesFor(svc: Json, pods: Json[], zones: Record<string, string>): Json[] {
  const meta = svc.metadata as Json;
  const spec = svc.spec as Json;
  const selector = spec.selector as Record<string, string>;
  const groups = new Map<string, { ports: Json[] | null; endpoints: Json[] }>();
  for (const pod of pods) {
    const podMeta = pod.metadata as Json;
    const status = pod.status as Json;
    if (podMeta.namespace !== meta.namespace || !podMatches(pod, selector) || !status.podIP) continue;
    const ports: Json[] = [];
    for (const p of spec.ports as Json[]) {
      const resolved = findPort(pod, p.targetPort as number | string, p.protocol as string);
      if (resolved !== null) ports.push({ name: p.name ?? '', port: resolved, protocol: p.protocol });
    }
    const key = JSON.stringify(ports);
    if (!groups.has(key)) groups.set(key, { ports: ports.length ? ports : null, endpoints: [] });
    const ready = isReady(pod);
    const nodeName = (pod.spec as Json).nodeName as string;
    groups.get(key)!.endpoints.push({
      addresses: [status.podIP],
      conditions: { ready, serving: ready, terminating: false },
      nodeName,
      targetRef: { kind: 'Pod', name: podMeta.name, namespace: podMeta.namespace, uid: podMeta.uid },
      zone: zones[nodeName],
    });
  }
  if (groups.size === 0) groups.set('', { ports: null, endpoints: [] });
  return [...groups.values()].map((g) => ({
    addressType: 'IPv4',
    apiVersion: 'discovery.k8s.io/v1',
    endpoints: g.endpoints.length ? g.endpoints : null,
    kind: 'EndpointSlice',
    metadata: {
      annotations: { 'endpoints.kubernetes.io/last-change-trigger-time': ago(2) },
      creationTimestamp: meta.creationTimestamp,
      generateName: `${meta.name}-`,
      generation: 1,
      labels: { ...((meta.labels as Json) ?? {}), 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io', 'kubernetes.io/service-name': meta.name },
      name: `${meta.name}-${alnum(5)}`,
      namespace: meta.namespace,
      ownerReferences: [{ apiVersion: 'v1', blockOwnerDeletion: true, controller: true, kind: 'Service', name: meta.name, uid: meta.uid }],
      resourceVersion: rv(),
      uid: uid(),
    },
    ports: g.ports,
  }));
}

/** The `kubernetes` Service's slice, which the API server (not the controller) maintains. */
export function apiServerSlice(svc: Json, addresses: string[]): Json {
  const meta = svc.metadata as Json;
  return {
    addressType: 'IPv4',
    apiVersion: 'discovery.k8s.io/v1',
    endpoints: addresses.map((a) => ({ addresses: [a], conditions: { ready: true } })),
    kind: 'EndpointSlice',
    metadata: { creationTimestamp: meta.creationTimestamp, generation: 1, labels: { 'kubernetes.io/service-name': 'kubernetes' }, name: 'kubernetes', namespace: 'default', resourceVersion: rv(), uid: uid() },
    ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
  };
}

export interface IngressSpec {
  namespace: string;
  name: string;
  host: string;
  tlsSecret?: string;
  paths: { path: string; service: string; port: number | string }[];
  annotations?: Record<string, string>;
  /** Minutes since creation (default 10 days): the oldest Ingress keeps a duplicate host and path. */
  ageMinutes?: number;
}

export function ingress(s: IngressSpec, minutes: number, address: string): Json {
  const created = ago(minutes);
  const spec = {
    ingressClassName: 'nginx',
    rules: [
      {
        host: s.host,
        http: {
          paths: s.paths.map((p) => ({
            backend: { service: { name: p.service, port: typeof p.port === 'number' ? { number: p.port } : { name: p.port } } },
            path: p.path,
            pathType: 'Prefix',
          })),
        },
      },
    ],
    ...(s.tlsSecret ? { tls: [{ hosts: [s.host], secretName: s.tlsSecret }] } : {}),
  };
  const lastApplied = JSON.stringify({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { annotations: s.annotations ?? {}, name: s.name, namespace: s.namespace }, spec });
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      annotations: { ...(s.annotations ?? {}), 'kubectl.kubernetes.io/last-applied-configuration': `${lastApplied}\n` },
      creationTimestamp: created,
      generation: 1,
      managedFields: [
        { apiVersion: 'networking.k8s.io/v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:spec': { 'f:ingressClassName': {}, 'f:rules': {} } }, manager: 'kubectl-client-side-apply', operation: 'Update', time: created },
        { apiVersion: 'networking.k8s.io/v1', fieldsType: 'FieldsV1', fieldsV1: { 'f:status': { 'f:loadBalancer': { 'f:ingress': {} } } }, manager: 'nginx-ingress-controller', operation: 'Update', subresource: 'status', time: created },
      ],
      name: s.name,
      namespace: s.namespace,
      resourceVersion: rv(),
      uid: uid(),
    },
    spec,
    status: { loadBalancer: { ingress: [{ ip: address }] } },
  };
}

export function ingressClass(minutes: number): Json {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: {
      annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' },
      creationTimestamp: ago(minutes),
      generation: 1,
      labels: { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/part-of': 'ingress-nginx', 'app.kubernetes.io/version': '1.13.3' },
      name: 'nginx',
      resourceVersion: rv(),
      uid: uid(),
    },
    spec: { controller: 'k8s.io/ingress-nginx' },
  };
}

export function kubeProxyConfigMap(minutes: number): Json {
  const config = [
    'apiVersion: kubeproxy.config.k8s.io/v1alpha1',
    'bindAddress: 0.0.0.0',
    'clientConnection:',
    '  kubeconfig: /var/lib/kube-proxy/kubeconfig.conf',
    'clusterCIDR: 10.244.0.0/16',
    'conntrack:',
    '  maxPerCore: null',
    'iptables:',
    '  masqueradeAll: false',
    '  minSyncPeriod: 1s',
    '  syncPeriod: 30s',
    'kind: KubeProxyConfiguration',
    'metricsBindAddress: 127.0.0.1:10249',
    'mode: iptables',
    '',
  ].join('\n');
  const kubeconfig = ['apiVersion: v1', 'kind: Config', 'clusters:', '- cluster:', '    certificate-authority: /var/run/secrets/kubernetes.io/serviceaccount/ca.crt', '    server: https://10.0.0.10:6443', '  name: default', ''].join('\n');
  return {
    apiVersion: 'v1',
    data: { 'config.conf': config, 'kubeconfig.conf': kubeconfig },
    kind: 'ConfigMap',
    metadata: { annotations: { 'kubeadm.kubernetes.io/component-config.hash': `sha256:${'ab12'.repeat(16)}` }, creationTimestamp: ago(minutes), labels: { app: 'kube-proxy' }, name: 'kube-proxy', namespace: 'kube-system', resourceVersion: rv(), uid: uid() },
  };
}
