// The multi-tenant shape of `npm run bench`: many small namespaces, each a team's slice of the
// cluster, with the objects such clusters carry and shared/bench/gen_cluster.py does not:
//
// - tenant namespaces of 60 Services (180 pods), labelled with their team and environment;
// - per Service: a Deployment, 3 pods of its ReplicaSet, the EndpointSlice, an Ingress of its own
//   (every second one with TLS and its Secret), every fifth also an HTTPRoute on a shared Gateway;
// - per namespace 7 NetworkPolicies with pod and namespace selectors: default deny, the ingress
//   controller, the Gateway's Envoy, same namespace, DNS egress, monitoring, frontend -> backend;
// - ingress-nginx, Envoy Gateway, CoreDNS, kube-proxy and monitoring as a real cluster has them;
// - about 2% broken selectors, 2% unready pods (with their probe Events), 1% Ingress backends that
//   name a missing Service.
//
// Objects are about as large as `kubectl get -o json` prints them (managedFields, env, full status),
// so reading and parsing them costs what it costs on a real dump.
import { realisticPod } from '../synthetic';

const SERVICES_PER_NAMESPACE = 60;
const PODS_PER_SERVICE = 3;
const PODS_PER_NODE = 30;

/** mulberry32: a small seeded generator, so a shape is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const meta = (name: string, namespace: string | undefined, extra: Record<string, unknown> = {}) => ({ name, ...(namespace ? { namespace } : {}), uid: `${namespace ?? 'cluster'}-${name}`, creationTimestamp: '2026-11-20T10:00:00Z', ...extra });
const namespace = (name: string, labels: Record<string, string> = {}) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: meta(name, undefined, { labels: { 'kubernetes.io/metadata.name': name, ...labels } }) });
const byName = (name: string) => ({ matchLabels: { 'kubernetes.io/metadata.name': name } });

function ip(n: number): string {
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

function policies(ns: string): Record<string, unknown>[] {
  const policy = (name: string, spec: Record<string, unknown>) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: meta(name, ns), spec });
  return [
    policy('default-deny', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }),
    policy('allow-ingress-nginx', { podSelector: { matchLabels: { tier: 'backend' } }, ingress: [{ from: [{ namespaceSelector: byName('ingress-nginx'), podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } } }], ports: [{ port: 'http' }] }] }),
    policy('allow-gateway', { podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend', 'frontend'] }] }, ingress: [{ from: [{ namespaceSelector: byName('envoy-gateway-system') }], ports: [{ port: 8080 }] }] }),
    policy('allow-same-namespace', { podSelector: {}, ingress: [{ from: [{ podSelector: {} }] }] }),
    policy('allow-dns', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: byName('kube-system'), podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }], ports: [{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }] }, { to: [{ podSelector: {} }] }] }),
    policy('allow-monitoring', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { team: 'monitoring' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'prometheus' } } }], ports: [{ port: 'metrics' }] }] }),
    policy('allow-frontend', { podSelector: { matchLabels: { tier: 'backend' } }, ingress: [{ from: [{ podSelector: { matchLabels: { tier: 'frontend' } } }] }] }),
  ];
}

function system(pods: number): Record<string, unknown>[] {
  const nodes = Math.max(3, Math.ceil(pods / PODS_PER_NODE));
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < nodes; i++) out.push({ apiVersion: 'v1', kind: 'Node', metadata: meta(`node-${i}`, undefined, { labels: { 'kubernetes.io/hostname': `node-${i}` } }), status: { conditions: [{ type: 'Ready', status: 'True' }] } });
  out.push(namespace('kube-system'), namespace('ingress-nginx'), namespace('envoy-gateway-system'), namespace('monitoring', { team: 'monitoring' }));
  out.push({ apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', metadata: meta('nginx', undefined, { annotations: { 'ingressclass.kubernetes.io/is-default-class': 'true' } }), spec: { controller: 'k8s.io/ingress-nginx' } });
  out.push({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', metadata: meta('eg', undefined), spec: { controllerName: 'gateway.envoyproxy.io/gatewayclass-controller' }, status: { conditions: [{ type: 'Accepted', status: 'True' }] } });
  out.push({
    apiVersion: 'gateway.networking.k8s.io/v1',
    kind: 'Gateway',
    metadata: meta('shared', 'envoy-gateway-system'),
    spec: { gatewayClassName: 'eg', listeners: [{ name: 'http', protocol: 'HTTP', port: 80, hostname: '*.example.com', allowedRoutes: { namespaces: { from: 'All' } } }] },
    status: { conditions: [{ type: 'Accepted', status: 'True' }, { type: 'Programmed', status: 'True' }], listeners: [{ name: 'http', conditions: [{ type: 'Programmed', status: 'True' }] }] },
  });
  out.push({ apiVersion: 'v1', kind: 'ConfigMap', metadata: meta('kube-proxy', 'kube-system'), data: { 'config.conf': 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\nmode: iptables\n' } });
  const systemPod = (name: string, ns: string, labels: Record<string, string>, n: number, extra: { hostNetwork?: boolean; port?: number } = {}) =>
    realisticPod({ name, namespace: ns, labels, owner: { kind: 'ReplicaSet', name: `${name.split('-').slice(0, -1).join('-')}` }, nodeName: `node-${n % nodes}`, ip: ip(0xff0000 + n), ready: true, port: extra.port ?? 8080, hostNetwork: extra.hostNetwork });
  out.push(systemPod('ingress-nginx-controller-a', 'ingress-nginx', { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' }, 1, { port: 80 }));
  out.push(systemPod('ingress-nginx-controller-b', 'ingress-nginx', { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' }, 2, { port: 80 }));
  out.push(systemPod('envoy-shared-a', 'envoy-gateway-system', { 'app.kubernetes.io/managed-by': 'envoy-gateway', 'app.kubernetes.io/component': 'proxy' }, 3));
  out.push(systemPod('coredns-a', 'kube-system', { 'k8s-app': 'kube-dns' }, 4, { port: 53 }));
  out.push(systemPod('coredns-b', 'kube-system', { 'k8s-app': 'kube-dns' }, 5, { port: 53 }));
  out.push(systemPod('prometheus-0', 'monitoring', { 'app.kubernetes.io/name': 'prometheus' }, 6, { port: 9090 }));
  for (let i = 0; i < nodes; i++) out.push(systemPod(`kube-proxy-${i}`, 'kube-system', { 'k8s-app': 'kube-proxy' }, 10 + i, { hostNetwork: true, port: 10256 }));
  out.push({ apiVersion: 'v1', kind: 'Service', metadata: meta('kube-dns', 'kube-system'), spec: { clusterIP: '10.96.0.10', selector: { 'k8s-app': 'kube-dns' }, ports: [{ name: 'dns', port: 53, protocol: 'UDP', targetPort: 53 }] } });
  out.push({
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: meta('kube-dns-abc12', 'kube-system', { labels: { 'kubernetes.io/service-name': 'kube-dns' } }),
    addressType: 'IPv4',
    endpoints: [4, 5].map((n) => ({ addresses: [ip(0xff0000 + n)], conditions: { ready: true }, targetRef: { kind: 'Pod', namespace: 'kube-system', name: n === 4 ? 'coredns-a' : 'coredns-b' } })),
    ports: [{ name: 'dns', port: 53, protocol: 'UDP' }],
  });
  return out;
}

/** Every object of a multi-tenant cluster of about `pods` pods, as raw `kubectl get -o json` items. */
export function* multiTenantObjects(pods: number, seed = 7): Generator<Record<string, unknown>> {
  const rnd = random(seed);
  yield* system(pods);
  const nodes = Math.max(3, Math.ceil(pods / PODS_PER_NODE));
  const services = Math.ceil(pods / PODS_PER_SERVICE);
  let podNumber = 0;
  for (let s = 0; s < services; s++) {
    const tenant = Math.floor(s / SERVICES_PER_NAMESPACE);
    const ns = `tenant-${String(tenant).padStart(4, '0')}`;
    if (s % SERVICES_PER_NAMESPACE === 0) {
      yield namespace(ns, { team: `team-${tenant % 40}`, env: tenant % 3 === 0 ? 'staging' : 'prod' });
      yield* policies(ns);
      yield { apiVersion: 'gateway.networking.k8s.io/v1beta1', kind: 'ReferenceGrant', metadata: meta('from-shared-routes', ns), spec: { from: [{ group: 'gateway.networking.k8s.io', kind: 'HTTPRoute', namespace: 'envoy-gateway-system' }], to: [{ group: '', kind: 'Service' }] } };
    }
    const app = `app-${s % SERVICES_PER_NAMESPACE}`;
    const tier = s % 4 === 0 ? 'frontend' : 'backend';
    const hash = (s * 2654435761).toString(16).padStart(10, '0').slice(-10);
    const labels = { app, 'app.kubernetes.io/name': app, tier, 'pod-template-hash': hash };
    const broken = rnd() < 0.02;
    const endpoints = [];
    const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: meta(app, ns), spec: { replicas: PODS_PER_SERVICE, selector: { matchLabels: { app } }, template: { metadata: { labels: { app, 'app.kubernetes.io/name': app, tier } } } }, status: { replicas: PODS_PER_SERVICE, readyReplicas: PODS_PER_SERVICE, conditions: [{ type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable' }] } };
    let ready = 0;
    for (let i = 0; i < PODS_PER_SERVICE; i++) {
      const n = podNumber++;
      const isReady = rnd() >= 0.02;
      if (isReady) ready++;
      const name = `${app}-${hash}-${i.toString(36).padStart(5, 'x')}`;
      const pod = realisticPod({ name, namespace: ns, labels, owner: { kind: 'ReplicaSet', name: `${app}-${hash}` }, nodeName: `node-${n % nodes}`, ip: ip(n + 1), ready: isReady, port: 8080 });
      yield pod;
      endpoints.push({ addresses: [ip(n + 1)], conditions: { ready: isReady, serving: isReady, terminating: false }, nodeName: `node-${n % nodes}`, targetRef: { kind: 'Pod', namespace: ns, name, uid: (pod.metadata as { uid: string }).uid } });
      if (!isReady) {
        yield {
          apiVersion: 'v1',
          kind: 'Event',
          metadata: meta(`${name}.18a2b3c4d5e6f7`, ns),
          involvedObject: { kind: 'Pod', namespace: ns, name, uid: (pod.metadata as { uid: string }).uid, fieldPath: 'spec.containers{app}' },
          reason: 'Unhealthy',
          message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
          type: 'Warning',
          count: 12,
          lastTimestamp: '2026-11-20T10:05:00Z',
        };
      }
    }
    deployment.status.readyReplicas = ready;
    yield deployment;
    yield { apiVersion: 'v1', kind: 'Service', metadata: meta(app, ns, { labels: { app } }), spec: { type: 'ClusterIP', clusterIP: `172.20.${(s >> 8) & 255}.${s & 255}`, selector: { app: broken ? `${app}-v2` : app }, ports: [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }] } };
    yield {
      apiVersion: 'discovery.k8s.io/v1',
      kind: 'EndpointSlice',
      metadata: meta(`${app}-${hash.slice(0, 5)}`, ns, { labels: { 'kubernetes.io/service-name': app, 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' } }),
      addressType: 'IPv4',
      endpoints: broken ? null : endpoints,
      ports: broken ? null : [{ name: 'http', port: 8080, protocol: 'TCP' }],
    };
    const host = `${app}.${ns}.example.com`;
    const tls = s % 2 === 0;
    const missing = rnd() < 0.01;
    if (tls) yield { apiVersion: 'v1', kind: 'Secret', type: 'kubernetes.io/tls', metadata: meta(`${app}-tls`, ns), data: { 'tls.crt': 'LS0t', 'tls.key': 'LS0t' } };
    yield {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: meta(app, ns, { annotations: { 'nginx.ingress.kubernetes.io/proxy-body-size': '8m' } }),
      spec: {
        ingressClassName: 'nginx',
        ...(tls ? { tls: [{ hosts: [host], secretName: `${app}-tls` }] } : {}),
        rules: [{ host, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: missing ? `${app}-old` : app, port: { name: 'http' } } } }] } }],
      },
    };
    if (s % 5 === 0) {
      yield {
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        metadata: meta(`${app}-route`, ns),
        spec: { parentRefs: [{ name: 'shared', namespace: 'envoy-gateway-system' }], hostnames: [`gw-${host}`], rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/' } }], backendRefs: [{ name: app, port: 80 }] }] },
        status: { parents: [{ parentRef: { name: 'shared', namespace: 'envoy-gateway-system' }, controllerName: 'gateway.envoyproxy.io/gatewayclass-controller', conditions: [{ type: 'Accepted', status: 'True' }, { type: 'ResolvedRefs', status: 'True' }] }] },
      };
    }
  }
}
