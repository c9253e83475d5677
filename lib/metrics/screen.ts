import type { Graph } from '../graph/types';

/** A route -> Service edge on screen, with what the profiles need to map series onto it. */
export interface ScreenEdge {
  id: string;
  route: { kind: 'ingress' | 'httproute'; namespace: string; name: string };
  service: { namespace: string; name: string; ports: number[] };
}

export function screenEdges(graph: Graph): ScreenEdge[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.edges.flatMap((e) => {
    const route = byId.get(e.source);
    const service = byId.get(e.target);
    if (e.kind !== 'route-service' || !route?.ref || (route.kind !== 'ingress' && route.kind !== 'httproute') || service?.kind !== 'service' || !service.ref) return [];
    return [
      {
        id: e.id,
        route: { kind: route.kind, namespace: route.ref.namespace ?? '', name: route.ref.name },
        service: { namespace: service.ref.namespace ?? '', name: service.ref.name, ports: service.ports.map((p) => p.port) },
      },
    ];
  });
}
