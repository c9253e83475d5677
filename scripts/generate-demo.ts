// Writes demo/cluster.json: a realistic `kubectl get ... -A -o json` dump of a small cluster where
// some request paths are healthy and some show the classic failures. Deterministic (seeded).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Json, type NodeInfo, NOW, namespace, node } from './demo/kube';
import { apiServerSlice, ingress, ingressClass, kubeProxyConfigMap, service, slicesFor, type IngressSpec, type ServiceSpec } from './demo/network';
import { gateway, gatewayClass, httpRoute, type RouteSpec } from './demo/gateway';
import { demoMetrics } from './demo/metrics';
import { tlsSecret } from './demo/secrets';
import { networkPolicy, type PolicySpec } from './demo/netpol';
import { workloadObject } from './demo/workloads';
import { execProbe, httpProbe, podsOf, tcpProbe, type ContainerSpec, type PodState, type Workload } from './demo/pods';

const DAY = 60 * 24;
const NODES: NodeInfo[] = [
  { name: 'node-a', zone: 'eu-west-1a', internalIP: '10.0.1.11', podCIDR: '10.244.1.0/24' },
  { name: 'node-b', zone: 'eu-west-1b', internalIP: '10.0.2.12', podCIDR: '10.244.2.0/24' },
  { name: 'node-c', zone: 'eu-west-1c', internalIP: '10.0.3.13', podCIDR: '10.244.3.0/24' },
];
const LB_IP = '203.0.113.10';

const ready = (n: number): PodState[] => Array.from({ length: n }, () => ({ kind: 'ready' }));
const web = (name: string, image: string, port: number, portName = 'http', probePath = '/healthz'): ContainerSpec => ({
  name,
  image,
  ports: [{ name: portName, containerPort: port }],
  readiness: httpProbe(probePath, portName),
  // Liveness only asks whether the process answers; readiness asks whether it can serve.
  liveness: tcpProbe(portName, { initialDelaySeconds: 10 }),
  // Endpoint removal reaches ingress-nginx and kube-proxy a few seconds after SIGTERM would.
  preStop: { sleep: { seconds: 5 } },
  limits: { memory: '512Mi' },
  requests: { cpu: '100m', memory: '256Mi' },
  env: [
    { name: 'LOG_LEVEL', value: 'info' },
    { name: 'DATABASE_PASSWORD', valueFrom: { secretKeyRef: { key: 'password', name: `${name}-db` } } },
  ],
});

