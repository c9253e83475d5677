// Random watch events over a small cluster where everything can meet everything: two app
// namespaces, an ingress controller, DNS and kube-proxy, and for every kind the analysis reads a
// handful of names and shapes, so adds, changes and deletes keep landing on the same objects.
import fc from 'fast-check';
import type { Kind } from '../k8s/types';
import { NAMESPACES, POD_NAMES, SERVICES, NODES, ns, app, uidOf, podArb, pod, type Of } from './random-pods';

type Json = Record<string, unknown>;

export type WatchEvent = { type: 'upsert'; object: Json } | { type: 'delete'; kind: Kind; namespace: string | undefined; name: string };

const serviceArb = fc.record({
  namespace: fc.constantFrom(...NAMESPACES, ...NAMESPACES, 'kube-system'),
  name: fc.constantFrom('web', 'web', 'api', 'api', 'db', 'kube-dns'),
  selector: fc.constantFrom<Record<string, string> | null | 'own'>('own', 'own', 'own', 'own', 'own', { app: 'web' }, { app: 'webx' }, { app: 'web', tier: 'backend' }, null),
  targetPort: fc.constantFrom<string | number>('http', 'web', 8080, 9090),
  protocol: fc.constantFrom('TCP', 'TCP', 'UDP'),
  type: fc.constantFrom('ClusterIP', 'ClusterIP', 'ClusterIP', 'NodePort', 'ExternalName'),
  headless: fc.constantFrom(false, false, true),
  itpLocal: fc.constantFrom(false, false, true),
  etpLocal: fc.boolean(),
  affinity: fc.constantFrom(false, false, true),
  publishNotReady: fc.constantFrom(false, false, true),
  generation: fc.integer({ min: 0, max: 1 }),
});

function service(s: Of<typeof serviceArb>): Json {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: s.name, namespace: s.namespace, uid: uidOf('Service', s.namespace, s.name, s.generation) },
    spec: {
      type: s.type,
      clusterIP: s.headless ? 'None' : '10.96.0.10',
      ...(s.type === 'ExternalName' ? { externalName: 'db.example.com' } : {}),
      ...(s.selector === 'own' ? { selector: s.name === 'kube-dns' ? { 'k8s-app': 'kube-dns' } : { app: s.name } } : s.selector ? { selector: s.selector } : {}),
      ports: [{ name: 'http', port: 80, targetPort: s.targetPort, protocol: s.protocol }],
      ...(s.itpLocal ? { internalTrafficPolicy: 'Local' } : {}),
      ...(s.etpLocal ? { externalTrafficPolicy: 'Local' } : {}),
      ...(s.affinity ? { sessionAffinity: 'ClientIP' } : {}),
      ...(s.publishNotReady ? { publishNotReadyAddresses: true } : {}),
    },
  };
}

const sliceArb = fc.record({
  namespace: ns,
  service: fc.constantFrom(...SERVICES),
  suffix: fc.constantFrom('a', 'b'),
  endpoints: fc.array(fc.record({ pod: fc.constantFrom(...POD_NAMES), generation: fc.constantFrom(0, 0, 0, 1), ready: fc.boolean(), terminating: fc.boolean(), node: fc.constantFrom(...NODES) }), { maxLength: 3 }),
  portName: fc.constantFrom('http', 'other'),
});

function slice(s: Of<typeof sliceArb>): Json {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: `${s.service}-${s.suffix}`, namespace: s.namespace, labels: { 'kubernetes.io/service-name': s.service } },
    addressType: 'IPv4',
    endpoints: s.endpoints.length
      ? s.endpoints.map((e, i) => ({
          addresses: [`10.244.9.${i + 1}`],
          conditions: { ready: e.ready && !e.terminating, serving: e.ready, terminating: e.terminating },
          nodeName: e.node,
          targetRef: { kind: 'Pod', namespace: s.namespace, name: e.pod, uid: uidOf('Pod', s.namespace, e.pod, e.generation) },
        }))
      : null,
    ports: s.endpoints.length ? [{ name: s.portName, port: 8080, protocol: 'TCP' }] : null,
  };
}

