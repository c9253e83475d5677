import { describeState, isPodReady, isTerminating, ownerOf, totalRestarts } from '../k8s/pods';
import { targetPortOf } from '../k8s/ports';
import type { Container, ContainerStatus, HTTPRoute, Ingress, IngressBackend, Pod, Service } from '../k8s/types';
import { nodeId } from './ids';
import type { ContainerInfo, EndpointsNode, HTTPRouteNode, IngressNode, IngressRoute, PodNode, ServiceNode } from './types';
import type { EndpointTally } from './service-backends';

export function describeBackend(backend: IngressBackend): string {
  if (backend.service) {
    const port = backend.service.port;
    return `${backend.service.name}:${port?.name ?? port?.number ?? '?'}`;
  }
  if (backend.resource) return `resource ${backend.resource.kind}/${backend.resource.name}`;
  return '(no backend)';
}

export function ingressRoutes(ingress: Ingress): IngressRoute[] {
  const namespace = ingress.metadata.namespace;
  const route = (host: string | null, path: string, pathType: string, backend: IngressBackend): IngressRoute => ({
    host,
    path,
    pathType,
    backend: describeBackend(backend),
    serviceNode: backend.service ? nodeId('service', namespace, backend.service.name) : null,
  });
  const routes: IngressRoute[] = [];
  for (const rule of ingress.spec.rules ?? []) {
    for (const p of rule.http?.paths ?? []) {
      routes.push(route(rule.host ?? null, p.path ?? '/', p.pathType ?? 'ImplementationSpecific', p.backend));
    }
  }
  if (ingress.spec.defaultBackend) routes.push(route(null, '*', 'default backend', ingress.spec.defaultBackend));
  return routes;
}

export function ingressClassOf(ingress: Ingress): string | null {
  return ingress.spec.ingressClassName ?? ingress.metadata.annotations?.['kubernetes.io/ingress.class'] ?? null;
}

export function makeIngressNode(ingress: Ingress): IngressNode {
  const { namespace, name } = ingress.metadata;
  const hosts = [...new Set((ingress.spec.rules ?? []).map((r) => r.host ?? '*'))];
  return {
    id: nodeId('ingress', namespace, name),
    kind: 'ingress',
    ref: { kind: 'Ingress', namespace, name },
    health: 'ok',
    findings: [],
    className: ingressClassOf(ingress),
    hosts,
    tlsHosts: (ingress.spec.tls ?? []).flatMap((t) => t.hosts ?? []),
    routes: ingressRoutes(ingress),
    addresses: (ingress.status?.loadBalancer?.ingress ?? []).map((i) => i.ip ?? i.hostname ?? '').filter(Boolean),
  };
}

export function makeHTTPRouteNode(route: HTTPRoute): HTTPRouteNode {
  const { namespace, name } = route.metadata;
  const routes: IngressRoute[] = [];
  for (const rule of route.spec.rules ?? []) {
    const matches = (rule.matches ?? []) as { path?: { type?: string; value?: string } }[];
    const paths = matches.length ? matches.map((m) => m.path ?? {}) : [{}];
    for (const backend of rule.backendRefs ?? []) {
      if ((backend.kind ?? 'Service') !== 'Service') continue;
      const backendNs = backend.namespace ?? namespace;
      for (const path of paths) {
        routes.push({
          host: null,
          path: path.value ?? '/',
          pathType: path.type ?? 'PathPrefix',
          backend: `${backendNs === namespace ? '' : `${backendNs}/`}${backend.name}:${backend.port ?? '?'}`,
          serviceNode: nodeId('service', backendNs, backend.name),
        });
      }
    }
  }
  return {
    id: nodeId('httproute', namespace, name),
    kind: 'httproute',
    ref: { kind: 'HTTPRoute', namespace, name },
    health: 'ok',
    findings: [],
    hostnames: route.spec.hostnames ?? [],
    parents: (route.spec.parentRefs ?? []).map((p) => `${p.kind ?? 'Gateway'}/${p.namespace ?? namespace}/${p.name}`),
    routes,
  };
}

export function makeServiceNode(service: Service): ServiceNode {
  const { namespace, name } = service.metadata;
  return {
    id: nodeId('service', namespace, name),
    kind: 'service',
    ref: { kind: 'Service', namespace, name },
    health: 'ok',
    findings: [],
    missing: false,
    type: service.spec.type ?? 'ClusterIP',
    clusterIP: service.spec.clusterIP ?? null,
    selector: service.spec.selector ? { ...service.spec.selector } : null,
    ports: (service.spec.ports ?? []).map((p) => ({
      name: p.name ?? '',
      port: p.port,
      protocol: p.protocol ?? 'TCP',
      targetPort: String(targetPortOf(p)),
    })),
    backendHealth: 'ok',
  };
}

export function makeMissingServiceNode(namespace: string | undefined, name: string): ServiceNode {
  return {
    id: nodeId('service', namespace, name),
    kind: 'service',
    ref: { kind: 'Service', namespace, name },
    health: 'unknown',
    findings: [],
    missing: true,
    type: 'missing',
    clusterIP: null,
    selector: null,
    ports: [],
    backendHealth: 'unknown',
  };
}

export function makeEndpointsNode(service: Service, sliceNames: string[], counts: EndpointTally): EndpointsNode {
  const { namespace, name } = service.metadata;
  return {
    id: nodeId('endpoints', namespace, name),
    kind: 'endpoints',
    ref: { kind: 'EndpointSlice', namespace, name },
    health: 'ok',
    findings: [],
    service: nodeId('service', namespace, name),
    slices: sliceNames,
    counts,
  };
}

/**
 * The per-container summary of a pod. Pods of one owner share their containers and, when in the
 * same state, their statuses (see lib/state/trim), so the summary is made once per such pair.
 */
export class ContainerSummaries {
  private readonly cache = new WeakMap<object, WeakMap<Container[], ContainerInfo[]>>();
  private static readonly NO_STATUS: ContainerStatus[] = [];

  of(pod: Pod): ContainerInfo[] {
    const statuses = pod.status.containerStatuses ?? ContainerSummaries.NO_STATUS;
    let byContainers = this.cache.get(statuses);
    if (!byContainers) this.cache.set(statuses, (byContainers = new WeakMap()));
    let infos = byContainers.get(pod.spec.containers);
    if (!infos) byContainers.set(pod.spec.containers, (infos = summarize(pod.spec.containers, statuses)));
    return infos;
  }
}

function summarize(containers: Container[], statuses: ContainerStatus[]): ContainerInfo[] {
  return containers.map((c) => {
    const status = statuses.find((s) => s.name === c.name);
    const last = status?.lastState?.terminated;
    return {
      name: c.name,
      ready: status?.ready ?? false,
      restarts: status?.restartCount ?? 0,
      state: describeState(status),
      lastTermination: last ? `${last.reason ?? 'exit'} (exit ${last.exitCode ?? '?'})` : null,
    };
  });
}

export function makePodNode(pod: Pod, summaries: ContainerSummaries): PodNode {
  const { namespace, name } = pod.metadata;
  return {
    id: nodeId('pod', namespace, name),
    kind: 'pod',
    ref: { kind: 'Pod', namespace, name },
    health: 'ok',
    findings: [],
    phase: pod.status.phase ?? 'Unknown',
    ready: isPodReady(pod),
    podIP: pod.status.podIP ?? null,
    nodeName: pod.spec.nodeName ?? null,
    owner: ownerOf(pod),
    restarts: totalRestarts(pod),
    terminating: isTerminating(pod),
    containers: summaries.of(pod),
  };
}