const WORKLOADS: Workload[] = [
  {
    namespace: 'ingress-nginx',
    name: 'ingress-nginx-controller',
    controller: 'Deployment',
    labels: { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' },
    containers: [
      {
        name: 'controller',
        image: 'registry.k8s.io/ingress-nginx/controller:v1.13.3',
        args: ['/nginx-ingress-controller', '--publish-service=$(POD_NAMESPACE)/ingress-nginx-controller', '--election-id=ingress-nginx-leader', '--controller-class=k8s.io/ingress-nginx', '--ingress-class=nginx'],
        ports: [
          { name: 'http', containerPort: 80 },
          { name: 'https', containerPort: 443 },
          { name: 'webhook', containerPort: 8443 },
        ],
        readiness: httpProbe('/healthz', 10254),
        liveness: httpProbe('/healthz', 10254, { failureThreshold: 5, initialDelaySeconds: 10 }),
        requests: { cpu: '100m', memory: '90Mi' },
        env: [{ name: 'POD_NAMESPACE', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } } }],
      },
    ],
    states: ready(2),
    ageMinutes: 30 * DAY,
  },
  {
    namespace: 'kube-system',
    name: 'coredns',
    controller: 'Deployment',
    labels: { 'k8s-app': 'kube-dns' },
    containers: [
      {
        name: 'coredns',
        image: 'registry.k8s.io/coredns/coredns:v1.12.1',
        args: ['-conf', '/etc/coredns/Corefile'],
        ports: [
          { name: 'dns', containerPort: 53, protocol: 'UDP' },
          { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
          { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
        ],
        readiness: httpProbe('/ready', 8181),
        liveness: httpProbe('/health', 8080, { failureThreshold: 5, initialDelaySeconds: 60, timeoutSeconds: 5 }),
        limits: { memory: '170Mi' },
        requests: { cpu: '100m', memory: '70Mi' },
      },
    ],
    // Injected: one CoreDNS replica is OOM-killed in a loop (the cluster DNS is degraded).
    states: [{ kind: 'ready' }, { kind: 'crashloop-oom', restarts: 9 }],
    ageMinutes: 40 * DAY,
  },
  {
    namespace: 'kube-system',
    name: 'kube-proxy',
    controller: 'DaemonSet',
    labels: { 'k8s-app': 'kube-proxy' },
    hostNetwork: true,
    containers: [{ name: 'kube-proxy', image: 'registry.k8s.io/kube-proxy:v1.34.2', args: ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf', '--hostname-override=$(NODE_NAME)'] }],
    states: ready(3),
    ageMinutes: 40 * DAY,
  },
  { namespace: 'shop', name: 'frontend', controller: 'Deployment', labels: { app: 'frontend' }, containers: [web('frontend', 'ghcr.io/example-shop/frontend:2.14.0', 8080)], states: ready(8), ageMinutes: 2 * DAY },
  {
    namespace: 'shop',
    name: 'cart-api',
    controller: 'Deployment',
    labels: { app: 'cart-api' },
    containers: [{ ...web('cart-api', 'ghcr.io/example-shop/cart-api:1.9.2', 8080), readiness: httpProbe('/healthz', 8080), liveness: httpProbe('/health', 8080, { initialDelaySeconds: 10 }) }],
    states: Array.from({ length: 3 }, () => ({ kind: 'probe-failing', status: 404, path: '/healthz' })),
    ageMinutes: 95,
  },
  { namespace: 'shop', name: 'catalog', controller: 'Deployment', labels: { app: 'catalog' }, containers: [web('catalog', 'ghcr.io/example-shop/catalog:3.2.1', 8080)], states: ready(2), ageMinutes: 5 * DAY },
  // Injected: no preStop, so rollouts cut requests in flight (POD-GRACEFUL-SHUTDOWN).
  { namespace: 'shop', name: 'search', controller: 'Deployment', labels: { app: 'search' }, containers: [{ ...web('search', 'ghcr.io/example-shop/search:1.3.0', 9200), preStop: undefined }], states: ready(3), ageMinutes: 4 * DAY },
  // Injected: a JVM that takes 75 s to get ready, a liveness probe that allows 40 s and no startupProbe.
  { namespace: 'shop', name: 'checkout', controller: 'Deployment', labels: { app: 'checkout' }, containers: [web('checkout', 'ghcr.io/example-shop/checkout:4.0.3', 8080)], states: ready(3), ageMinutes: 3 * DAY, startupSeconds: 75 },
  {
    namespace: 'shop',
    name: 'recommendations',
    controller: 'Deployment',
    labels: { app: 'recommendations' },
    containers: [{ ...web('recommendations', 'ghcr.io/example-shop/recommendations:0.8.0', 8080), limits: { memory: '256Mi' } }],
    states: [{ kind: 'ready' }, { kind: 'crashloop-oom', restarts: 17 }],
    ageMinutes: 6 * 60,
  },
  // Injected: one replica's readiness probe times out now and then (it flaps).
  { namespace: 'payments', name: 'payments-api', controller: 'Deployment', labels: { app: 'payments-api' }, containers: [web('payments-api', 'ghcr.io/example-pay/payments-api:5.1.0', 8080, 'web')], states: [{ kind: 'ready' }, { kind: 'probe-timeouts', count: 14 }], ageMinutes: 1 * DAY },
  {
    namespace: 'payments',
    name: 'payments-db',
    controller: 'StatefulSet',
    labels: { app: 'payments-db' },
    containers: [{ name: 'postgres', image: 'postgres:17.6', ports: [{ name: 'postgres', containerPort: 5432 }], readiness: execProbe(['pg_isready', '-U', 'postgres', '-h', '127.0.0.1']), liveness: tcpProbe(5432, { initialDelaySeconds: 30 }), limits: { memory: '2Gi' }, requests: { cpu: '250m', memory: '1Gi' } }],
    states: ready(1),
    ageMinutes: 20 * DAY,
  },
  { namespace: 'blog', name: 'wordpress', controller: 'Deployment', labels: { app: 'wordpress', tier: 'web' }, containers: [web('wordpress', 'wordpress:6.8-apache', 80, 'http', '/wp-admin/install.php')], states: ready(2), ageMinutes: 12 * DAY },
  {
    namespace: 'blog',
    name: 'mysql',
    controller: 'StatefulSet',
    labels: { app: 'mysql' },
    containers: [{ name: 'mysql', image: 'mysql:8.4', ports: [{ name: 'mysql', containerPort: 3306 }], readiness: execProbe(['mysqladmin', 'ping', '-h', '127.0.0.1']), liveness: tcpProbe(3306, { initialDelaySeconds: 30 }), limits: { memory: '1Gi' } }],
    states: ready(1),
    ageMinutes: 12 * DAY,
  },
  { namespace: 'monitoring', name: 'grafana', controller: 'Deployment', labels: { 'app.kubernetes.io/name': 'grafana' }, containers: [web('grafana', 'grafana/grafana:12.2.0', 3000, 'grafana', '/api/health')], states: ready(2), ageMinutes: 9 * DAY },
  { namespace: 'monitoring', name: 'alertmanager', controller: 'StatefulSet', labels: { 'app.kubernetes.io/name': 'alertmanager' }, containers: [web('alertmanager', 'quay.io/prometheus/alertmanager:v0.28.1', 9093, 'web', '/-/ready')], states: ready(2), ageMinutes: 9 * DAY },
  { namespace: 'monitoring', name: 'prometheus', controller: 'StatefulSet', labels: { 'app.kubernetes.io/name': 'prometheus' }, containers: [web('prometheus', 'quay.io/prometheus/prometheus:v3.6.0', 9090, 'web', '/-/ready')], states: ready(1), ageMinutes: 9 * DAY },
  { namespace: 'reviews', name: 'reviews', controller: 'Deployment', labels: { app: 'reviews' }, containers: [web('reviews', 'ghcr.io/example-shop/reviews:2.0.1', 8080)], states: ready(2), ageMinutes: 3 * DAY },
  { namespace: 'inventory', name: 'inventory', controller: 'Deployment', labels: { app: 'inventory' }, containers: [web('inventory', 'ghcr.io/example-shop/inventory:1.4.0', 8080)], states: ready(2), ageMinutes: 2 * DAY },
  {
    namespace: 'envoy-gateway-system',
    name: 'envoy-public',
    controller: 'Deployment',
    labels: { 'app.kubernetes.io/component': 'proxy', 'app.kubernetes.io/managed-by': 'envoy-gateway', 'app.kubernetes.io/name': 'envoy', 'gateway.envoyproxy.io/owning-gateway-name': 'public' },
    containers: [{ name: 'envoy', image: 'docker.io/envoyproxy/envoy:distroless-v1.35.3', ports: [{ name: 'http-10080', containerPort: 10080 }], readiness: httpProbe('/ready', 19001), preStop: { sleep: { seconds: 5 } } }],
    states: ready(2),
    ageMinutes: 20 * DAY,
  },
];

const SERVICES: ServiceSpec[] = [
  { namespace: 'default', name: 'kubernetes', selector: null, ports: [{ name: 'https', port: 443, targetPort: 6443 }], clusterIP: '10.96.0.1', labels: { component: 'apiserver', provider: 'kubernetes' } },
  {
    namespace: 'ingress-nginx',
    name: 'ingress-nginx-controller',
    type: 'LoadBalancer',
    loadBalancerIP: LB_IP,
    selector: { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' },
    ports: [
      { name: 'http', port: 80, targetPort: 'http', nodePort: 31080 },
      { name: 'https', port: 443, targetPort: 'https', nodePort: 31443 },
    ],
    clusterIP: '10.96.12.40',
  },
  { namespace: 'ingress-nginx', name: 'ingress-nginx-controller-admission', selector: { 'app.kubernetes.io/component': 'controller', 'app.kubernetes.io/instance': 'ingress-nginx', 'app.kubernetes.io/name': 'ingress-nginx' }, ports: [{ name: 'https-webhook', port: 443, targetPort: 'webhook' }], clusterIP: '10.96.12.41' },
  {
    namespace: 'kube-system',
    name: 'kube-dns',
    selector: { 'k8s-app': 'kube-dns' },
    labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/cluster-service': 'true', 'kubernetes.io/name': 'CoreDNS' },
    ports: [
      { name: 'dns', port: 53, targetPort: 53, protocol: 'UDP' },
      { name: 'dns-tcp', port: 53, targetPort: 53 },
      { name: 'metrics', port: 9153, targetPort: 9153 },
    ],
    clusterIP: '10.96.0.10',
  },
  { namespace: 'shop', name: 'frontend', selector: { app: 'frontend' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], clusterIP: '10.96.40.11' },
  { namespace: 'shop', name: 'cart-api', selector: { app: 'cart-api' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }], clusterIP: '10.96.40.12' },
  { namespace: 'shop', name: 'catalog', selector: { app: 'catalogue' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], clusterIP: '10.96.40.13' },
  { namespace: 'shop', name: 'search', selector: { app: 'search' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], clusterIP: '10.96.40.16' },
  { namespace: 'shop', name: 'checkout', selector: { app: 'checkout' }, ports: [{ name: 'http', port: 80, targetPort: 8080 }], clusterIP: '10.96.40.14' },
  { namespace: 'shop', name: 'recommendations', selector: { app: 'recommendations' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], clusterIP: '10.96.40.15' },
  { namespace: 'payments', name: 'payments-api', selector: { app: 'payments-api' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], clusterIP: '10.96.50.21' },
  { namespace: 'payments', name: 'payments-db', selector: { app: 'payments-db' }, ports: [{ name: 'postgres', port: 5432, targetPort: 5432 }], clusterIP: '', headless: true },
  { namespace: 'blog', name: 'wordpress', selector: { app: 'wordpress', tier: 'web' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], clusterIP: '10.96.60.31' },
  // Injected: internalTrafficPolicy Local on a one-replica database: clients on other nodes time out.
  { namespace: 'blog', name: 'mysql', selector: { app: 'mysql' }, ports: [{ name: 'mysql', port: 3306, targetPort: 3306 }], clusterIP: '10.96.60.32', internalTrafficPolicy: 'Local' },
  { namespace: 'monitoring', name: 'grafana', selector: { 'app.kubernetes.io/name': 'grafana' }, ports: [{ name: 'http', port: 3000, targetPort: 'grafana' }], clusterIP: '10.96.70.41' },
  { namespace: 'monitoring', name: 'alertmanager', selector: { 'app.kubernetes.io/name': 'alertmanager' }, ports: [{ name: 'web', port: 9093, targetPort: 'web' }], clusterIP: '10.96.70.43', sessionAffinity: 'ClientIP' },
  { namespace: 'monitoring', name: 'prometheus', selector: { 'app.kubernetes.io/name': 'prometheus' }, ports: [{ name: 'web', port: 9090, targetPort: 'web' }], clusterIP: '10.96.70.42' },
  { namespace: 'monitoring', name: 'alertmanager-operated', selector: { 'app.kubernetes.io/name': 'alertmanager' }, ports: [{ name: 'web', port: 9093, targetPort: 'web' }], clusterIP: '', headless: true },
  { namespace: 'monitoring', name: 'prometheus-operated', selector: { 'app.kubernetes.io/name': 'prometheus' }, ports: [{ name: 'web', port: 9090, targetPort: 'web' }], clusterIP: '', headless: true },
  { namespace: 'blog', name: 'mysql-headless', selector: { app: 'mysql' }, ports: [{ name: 'mysql', port: 3306, targetPort: 3306 }], clusterIP: '', headless: true },
  { namespace: 'reviews', name: 'reviews', selector: { app: 'reviews' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], clusterIP: '10.96.80.51' },
  { namespace: 'inventory', name: 'inventory', selector: { app: 'inventory' }, ports: [{ name: 'http', port: 80, targetPort: 'http' }], clusterIP: '10.96.80.61' },
];

/** StatefulSets' governing Services (the Prometheus Operator's `-operated` headless Services). */
const GOVERNING_SERVICE: Record<string, string> = { alertmanager: 'alertmanager-operated', prometheus: 'prometheus-operated', mysql: 'mysql-headless' };

const FROM_INGRESS_NGINX = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } };

const POLICIES: PolicySpec[] = [
  // Healthy: the blog admits the ingress controller on the container port, and MySQL only WordPress.
  {
    namespace: 'blog',
    name: 'allow-ingress-nginx',
    spec: { podSelector: { matchLabels: { app: 'wordpress' } }, ingress: [{ from: [{ ...FROM_INGRESS_NGINX, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } } }], ports: [{ port: 'http', protocol: 'TCP' }] }] },
  },
  { namespace: 'blog', name: 'mysql-from-wordpress', spec: { podSelector: { matchLabels: { app: 'mysql' } }, ingress: [{ from: [{ podSelector: { matchLabels: { app: 'wordpress' } } }], ports: [{ port: 3306, protocol: 'TCP' }] }] } },
  // Injected: default deny, and an allow for the shop frontend only: the ingress controller is blocked.
  { namespace: 'reviews', name: 'default-deny-ingress', spec: { podSelector: {}, policyTypes: ['Ingress'] } },
  {
    namespace: 'reviews',
    name: 'allow-from-frontend',
    spec: {
      podSelector: { matchLabels: { app: 'reviews' } },
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'shop' } }, podSelector: { matchLabels: { app: 'frontend' } } }], ports: [{ port: 'http', protocol: 'TCP' }] }],
    },
  },
  // Injected: the controller is admitted on the Service port (80), but the pods listen on 8080.
  { namespace: 'inventory', name: 'allow-ingress-nginx', spec: { podSelector: {}, ingress: [{ from: [FROM_INGRESS_NGINX], ports: [{ port: 80, protocol: 'TCP' }] }] } },
];