const ingressArb = fc.record({
  namespace: ns,
  name: fc.constantFrom('front', 'back'),
  host: fc.constantFrom('shop.example.com', 'blog.example.com'),
  paths: fc.array(fc.record({ path: fc.constantFrom('/', '/api'), service: fc.constantFrom('web', 'web', 'api', 'api', 'db', 'gone'), port: fc.constantFrom<string | number>('http', 'http', 80, 80, 8080, 'nope') }), { minLength: 1, maxLength: 2 }),
  className: fc.constantFrom<string | undefined>('nginx', 'nginx', undefined, 'other'),
  tls: fc.boolean(),
  regex: fc.boolean(),
  created: fc.constantFrom('2026-11-20T10:00:00Z', '2026-11-20T11:59:00Z'),
  address: fc.boolean(),
});

function ingress(i: Of<typeof ingressArb>): Json {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: i.name, namespace: i.namespace, uid: uidOf('Ingress', i.namespace, i.name, 0), creationTimestamp: i.created, annotations: i.regex ? { 'nginx.ingress.kubernetes.io/use-regex': 'true' } : {} },
    spec: {
      ...(i.className ? { ingressClassName: i.className } : {}),
      ...(i.tls ? { tls: [{ hosts: [i.host], secretName: 'tls' }] } : {}),
      rules: [{ host: i.host, http: { paths: i.paths.map((p) => ({ path: p.path, pathType: 'Prefix', backend: { service: { name: p.service, port: typeof p.port === 'number' ? { number: p.port } : { name: p.port } } } })) } }],
    },
    status: { loadBalancer: { ingress: i.address ? [{ ip: '203.0.113.1' }] : [] } },
  };
}

const policyArb = fc.record({
  namespace: ns,
  name: fc.constantFrom('deny', 'allow-nginx', 'allow-peers'),
  podSelector: fc.constantFrom<Json>({}, { matchLabels: { app: 'web' } }, { matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend'] }] }),
  types: fc.constantFrom<string[]>(['Ingress'], ['Ingress', 'Egress'], ['Egress']),
  from: fc.constantFrom<Json[] | null>(
    null,
    [],
    [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }],
    [{ podSelector: { matchLabels: { app: 'api' } } }],
    [{ namespaceSelector: { matchLabels: { team: 'ops' } }, podSelector: { matchLabels: { app: 'web' } } }],
    [{ ipBlock: { cidr: '10.244.0.0/16' } }],
  ),
  port: fc.constantFrom<string | number | null>(null, 'http', 8080, 80),
  dnsEgress: fc.boolean(),
});

function policy(p: Of<typeof policyArb>): Json {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: p.name, namespace: p.namespace },
    spec: {
      podSelector: p.podSelector,
      policyTypes: p.types,
      ...(p.from ? { ingress: [{ from: p.from, ...(p.port === null ? {} : { ports: [{ port: p.port }] }) }] } : {}),
      ...(p.types.includes('Egress') ? { egress: p.dnsEgress ? [{ to: [{ namespaceSelector: {}, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }] }] : [] } : {}),
    },
  };
}

const routeArb = fc.record({
  namespace: ns,
  name: fc.constantFrom('route-a', 'route-b'),
  hostname: fc.constantFrom('shop.example.com', 'other.test'),
  backend: fc.record({ namespace: fc.option(ns, { nil: undefined }), name: fc.constantFrom(...SERVICES, 'gone'), port: fc.constantFrom(80, 8080) }),
  parent: fc.constantFrom('gw', 'nogw'),
  accepted: fc.boolean(),
});

function route(r: Of<typeof routeArb>): Json {
  return {
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'HTTPRoute',
    metadata: { name: r.name, namespace: r.namespace, creationTimestamp: '2026-11-20T10:00:00Z' },
    spec: { parentRefs: [{ name: r.parent, namespace: 'shop' }], hostnames: [r.hostname], rules: [{ backendRefs: [{ name: r.backend.name, namespace: r.backend.namespace, port: r.backend.port }] }] },
    status: { parents: [{ parentRef: { name: r.parent, namespace: 'shop' }, conditions: [{ type: 'Accepted', status: r.accepted ? 'True' : 'False', reason: 'NotAllowedByListeners' }] }] },
  };
}

