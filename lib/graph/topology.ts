// The topology in units: each Ingress, each HTTPRoute and each Service contributes its hops and
// links, built from the state alone, so a change rebuilds only the units that read what changed.
import { findPort, targetPortOf } from '../k8s/ports';
import type { Endpoint, HTTPRoute, Ingress, Pod, Service } from '../k8s/types';
import type { StateReader } from '../state/state-reader';
import { CLIENT_ID, edgeId, nodeId } from './ids';
import { ContainerSummaries, makeEndpointsNode, makeHTTPRouteNode, makeIngressNode, makeMissingServiceNode, makePodNode, makeServiceNode } from './nodes';
import { serviceBackends, tallyEndpoints, type ServiceBackends } from './service-backends';
import type { ClientNode, EdgeKind, GraphEdge, GraphNode, PortStep } from './types';

export interface Scope {
  /** Namespaces to show; null means all. */
  namespaces: string[] | null;
}

/** What one unit (an Ingress, an HTTPRoute or a Service) contributes to the graph. */
export interface UnitTopology {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** A Service unit's joined backends, for the checks. */
  backends: ServiceBackends | null;
}

/** The kinds whose objects are topology units. */
export type UnitKind = 'Ingress' | 'HTTPRoute' | 'Service';

export function clientNode(): ClientNode {
  return { id: CLIENT_ID, kind: 'client', ref: null, health: 'ok', findings: [] };
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

/** Service ports resolved against one set of containers (shared by the pods of one owner). */
function resolvePorts(service: Service, pod: Pod): PodPorts {
  const ports: PortStep[] = (service.spec.ports ?? []).map((p) => {
    const resolved = findPort(pod, p);
    return { name: p.name ?? '', from: String(targetPortOf(p)), to: resolved.ok ? String(resolved.port) : null, protocol: p.protocol ?? 'TCP' };
  });
  return { ports, label: ports.map((p) => `${p.from} → ${p.to ?? '✕'}`).join(', ') };
}

/** Collects one unit's hops and links; two links between the same hops merge their ports. */
class UnitBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  addEdge(kind: EdgeKind, source: string, target: string, ports: PortStep[], label: string, endpoint?: EndpointState | null): void {
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
  }

  /** A route -> Service link; a Service that does not exist is drawn as missing, in this unit. */
  linkToService(state: StateReader, routeId: string, namespace: string | undefined, name: string, backendPorts: { portName?: string; portNumber?: number }[], label: string): void {
    const service = state.get('Service', namespace, name);
    const serviceId = nodeId('service', namespace, name);
    if (!service && !this.nodes.has(serviceId)) this.nodes.set(serviceId, makeMissingServiceNode(namespace, name));
    const ports: PortStep[] = backendPorts.map(({ portName, portNumber }) => {
      const match = service?.spec.ports?.find((p) => (portName !== undefined ? p.name === portName : p.port === portNumber));
      return { name: portName ?? '', from: portName ?? String(portNumber ?? ''), to: match ? String(match.port) : null, protocol: 'TCP' };
    });
    this.addEdge('route-service', routeId, serviceId, ports, label);
  }

  done(backends: ServiceBackends | null = null): UnitTopology {
    return { nodes: [...this.nodes.values()], edges: [...this.edges.values()], backends };
  }
}

export function ingressUnit(state: StateReader, ingress: Ingress): UnitTopology {
  const unit = new UnitBuilder();
  const node = makeIngressNode(ingress);
  unit.nodes.set(node.id, node);
  const scheme = node.tlsHosts.length ? ':443' : ':80';
  unit.addEdge('client-route', CLIENT_ID, node.id, [{ name: '', from: scheme.slice(1), to: scheme.slice(1), protocol: 'TCP' }], `${scheme} ${node.hosts.join(', ')}`);
  const backends = [
    ...(ingress.spec.rules ?? []).flatMap((r) => (r.http?.paths ?? []).map((p) => ({ path: p.path ?? '/', backend: p.backend }))),
    ...(ingress.spec.defaultBackend ? [{ path: '*', backend: ingress.spec.defaultBackend }] : []),
  ];
  for (const { path, backend } of backends) {
    const service = backend.service;
    if (!service) continue;
    const port = service.port?.name ?? (service.port?.number !== undefined ? String(service.port.number) : '');
    unit.linkToService(state, node.id, ingress.metadata.namespace, service.name, [{ portName: service.port?.name, portNumber: service.port?.number }], `${path} → :${port}`);
  }
  return unit.done();
}

export function httpRouteUnit(state: StateReader, route: HTTPRoute): UnitTopology {
  const unit = new UnitBuilder();
  const node = makeHTTPRouteNode(route);
  unit.nodes.set(node.id, node);
  unit.addEdge('client-route', CLIENT_ID, node.id, [], node.hostnames.join(', ') || '*');
  for (const rule of route.spec.rules ?? []) {
    for (const ref of rule.backendRefs ?? []) {
      if ((ref.kind ?? 'Service') !== 'Service') continue;
      unit.linkToService(state, node.id, ref.namespace ?? route.metadata.namespace, ref.name, [{ portNumber: ref.port }], `:${ref.port ?? '?'}`);
    }
  }
  return unit.done();
}

export function serviceUnit(state: StateReader, service: Service, summaries: ContainerSummaries): UnitTopology {
  const unit = new UnitBuilder();
  const node = makeServiceNode(service);
  unit.nodes.set(node.id, node);
  if (service.spec.type === 'ExternalName') return unit.done();
  const backends = serviceBackends(state, service);
  const endpoints = makeEndpointsNode(service, backends.slices.map((s) => s.metadata.name), tallyEndpoints(backends.slices, service));
  unit.nodes.set(endpoints.id, endpoints);
  const servicePorts = service.spec.ports ?? [];
  unit.addEdge(
    'service-endpoints',
    node.id,
    endpoints.id,
    servicePorts.map((p) => ({ name: p.name ?? '', from: String(p.port), to: String(targetPortOf(p)), protocol: p.protocol ?? 'TCP' })),
    servicePorts.map((p) => `${p.port} → ${targetPortOf(p)}`).join(', '),
  );
  // The pods of one Service almost always share their containers object (lib/state/trim).
  let containers: object | null = null;
  let ports: PodPorts | null = null;
  for (const pod of [...backends.selected, ...backends.extraPods]) {
    const podNode = makePodNode(pod, summaries);
    if (!unit.nodes.has(podNode.id)) unit.nodes.set(podNode.id, podNode);
    if (containers !== pod.spec.containers) {
      containers = pod.spec.containers;
      ports = resolvePorts(service, pod);
    }
    unit.addEdge('endpoints-pod', endpoints.id, podNode.id, ports!.ports, ports!.label, endpointState(backends.endpointOf(pod)));
  }
  return unit.done(backends);
}