const INGRESSES: IngressSpec[] = [
  {
    namespace: 'shop',
    name: 'shop',
    host: 'shop.example.com',
    tlsSecret: 'shop-tls',
    paths: [
      { path: '/', service: 'frontend', port: 80 },
      { path: '/api/cart', service: 'cart-api', port: 'http' },
      { path: '/api/catalog', service: 'catalog', port: 80 },
      { path: '/api/checkout', service: 'checkout', port: 80 },
      { path: '/api/search', service: 'search', port: 80 },
      { path: '/api/recommendations', service: 'recommendations', port: 80 },
    ],
  },
  {
    namespace: 'payments',
    name: 'payments',
    host: 'pay.example.com',
    tlsSecret: 'pay-tls',
    paths: [
      { path: '/', service: 'payments-api', port: 80 },
      { path: '/webhooks', service: 'payments-webhooks', port: 80 },
    ],
  },
  { namespace: 'blog', name: 'blog', host: 'blog.example.com', paths: [{ path: '/', service: 'wordpress', port: 'http' }], annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '16m' } },
  { namespace: 'monitoring', name: 'grafana', host: 'grafana.example.com', tlsSecret: 'grafana-tls', paths: [{ path: '/', service: 'grafana', port: 'http' }] },
  { namespace: 'reviews', name: 'reviews', host: 'reviews.example.com', tlsSecret: 'reviews-tls', paths: [{ path: '/', service: 'reviews', port: 80 }] },
  { namespace: 'inventory', name: 'inventory', host: 'inventory.example.com', paths: [{ path: '/', service: 'inventory', port: 80 }] },
  // Injected: a newer Ingress repeats shop.example.com /api/search; ingress-nginx keeps the older one.
  { namespace: 'shop', name: 'shop-legacy', host: 'shop.example.com', paths: [{ path: '/api/search', service: 'search', port: 80 }], ageMinutes: 1 * DAY },
];