const gatewayArb = fc.record({ hostname: fc.constantFrom('*.example.com', 'shop.example.com'), from: fc.constantFrom('All', 'Same'), programmed: fc.boolean(), className: fc.constantFrom('eg', 'missing') });
const gateway = (g: Of<typeof gatewayArb>): Json => ({
  apiVersion: 'gateway.networking.k8s.io/v1',
  kind: 'Gateway',
  metadata: { name: 'gw', namespace: 'shop' },
  spec: { gatewayClassName: g.className, listeners: [{ name: 'http', port: 80, protocol: 'HTTP', hostname: g.hostname, allowedRoutes: { namespaces: { from: g.from } } }] },
  status: { conditions: [{ type: 'Programmed', status: g.programmed ? 'True' : 'False' }, { type: 'Accepted', status: 'True' }] },
});

const workloadArb = fc.record({
  kind: fc.constantFrom('Deployment', 'StatefulSet', 'DaemonSet', 'ReplicaSet', 'Job', 'CronJob'),
  namespace: ns,
  name: fc.constantFrom('web', 'api'),
  app,
  replicas: fc.integer({ min: 0, max: 3 }),
  ready: fc.integer({ min: 0, max: 3 }),
  serviceName: fc.constantFrom(undefined, 'web', 'db'),
  replicaFailure: fc.boolean(),
});
const workload = (w: Of<typeof workloadArb>): Json => {
  const template = { metadata: { labels: { app: w.app, tier: 'backend' } } };
  const failure = { type: 'ReplicaFailure', status: 'True', reason: 'FailedCreate', message: 'pods "x" is forbidden: error looking up service account shop/web: serviceaccount "web" not found' };
  return {
    apiVersion: w.kind === 'Job' || w.kind === 'CronJob' ? 'batch/v1' : 'apps/v1',
    kind: w.kind,
    metadata: { name: w.name, namespace: w.namespace },
    spec: {
      replicas: w.replicas,
      selector: { matchLabels: { app: w.app } },
      ...(w.kind === 'CronJob' ? { jobTemplate: { spec: { template } } } : { template }),
      ...(w.serviceName ? { serviceName: w.serviceName } : {}),
    },
    status: { replicas: w.replicas, readyReplicas: w.ready, ...(w.replicaFailure ? { conditions: [failure] } : {}) },
  };
};

/** v1 Endpoints of older dumps, read as EndpointSlices while the input has none. */
const endpointsArb = fc.record({ namespace: ns, service: fc.constantFrom(...SERVICES), pods: fc.subarray([...POD_NAMES], { maxLength: 2 }), ready: fc.boolean(), subsets: fc.constantFrom(0, 1, 2) });
const endpoints = (e: Of<typeof endpointsArb>): Json => ({
  apiVersion: 'v1',
  kind: 'Endpoints',
  metadata: { name: e.service, namespace: e.namespace },
  subsets: Array.from({ length: e.subsets }, (_, i) => ({
    [e.ready ? 'addresses' : 'notReadyAddresses']: e.pods.map((pod, n) => ({ ip: `10.244.8.${n + 1}`, nodeName: 'node-a', targetRef: { kind: 'Pod', namespace: e.namespace, name: pod, uid: uidOf('Pod', e.namespace, pod, 0) } })),
    ports: [{ name: i === 0 ? 'http' : 'other', port: 8080, protocol: 'TCP' }],
  })),
});

const eventArb = fc.record({
  namespace: ns,
  pod: fc.constantFrom(...POD_NAMES),
  generation: fc.constantFrom(0, 0, 0, 1),
  id: fc.constantFrom('a', 'b'),
  status: fc.constantFrom(404, 503),
  kind: fc.constantFrom('http', 'http', 'refused', 'mount', 'timeout', 'named', 'killed'),
});
const EVENT_MESSAGES: Record<string, (status: number) => string> = {
  http: (status) => `Readiness probe failed: HTTP probe failed with statuscode: ${status}`,
  refused: () => 'Readiness probe failed: Get "http://10.0.0.1:8080/": dial tcp 10.0.0.1:8080: connect: connection refused',
  mount: () => 'MountVolume.SetUp failed for volume "config"',
  timeout: () => 'Liveness probe failed: Get "http://10.0.0.1:8080/": context deadline exceeded',
  named: () => 'Readiness probe errored and resulted in unknown state: strconv.Atoi: parsing "health": invalid syntax',
  killed: () => 'Container app failed liveness probe, will be restarted',
};
const event = (e: Of<typeof eventArb>): Json => ({
  apiVersion: 'v1',
  kind: 'Event',
  metadata: { name: `${e.pod}.${e.id}`, namespace: e.namespace },
  involvedObject: { kind: 'Pod', namespace: e.namespace, name: e.pod, uid: uidOf('Pod', e.namespace, e.pod, e.generation), fieldPath: 'spec.containers{app}' },
  reason: e.kind === 'mount' ? 'FailedMount' : e.kind === 'killed' ? 'Killing' : 'Unhealthy',
  message: EVENT_MESSAGES[e.kind]!(e.status),
  count: 3,
  lastTimestamp: '2026-11-20T10:05:00Z',
});

