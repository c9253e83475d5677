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
} from './nodes';
import { podKey, serviceBackends, tallyEndpoints, type ServiceBackends } from './service-backends';
import type { EdgeKind, GraphEdge, GraphNode, PortStep } from './types';

export interface Scope {
  /** Namespaces to show; null means all. */
  namespaces: string[] | null;
}

/** The hops and links in scope, before checks run. Services keep their joined backends for the checks. */
export interface Topology {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
  backends: Map<string, ServiceBackends>;
}

class TopologyBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  readonly backends = new Map<string, ServiceBackends>();
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
    return { nodes: this.nodes, edges: this.edges, backends: this.backends };
  }

  private addEdge(kind: EdgeKind, source: string, target: string, ports: PortStep[], label: string, extra?: Partial<GraphEdge>) {
    const id = edgeId(source, target);
    const existing = this.edges.get(id);
    if (existing) {
      existing.ports.push(...ports.filter((p) => !existing.ports.some((e) => e.from === p.from && e.name === p.name)));
      if (!existing.label.split(', ').includes(label)) existing.label = `${existing.label}, ${label}`;
      return;
    }
    this.edges.set(id, { id, kind, source, target, ports, label, health: 'ok', ...extra });
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
    for (const pod of [...backends.selected, ...backends.extraPods]) this.addPod(service, endpoints.id, pod, backends.endpointsByPod.get(podKey(pod)));
  }

  private addPod(service: Service, endpointsId: string, pod: Pod, endpoint: Endpoint | undefined): void {
    const node = makePodNode(pod);
    if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
    const ports: PortStep[] = (service.spec.ports ?? []).map((p) => {
      const resolved = findPort(pod, p);
      return { name: p.name ?? '', from: String(targetPortOf(p)), to: resolved.ok ? String(resolved.port) : null, protocol: p.protocol ?? 'TCP' };
    });
    const c = endpoint?.conditions ?? {};
    this.addEdge(
      'endpoints-pod',
      endpointsId,
      node.id,
      ports,
      ports.map((p) => `${p.from} → ${p.to ?? '✕'}`).join(', '),
      {
        endpoint: endpoint
          ? { ready: c.ready !== false, serving: (c.serving ?? c.ready) !== false, terminating: c.terminating === true }
          : null,
      },
    );
  }
}

export function buildTopology(state: ClusterState, scope: Scope): Topology {
  return new TopologyBuilder(state, scope).build();
}