const GATEWAY_CONTROLLER = 'gateway.envoyproxy.io/gatewayclass-controller';
const PUBLIC_GATEWAY = { namespace: 'envoy-gateway-system', name: 'public' };
const ROUTES: RouteSpec[] = [
  { namespace: 'shop', name: 'storefront-v2', gateway: PUBLIC_GATEWAY, hostnames: ['www.example.com'], rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ name: 'frontend', port: 80 }] }] },
  // Injected: a route in payments sends to shop's checkout without a ReferenceGrant in shop.
  {
    namespace: 'payments',
    name: 'refunds',
    gateway: PUBLIC_GATEWAY,
    hostnames: ['pay-api.example.com'],
    rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/refunds' } }], backendRefs: [{ name: 'checkout', namespace: 'shop', port: 80 }] }],
    unresolved: 'RefNotPermitted',
  },
];

function build(): { items: Json[]; podsByName: Record<string, Json[]> } {
  const namespaces = ['default', 'kube-node-lease', 'kube-public', 'kube-system', 'ingress-nginx', 'shop', 'payments', 'blog', 'monitoring', 'reviews', 'inventory', 'envoy-gateway-system'].map((n, i) => namespace(n, 40 * DAY - i * 60));
  const nextHost = new Map(NODES.map((n) => [n.name, 10]));
  const nextIP = (n: NodeInfo) => {
    const host = nextHost.get(n.name)! + 1;
    nextHost.set(n.name, host);
    return n.podCIDR.replace(/0\/24$/, String(host));
  };
  const podsByWorkload = WORKLOADS.map((w, i) => podsOf(w, NODES, nextIP, i));
  const pods = podsByWorkload.flat();
  const workloads = WORKLOADS.flatMap((w, i) => {
    const object = workloadObject(w, podsByWorkload[i]!.map((p) => p.object), GOVERNING_SERVICE[w.name]);
    return object ? [object] : [];
  });
  const podObjects = pods.map((p) => p.object);
  const zones = Object.fromEntries(NODES.map((n) => [n.name, n.zone]));
  const services = SERVICES.map((s) => service(s, 20 * DAY));
  const slices = services.flatMap((svc) => {
    const meta = svc.metadata as Json;
    if (meta.name === 'kubernetes') return [apiServerSlice(svc, ['10.0.0.10'])];
    return (svc.spec as Json).selector ? slicesFor(svc, podObjects, zones) : [];
  });
  const podsByName = Object.fromEntries(WORKLOADS.map((w, i) => [w.name, podsByWorkload[i]!.map((p) => p.object)]));
  const items = [
    ...namespaces,
    ...NODES.map(node),
    ...workloads,
    ...podObjects,
    ...services,
    ...slices,
    ...INGRESSES.map((s) => ingress(s, s.ageMinutes ?? 10 * DAY, LB_IP)),
    gatewayClass('eg', GATEWAY_CONTROLLER, 20 * DAY),
    gateway(PUBLIC_GATEWAY.namespace, PUBLIC_GATEWAY.name, 'eg', '*.example.com', '203.0.113.20', 20 * DAY),
    ...ROUTES.map((r) => httpRoute(r, GATEWAY_CONTROLLER, 5 * DAY)),
    ingressClass(30 * DAY),
    ...POLICIES.map((p) => networkPolicy(p, 2 * DAY)),
    // The TLS Secrets of the Ingresses (fake values; Hopscope keeps only names, types and key names),
    // except reviews-tls: injected, missing.
    ...[['shop', 'shop-tls'], ['payments', 'pay-tls'], ['monitoring', 'grafana-tls']].map(([ns, name]) => tlsSecret(ns!, name!, 10 * DAY)),
    ...pods.flatMap((p) => p.events),
    kubeProxyConfigMap(40 * DAY),
  ];
  return { items, podsByName };
}

const out = join(import.meta.dirname, '..', 'demo', 'cluster.json');
const { items, podsByName } = build();
writeFileSync(out, `${JSON.stringify({ apiVersion: 'v1', items, kind: 'List', metadata: { resourceVersion: '' } }, null, 4)}\n`);
writeFileSync(join(import.meta.dirname, '..', 'demo', 'metrics.json'), `${JSON.stringify(demoMetrics(Math.floor(NOW / 1000), podsByName), null, 2)}\n`);
const counts = new Map<string, number>();
for (const item of items) counts.set(String(item.kind), (counts.get(String(item.kind)) ?? 0) + 1);
console.log(`wrote ${out}: ${[...counts].map(([k, n]) => `${n} ${k}`).join(', ')}`);