const clusterObjects: fc.Arbitrary<Json>[] = [
  fc.record({ name: fc.constantFrom(...NAMESPACES, 'ingress-nginx', 'kube-system'), team: fc.constantFrom(undefined, 'ops') }).map(({ name, team }) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name, ...(team ? { team } : {}) } } })),
  fc.constantFrom(...NODES).map((name) => ({ apiVersion: 'v1', kind: 'Node', metadata: { name } })),
  fc.record({ isDefault: fc.boolean(), controller: fc.constantFrom('k8s.io/ingress-nginx', 'k8s.io/ingress-nginx', 'k8s.io/ingress-nginx', 'example.com/unknown') }).map(({ isDefault, controller }) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx', annotations: isDefault ? { 'ingressclass.kubernetes.io/is-default-class': 'true' } : {} }, spec: { controller } })),
  fc.boolean().map((accepted) => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', metadata: { name: 'eg' }, spec: { controllerName: 'gateway.envoyproxy.io/gatewayclass-controller' }, status: { conditions: [{ type: 'Accepted', status: accepted ? 'True' : 'False' }] } })),
  gatewayArb.map(gateway),
  ns.map((namespace) => ({ apiVersion: 'gateway.networking.k8s.io/v1beta1', kind: 'ReferenceGrant', metadata: { name: 'grant', namespace }, spec: { from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: namespace === 'shop' ? 'blog' : 'shop' }], to: [{ group: '', kind: 'Service' }] } })),
  fc.record({ namespace: ns, type: fc.constantFrom('kubernetes.io/tls', 'Opaque') }).map(({ namespace, type }) => ({ apiVersion: 'v1', kind: 'Secret', type, metadata: { name: 'tls', namespace }, data: { 'tls.crt': 'x', 'tls.key': 'y' } })),
  fc.constantFrom('iptables', 'ipvs').map((mode) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-proxy', namespace: 'kube-system' }, data: { 'config.conf': `mode: ${mode}` } })),
];

/** The ingress controller's pods, which NetworkPolicy verdicts start from. */
const controllerArb = podArb.map((p) => pod({ ...p, namespace: 'ingress-nginx', name: p.name, phase: 'Running', ip: p.ip ?? 9 }));

const objectArb: fc.Arbitrary<Json> = fc.oneof(
  { weight: 8, arbitrary: podArb.map(pod) },
  { weight: 1, arbitrary: controllerArb },
  { weight: 3, arbitrary: serviceArb.map(service) },
  { weight: 3, arbitrary: sliceArb.map(slice) },
  { weight: 2, arbitrary: ingressArb.map(ingress) },
  { weight: 2, arbitrary: policyArb.map(policy) },
  { weight: 2, arbitrary: routeArb.map(route) },
  { weight: 2, arbitrary: workloadArb.map(workload) },
  { weight: 3, arbitrary: eventArb.map(event) },
  ...clusterObjects.map((arbitrary, i) => ({ weight: i === 2 ? 2 : 1, arbitrary })),
);

/** An upsert of any object of the universe, or a delete of one of its names (Endpoints are never kept, only read as slices). */
export const watchEventArb: fc.Arbitrary<WatchEvent> = fc.oneof(
  { weight: 4, arbitrary: objectArb.map((object): WatchEvent => ({ type: 'upsert', object })) },
  { weight: 1, arbitrary: endpointsArb.map((e): WatchEvent => ({ type: 'upsert', object: endpoints(e) })) },
  {
    weight: 1,
    arbitrary: objectArb.map((object): WatchEvent => {
      const meta = object.metadata as { namespace?: string; name: string };
      return { type: 'delete', kind: object.kind as Kind, namespace: meta.namespace, name: meta.name };
    }),
  },
);

const initialObjectsArb = fc.array(fc.oneof({ weight: 12, arbitrary: objectArb }, { weight: 1, arbitrary: endpointsArb.map(endpoints) }), { minLength: 0, maxLength: 60 });

