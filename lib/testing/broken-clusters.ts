// One small broken cluster per classic cause of an incident, with the latent risks most clusters
// carry beside it (no preStop hook on any pod, a one-replica database), and what each affected hop
// must list first: the cause, or its echo there, whose chain of causes leads to the cause.
import type { CheckId } from '../checks/classes';
import { container, deployment, event, httpProbe, ingress, ingressClass, pod, service, slice } from './fixtures';

type Json = Record<string, unknown>;

export interface BrokenCluster {
  name: string;
  /** The finding that says what broke. */
  root: CheckId;
  objects: Json[];
  /** Hop -> the finding it must list first. */
  first: Record<string, CheckId>;
}

const NS = 'shop';
const WEB = { app: 'web' };

/** An ingress-nginx controller that runs, and an Ingress of its class to Service web. */
const entry = (): Json[] => [
  ingressClass('nginx'),
  pod('ingress-nginx', 'ingress-nginx-controller-1', { labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } }),
  ingress(NS, 'web', [{ path: '/', service: 'web', port: 'http' }]),
];

/** A one-replica database beside the broken path: one ready endpoint, no preStop hook. */
function databaseBeside(): Json[] {
  const db = pod(NS, 'db-0', { labels: { app: 'db' }, containers: [container('mysql', [{ name: 'mysql', containerPort: 3306, protocol: 'TCP' }], { readinessProbe: { tcpSocket: { port: 3306 } } })] });
  return [service(NS, 'db', { app: 'db' }, [{ name: 'mysql', port: 3306, targetPort: 'mysql', protocol: 'TCP' }]), slice(NS, 'db', [{ pod: db }], [{ name: 'mysql', port: 3306, protocol: 'TCP' }]), db, deployment(NS, 'db', { app: 'db' }, 1, 1)];
}

/** Two web pods as `options` say, the Service web and its slice (endpoints as `endpoint` says), their Deployment. */
function web(options: Parameters<typeof pod>[2], endpoint: { ready: boolean; serving?: boolean; terminating?: boolean }, ports?: Json[] | null, servicePorts?: Json[]): Json[] {
  const pods = ['web-1', 'web-2'].map((name) => pod(NS, name, { labels: WEB, ...options }));
  const ready = endpoint.ready ? 2 : 0;
  return [service(NS, 'web', WEB, servicePorts), slice(NS, 'web', pods.map((p) => ({ pod: p, ...endpoint })), ports), ...pods, deployment(NS, 'web', WEB, 2, ready)];
}

const crashLoop = (reason: string, exitCode: number): Json => ({
  name: 'app',
  ready: false,
  restartCount: 7,
  started: false,
  state: { waiting: { reason: 'CrashLoopBackOff' } },
  lastState: { terminated: { reason, exitCode } },
});

function probe404(): BrokenCluster {
  const objects = web({ ready: false }, { ready: false });
  const events = objects.filter((o) => o.kind === 'Pod').map((p) => event(p, 'Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 404', { count: 30 }));
  return {
    name: 'a readiness probe answering 404',
    root: 'PRB-EVENT-HTTP-STATUS',
    objects: [...entry(), ...objects, ...events, ...databaseBeside()],
    first: { 'pod/shop/web-1': 'PRB-EVENT-HTTP-STATUS', 'pod/shop/web-2': 'PRB-EVENT-HTTP-STATUS', 'endpoints/shop/web': 'EPS-NOT-READY', 'service/shop/web': 'WL-REPLICAS' },
  };
}

function selectorTypo(): BrokenCluster {
  const pods = ['web-1', 'web-2'].map((name) => pod(NS, name, { labels: WEB }));
  return {
    name: 'a selector typo',
    root: 'SVC-SELECTOR-NOMATCH',
    objects: [...entry(), service(NS, 'web', { app: 'wbe' }), slice(NS, 'web', []), ...pods, deployment(NS, 'web', WEB, 2, 2), ...databaseBeside()],
    first: { 'service/shop/web': 'SVC-SELECTOR-NOMATCH', 'endpoints/shop/web': 'EPS-EMPTY' },
  };
}

