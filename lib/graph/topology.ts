import { findPort, targetPortOf } from '../k8s/ports';
import type { Endpoint, HTTPRoute, Ingress, Pod, Service } from '../k8s/types';
import type { ClusterState } from '../state/cluster-state';
import { CLIENT_ID, edgeId, nodeId } from './ids';
import {
  makeEndpointsNode,
  makeHTTPRouteNode,
  makeIngressNode,
  makeMissingServiceNode,
  makePodNode,
  makeServiceNode,
  ContainerSummaries,
} from './nodes';
import { serviceBackends, tallyEndpoints, type ServiceBackends } from './service-backends';
import type { EdgeKind, GraphEdge, GraphNode, PortStep } from './types';

export interface Scope {
  /** Namespaces to show; null means all. */
  namespaces: string[] | null;
}

/** The hops and links in scope, before checks run. Services keep their joined backends for the checks. */
export interface Topology {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  /** Edges by source and by target node id. */
  outgoing: Map<string, GraphEdge[]>;
  incoming: Map<string, GraphEdge[]>;
  backends: Map<string, ServiceBackends>;
}

type EndpointState = NonNullable<GraphEdge['endpoint']>;

/** Edges share one frozen object per combination of endpoint conditions, indexed by their bits. */
const ENDPOINT_STATES: readonly EndpointState[] = Array.from({ length: 8 }, (_, bits) =>
  Object.freeze({ ready: (bits & 4) !== 0, serving: (bits & 2) !== 0, terminating: (bits & 1) !== 0 }),
);

function endpointState(endpoint: Endpoint | undefined): EndpointState | null {
  if (!endpoint) return null;
  const c = endpoint.conditions ?? {};
  return ENDPOINT_STATES[(c.ready !== false ? 4 : 0) + ((c.serving ?? c.ready) !== false ? 2 : 0) + (c.terminating === true ? 1 : 0)]!;
}

interface PodPorts {
  ports: PortStep[];
  label: string;
}

interface PodPortsCache {
  containers: object | null;
  ports: PodPorts | null;
}

/** Service ports resolved against one set of containers (shared by the pods of one owner). */
function resolvePorts(service: Service, pod: Pod): PodPorts {
  const ports: PortStep[] = (service.spec.ports ?? []).map((p) => {
    const resolved = findPort(pod, p);
    return { name: p.name ?? '', from: String(targetPortOf(p)), to: resolved.ok ? String(resolved.port) : null, protocol: p.protocol ?? 'TCP' };
  });
  return { ports, label: ports.map((p) => `${p.from} → ${p.to ?? '✕'}`).join(', ') };
}

function append(map: Map<string, GraphEdge[]>, key: string, edge: GraphEdge): void {
  const list = map.get(key);
  if (list) list.push(edge);
  else map.set(key, [edge]);
}

class TopologyBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  readonly outgoing = new Map<string, GraphEdge[]>();
  readonly incoming = new Map<string, GraphEdge[]>();
  readonly backends = new Map<string, ServiceBackends>();
  private readonly summaries = new ContainerSummaries();
  private readonly inScope: (namespace: string | undefined) => boolean;

  constructor(
    private readonly state: ClusterState,
    scope: Scope,
  ) {
    const allowed = scope.namespaces ? new Set(scope.namespaces) : null;
    this.inScope = (namespace) => !allowed || allowed.has(namespace ?? '');
  }

  build(): Topology {
    this.nodes.set(CLIENT_ID, { id: CLIENT_ID, kind: 'client', ref: null, health: 'ok', findings: [] });
    for (const ingress of this.state.list('Ingress')) if (this.inScope(ingress.metadata.namespace)) this.addIngress(ingress);
    for (const route of this.state.list('HTTPRoute')) if (this.inScope(route.metadata.namespace)) this.addHTTPRoute(route);
    for (const service of this.state.list('Service')) if (this.inScope(service.metadata.namespace)) this.addService(service);
    return { nodes: this.nodes, edges: this.edges, outgoing: this.outgoing, incoming: this.incoming, backends: this.backends };
  }

  private addEdge(kind: EdgeKind, source: string, target: string, ports: PortStep[], label: string, endpoint?: EndpointState | null) {
    const id = edgeId(source, target);
    const existing = this.edges.get(id);
    if (existing) {
      // Ports may be shared between edges: extend with a new array, never in place.
      existing.ports = [...existing.ports, ...ports.filter((p) => !existing.ports.some((e) => e.from === p.from && e.name === p.name))];
      if (!existing.label.split(', ').includes(label)) existing.label = `${existing.label}, ${label}`;
      return;
    }
    const edge: GraphEdge = { id, kind, source, target, ports, label, health: 'ok' };
    if (endpoint !== undefined) edge.endpoint = endpoint;
    this.edges.set(id, edge);
    append(this.outgoing, source, edge);
    append(this.incoming, target, edge);
  }

  private addIngress(ingress: Ingress): void {
    const node = makeIngressNode(ingress);
    this.nodes.set(node.id, node);
    const scheme = node.tlsHosts.length ? ':443' : ':80';
    this.addEdge('client-route', CLIENT_ID, node.id, [{ name: '', from: scheme.slice(1), to: scheme.slice(1), protocol: 'TCP' }], `${scheme} ${node.hosts.join(', ')}`);
    const namespace = ingress.metadata.namespace;
    const backends = [
      ...(ingress.spec.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => ({ path: p.path ?? '/', backend: p.backend }))),
      ...(ingress.spec.defaultBackend ? [{ path: '*', backend: ingress.spec.defaultBackend }] : []),
    ];
    for (const { path, backend } of backends) {
      const service = backend.service;
      if (!service) continue;
      const port = service.port?.name ?? (service.port?.number !== undefined ? String(service.port.number) : '');
      this.linkRouteToService(node.id, namespace, service.name, [{ portName: service.port?.name, portNumber: service.port?.number }], `${path} → :${port}`);
    }
  }

  private addHTTPRoute(route: HTTPRoute): void {
    const node = makeHTTPRouteNode(route);
    this.nodes.set(node.id, node);
    this.addEdge('client-route', CLIENT_ID, node.id, [], node.hostnames.join(', ') || '*');
    for (const rule of route.spec.rules ?? []) {
      for (const ref of rule.backendRefs ?? []) {
        const namespace = ref.namespace ?? route.metadata.namespace;
        if ((ref.kind ?? 'Service') !== 'Service' || !this.inScope(namespace)) continue;
        this.linkRouteToService(node.id, namespace, ref.name, [{ portNumber: ref.port }], `:${ref.port ?? '?'}`);
      }
    }
  }

  private linkRouteToService(
    routeId: string,
    namespace: string | undefined,
    name: string,
    backendPorts: { portName?: string; portNumber?: number }[],
    label: string,
  ): void {
    const service = this.state.get('Service', namespace, name);
    const serviceId = nodeId('service', namespace, name);
    if (!this.nodes.has(serviceId)) this.nodes.set(serviceId, service ? makeServiceNode(service) : makeMissingServiceNode(namespace, name));
    const ports: PortStep[] = backendPorts.map(({ portName, portNumber }) => {
      const match = service?.spec.ports?.find((p) => (portName !== undefined ? p.name === portName : p.port === portNumber));
      return { name: portName ?? '', from: portName ?? String(portNumber ?? ''), to: match ? String(match.port) : null, protocol: 'TCP' };
    });
    this.addEdge('route-service', routeId, serviceId, ports, label);
  }

  private addService(service: Service): void {
    const id = nodeId('service', service.metadata.namespace, service.metadata.name);
    if (!this.nodes.has(id)) this.nodes.set(id, makeServiceNode(service));
    if (service.spec.type === 'ExternalName') return;
    const backends = serviceBackends(this.state, service);
    this.backends.set(id, backends);
    const endpoints = makeEndpointsNode(service, backends.slices.map((s) => s.metadata.name), tallyEndpoints(backends.slices));
    this.nodes.set(endpoints.id, endpoints);
    const servicePorts = service.spec.ports ?? [];
    this.addEdge(
      'service-endpoints',
      id,
      endpoints.id,
      servicePorts.map((p) => ({ name: p.name ?? '', from: String(p.port), to: String(targetPortOf(p)), protocol: p.protocol ?? 'TCP' })),
      servicePorts.map((p) => `${p.port} → ${targetPortOf(p)}`).join(', '),
    );
    const resolved: PodPortsCache = { containers: null, ports: null };
    for (const pod of backends.selected) this.addPod(service, endpoints.id, pod, backends.endpointOf(pod), resolved);
    for (const pod of backends.extraPods) this.addPod(service, endpoints.id, pod, backends.endpointOf(pod), resolved);
  }

  private addPod(service: Service, endpointsId: string, pod: Pod, endpoint: Endpoint | undefined, resolved: PodPortsCache): void {
    const node = makePodNode(pod, this.summaries);
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    // The pods of one Service almost always share their containers object (lib/state/trim).
    if (resolved.containers !== pod.spec.containers) {
      resolved.containers = pod.spec.containers;
      resolved.ports = resolvePorts(service, pod);
    }
    const ports = resolved.ports!;
    this.addEdge('endpoints-pod', endpointsId, node.id, ports.ports, ports.label, endpointState(endpoint));
  }
}

export function buildTopology(state: ClusterState, scope: Scope): Topology {
  return new TopologyBuilder(state, scope).build();
}
