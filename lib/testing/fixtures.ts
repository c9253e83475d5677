// Builders of raw Kubernetes objects (as `kubectl get -o json` shows them) for unit tests.
import { buildGraph } from '../analysis/build-graph';
import type { Finding, Graph, GraphNode } from '../graph/types';
import { stateFromObjects } from '../state/cluster-state';

type Json = Record<string, unknown>;

let uidCounter = 0;
function uid(): string {
  uidCounter += 1;
  return `00000000-0000-4000-8000-${String(uidCounter).padStart(12, '0')}`;
}

export function namespace(name: string, labels: Json = {}): Json {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, uid: uid(), labels: { 'kubernetes.io/metadata.name': name, ...labels } } };
}

export interface PodOptions {
  labels?: Record<string, string>;
  ready?: boolean;
  phase?: string;
  podIP?: string | null;
  containers?: Json[];
  containerStatuses?: Json[];
  nodeName?: string;
  deletionTimestamp?: string;
}

export function container(name: string, ports: Json[] = [], extra: Json = {}): Json {
  return { name, image: `example/${name}:1`, ports, ...extra };
}

export function httpProbe(port: number | string, path = '/healthz'): Json {
  return { httpGet: { path, port, scheme: 'HTTP' }, periodSeconds: 10, timeoutSeconds: 1, failureThreshold: 3 };
}

export function pod(ns: string, name: string, options: PodOptions = {}): Json {
  const ready = options.ready ?? true;
  const containers = options.containers ?? [container('app', [{ name: 'http', containerPort: 8080, protocol: 'TCP' }], { readinessProbe: httpProbe(8080) })];
  const statuses =
    options.containerStatuses ??
    containers.map((c) => ({ name: c.name, ready, restartCount: 0, started: true, state: { running: { startedAt: '2026-11-20T10:00:00Z' } } }));
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: ns, uid: uid(), labels: options.labels ?? { app: name }, deletionTimestamp: options.deletionTimestamp },
    spec: { nodeName: options.nodeName ?? 'node-a', containers },
    status: {
      phase: options.phase ?? 'Running',
      podIP: options.podIP === null ? undefined : (options.podIP ?? `10.244.0.${(uidCounter % 250) + 2}`),
      conditions: [
        { type: 'Ready', status: ready ? 'True' : 'False' },
        { type: 'ContainersReady', status: ready ? 'True' : 'False' },
      ],
      containerStatuses: statuses,
    },
  };
}

export function service(ns: string, name: string, selector: Record<string, string> | null, ports: Json[] = [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }], extra: Json = {}): Json {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: ns, uid: uid() },
    spec: { type: 'ClusterIP', clusterIP: '10.96.0.20', ...(selector ? { selector } : {}), ports, ...extra },
  };
}

export interface EndpointOptions {
  pod: Json;
  ready?: boolean;
  serving?: boolean;
  terminating?: boolean;
}

/** An EndpointSlice as the controller writes it (a placeholder with null endpoints when `endpoints` is empty). */
export function slice(ns: string, serviceName: string, endpoints: EndpointOptions[], ports: Json[] | null = [{ name: 'http', port: 8080, protocol: 'TCP' }]): Json {
  const list = endpoints.map(({ pod: p, ready = true, serving, terminating = false }) => {
    const meta = p.metadata as Json;
    const status = p.status as Json;
    return {
      addresses: [status.podIP],
      conditions: { ready, serving: serving ?? ready, terminating },
      nodeName: 'node-a',
      targetRef: { kind: 'Pod', name: meta.name, namespace: ns, uid: meta.uid },
    };
  });
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: {
      name: `${serviceName}-${uidCounter.toString(36).padStart(5, 'x')}`,
      namespace: ns,
      uid: uid(),
      labels: { 'kubernetes.io/service-name': serviceName, 'endpointslice.kubernetes.io/managed-by': 'endpointslice-controller.k8s.io' },
    },
    addressType: 'IPv4',
    endpoints: list.length ? list : null,
    ports: list.length ? ports : null,
  };
}

/** A Deployment whose template carries `labels`, with its replicas ready as given. */
export function deployment(ns: string, name: string, labels: Record<string, string>, replicas: number, readyReplicas: number): Json {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: ns, uid: uid() },
    spec: { replicas, selector: { matchLabels: labels }, template: { metadata: { labels }, spec: { containers: [container('app')] } } },
    status: { replicas, readyReplicas, availableReplicas: readyReplicas },
  };
}

export function ingress(ns: string, name: string, paths: { path: string; service: string; port: number | string }[], extra: Json = {}): Json {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name, namespace: ns, uid: uid() },
    spec: {
      ingressClassName: 'nginx',
      rules: [
        {
          host: `${name}.example.com`,
          http: {
            paths: paths.map((p) => ({
              path: p.path,
              pathType: 'Prefix',
              backend: { service: { name: p.service, port: typeof p.port === 'number' ? { number: p.port } : { name: p.port } } },
            })),
          },
        },
      ],
    },
    ...extra,
  };
}

export function ingressClass(name: string, controller = 'k8s.io/ingress-nginx', isDefault = false): Json {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: { name, uid: uid(), annotations: isDefault ? { 'ingressclass.kubernetes.io/is-default-class': 'true' } : {} },
    spec: { controller },
  };
}

export function event(p: Json, reason: string, message: string, options: { type?: string; count?: number; container?: string } = {}): Json {
  const meta = p.metadata as Json;
  return {
    apiVersion: 'v1',
    kind: 'Event',
    metadata: { name: `${meta.name}.${uid().slice(-16)}`, namespace: meta.namespace, uid: uid() },
    involvedObject: {
      apiVersion: 'v1',
      kind: 'Pod',
      name: meta.name,
      namespace: meta.namespace,
      uid: meta.uid,
      fieldPath: `spec.containers{${options.container ?? 'app'}}`,
    },
    reason,
    message,
    type: options.type ?? 'Warning',
    count: options.count ?? 1,
    firstTimestamp: '2026-11-22T10:00:00Z',
    lastTimestamp: '2026-11-23T02:59:00Z',
    source: { component: 'kubelet', host: 'node-a' },
  };
}

export function graphOf(objects: Json[]): Graph {
  return buildGraph(stateFromObjects(objects), { namespaces: null });
}

export function nodeOf(graph: Graph, id: string): GraphNode {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`no node ${id} in graph: ${graph.nodes.map((n) => n.id).join(', ')}`);
  return node;
}

/** Findings with `id` on the node `nodeId`. */
export function findingsOf(graph: Graph, nodeId: string, id: string): Finding[] {
  return nodeOf(graph, nodeId).findings.filter((f) => f.id === id);
}

/** Every finding with `id`, anywhere in the graph. */
export function allFindings(graph: Graph, id: string): Finding[] {
  return graph.nodes.flatMap((n) => n.findings.filter((f) => f.id === id));
}