function namedTargetPort(): BrokenCluster {
  // The Service targets "web-http"; the pods name their port "http": the controller lists them without the port.
  const objects = web({}, { ready: true }, [], [{ name: 'http', port: 80, targetPort: 'web-http', protocol: 'TCP' }]);
  return {
    name: 'a named targetPort the pods do not declare',
    root: 'SVC-TARGETPORT-NAMED',
    objects: [...entry(), ...objects, ...databaseBeside()],
    first: { 'service/shop/web': 'SVC-TARGETPORT-NAMED', 'endpoints/shop/web': 'EPS-PORT-SUBSET' },
  };
}

function oomCrashLoop(): BrokenCluster {
  const objects = web(
    {
      ready: false,
      containers: [container('app', [{ name: 'http', containerPort: 8080, protocol: 'TCP' }], { readinessProbe: httpProbe(8080), resources: { limits: { memory: '128Mi' } } })],
      containerStatuses: [crashLoop('OOMKilled', 137)],
    },
    { ready: false },
  );
  return {
    name: 'an OOM crash loop',
    root: 'POD-OOMKILLED',
    objects: [...entry(), ...objects, ...databaseBeside()],
    first: { 'pod/shop/web-1': 'POD-OOMKILLED', 'pod/shop/web-2': 'POD-OOMKILLED', 'endpoints/shop/web': 'EPS-NOT-READY', 'service/shop/web': 'WL-REPLICAS' },
  };
}

function dnsDown(): BrokenCluster {
  const labels = { 'k8s-app': 'kube-dns' };
  const ports = [
    { name: 'dns', containerPort: 53, protocol: 'UDP' },
    { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' },
    { name: 'metrics', containerPort: 9153, protocol: 'TCP' },
  ];
  // CoreDNS answers on 53 and says it is ready on 8181; a broken Corefile makes it exit at start.
  const coredns = ['coredns-1', 'coredns-2'].map((name) =>
    pod('kube-system', name, { labels, ready: false, containers: [container('coredns', ports, { readinessProbe: httpProbe(8181, '/ready') })], containerStatuses: [{ ...crashLoop('Error', 1), name: 'coredns' }] }),
  );
  const servicePorts = [
    { name: 'dns', port: 53, targetPort: 53, protocol: 'UDP' },
    { name: 'dns-tcp', port: 53, targetPort: 53, protocol: 'TCP' },
  ];
  return {
    name: 'cluster DNS down',
    root: 'POD-CRASHLOOP',
    objects: [
      ...entry(),
      ...web({}, { ready: true }),
      service('kube-system', 'kube-dns', labels, servicePorts),
      slice('kube-system', 'kube-dns', coredns.map((p) => ({ pod: p, ready: false })), [{ name: 'dns', port: 53, protocol: 'UDP' }, { name: 'dns-tcp', port: 53, protocol: 'TCP' }]),
      ...coredns,
      deployment('kube-system', 'coredns', labels, 2, 0),
      ...databaseBeside(),
    ],
    first: { 'pod/kube-system/coredns-1': 'POD-CRASHLOOP', 'pod/kube-system/coredns-2': 'POD-CRASHLOOP', 'endpoints/kube-system/kube-dns': 'EPS-NOT-READY', 'service/kube-system/kube-dns': 'DNS-CLUSTER-DNS-DOWN' },
  };
}

function onlyTerminating(): BrokenCluster {
  // Scaled to zero: the last pods are going, still serving; nothing replaces them.
  const pods = ['web-1', 'web-2'].map((name) => pod(NS, name, { labels: WEB, deletionTimestamp: '2026-11-23T02:59:00Z' }));
  return {
    name: 'only terminating endpoints',
    root: 'EPS-ONLY-TERMINATING',
    objects: [...entry(), service(NS, 'web', WEB), slice(NS, 'web', pods.map((p) => ({ pod: p, ready: false, serving: true, terminating: true }))), ...pods, ...databaseBeside()],
    first: { 'endpoints/shop/web': 'EPS-ONLY-TERMINATING' },
  };
}

export const BROKEN_CLUSTERS: readonly (() => BrokenCluster)[] = [probe404, selectorTypo, namedTargetPort, oomCrashLoop, dnsDown, onlyTerminating];