const APP_POD: Of<typeof podArb> = {
  namespace: 'shop',
  name: 'web-1',
  app: 'web',
  tier: 'backend',
  generation: 0,
  ready: true,
  phase: 'Running',
  gate: false,
  ip: 1,
  node: 'node-a',
  waiting: undefined,
  oom: false,
  restarts: 0,
  terminating: false,
  ndots: false,
  hostNetwork: false,
  system: 'dns',
  startup: 20,
  container: { portName: 'http', port: 8080, protocol: 'TCP', probe: 'same-port', liveness: true, preStop: true },
};
const APP_SERVICE: Of<typeof serviceArb> = { namespace: 'shop', name: 'web', selector: 'own', targetPort: 'http', protocol: 'TCP', type: 'ClusterIP', headless: false, itpLocal: false, etpLocal: false, affinity: false, publishNotReady: false, generation: 0 };

/** A healthy cluster with a path through every hop kind, which random events then break and mend. */
export const BASE_CLUSTER: readonly Json[] = [
  ...(['shop', 'blog', 'ingress-nginx', 'kube-system'] as const).map((name) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name } } })),
  ...NODES.map((name) => ({ apiVersion: 'v1', kind: 'Node', metadata: { name } })),
  { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: { name: 'nginx', annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } }, spec: { controller: 'k8s.io/ingress-nginx' } },
  pod({ ...APP_POD, namespace: 'ingress-nginx', name: 'web-1', ip: 5, container: { ...APP_POD.container, portName: 'http', port: 80 } }),
  pod({ ...APP_POD, namespace: 'kube-system', name: 'web-1', system: 'dns', ip: 3, container: { ...APP_POD.container, portName: 'dns', port: 53, protocol: 'UDP' } }),
  pod({ ...APP_POD, namespace: 'kube-system', name: 'web-2', system: 'proxy', ip: 4, hostNetwork: true }),
  service({ ...APP_SERVICE, namespace: 'kube-system', name: 'kube-dns', targetPort: 53, protocol: 'UDP' }),
  ...NAMESPACES.flatMap((namespace) => [
    pod({ ...APP_POD, namespace, name: 'web-1' }),
    pod({ ...APP_POD, namespace, name: 'web-2', ip: 2, node: 'node-b' }),
    pod({ ...APP_POD, namespace, name: 'api-1', app: 'api', ip: 3, container: { ...APP_POD.container, portName: 'web', port: 9090 } }),
    service({ ...APP_SERVICE, namespace }),
    service({ ...APP_SERVICE, namespace, name: 'api', targetPort: 9090 }),
    slice({ namespace, service: 'web', suffix: 'a', endpoints: [{ pod: 'web-1', generation: 0, ready: true, terminating: false, node: 'node-a' }, { pod: 'web-2', generation: 0, ready: true, terminating: false, node: 'node-b' }], portName: 'http' }),
    slice({ namespace, service: 'api', suffix: 'a', endpoints: [{ pod: 'api-1', generation: 0, ready: true, terminating: false, node: 'node-a' }], portName: 'http' }),
    ingress({ namespace, name: 'front', host: `${namespace}.example.com`, paths: [{ path: '/', service: 'web', port: 'http' }, { path: '/api', service: 'api', port: 80 }], className: 'nginx', tls: false, regex: false, created: '2026-11-20T10:00:00Z', address: true }),
    policy({ namespace, name: 'deny', podSelector: {}, types: ['Ingress'], from: null, port: null, dnsEgress: false }),
    policy({ namespace, name: 'allow-nginx', podSelector: { matchLabels: { app: 'web' } }, types: ['Ingress'], from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }], port: 'http', dnsEgress: false }),
  ]),
  { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', metadata: { name: 'eg' }, spec: { controllerName: 'gateway.envoyproxy.io/gatewayclass-controller' }, status: { conditions: [{ type: 'Accepted', status: 'True' }] } },
  gateway({ hostname: '*.example.com', from: 'All', programmed: true, className: 'eg' }),
  route({ namespace: 'blog', name: 'route-a', hostname: 'shop.example.com', backend: { namespace: undefined, name: 'web', port: 80 }, parent: 'gw', accepted: true }),
];

/** The objects a run starts from: the base cluster or nothing, then random objects. */
export const startArb = fc.tuple(fc.boolean(), initialObjectsArb).map(([base, objects]) => [...(base ? BASE_CLUSTER : []), ...objects]);
