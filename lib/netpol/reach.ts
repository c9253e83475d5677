// Can the real ingress-controller (or Gateway data-plane) pods reach a Service's pods on the port a
// request uses? Computed once per Service hop per graph, for the NP-* checks and the edge verdicts.
import { findPort } from '../k8s/ports';
import type { GatewayApiObject, Ingress, Pod, Protocol, ServicePort } from '../k8s/types';
import { controllerOfIngress, ingressClassName } from './controllers';
import type { NetpolEngine, Verdict } from './evaluate';
import type { StateReader } from '../state/state-reader';
import type { GraphEdge, GraphNode } from '../graph/types';
import { str } from '../state/read';

export interface ControllerGroup {
  controller: string;
  pods: Pod[];
}

/** One backend pod on one used Service port, against every controller pod. */
export interface PodReach {
  pod: Pod;
  /** The endpoints -> pod edge. */
  edge: string;
  servicePort: ServicePort;
  port: number;
  protocol: Protocol;
  /** Verdicts per controller pod, in the order of `ServiceReach.controllerPods`. */
  verdicts: Verdict[];
  blocked: boolean;
  /** Some controller pods may connect, others not. */
  partial: boolean;
  restricted: boolean;
}

export interface ServiceReach {
  controllers: ControllerGroup[];
  controllerPods: Pod[];
  pods: PodReach[];
  /** Controllers of the routes to this Service whose pods were not found (no pod labels known, or not listed). */
  unseen: string[];
  /** Routes to this Service whose controller is unknown, each said as why (no IngressClass, a Gateway not in the input). */
  unknown: string[];
}

export interface ReachInputs {
  state: StateReader;
  netpol: NetpolEngine;
  /** The pods of a controller (memoized by the caller: finding them scans every namespace). */
  controllerPods(controller: string): Pod[];
  node(id: string): GraphNode | undefined;
  incoming(id: string): readonly GraphEdge[];
  outgoing(id: string): readonly GraphEdge[];
}

function gatewayControllers(state: StateReader, route: GraphNode): string[] {
  const object = route.ref ? state.get('HTTPRoute', route.ref.namespace, route.ref.name) : undefined;
  if (!object) return [];
  return (object.spec.parentRefs ?? []).flatMap((ref) => {
    if ((ref.kind ?? 'Gateway') !== 'Gateway') return [];
    const gateway = state.get('Gateway', ref.namespace ?? object.metadata.namespace, ref.name) as GatewayApiObject | undefined;
    const className = str(gateway?.spec.gatewayClassName);
    const gatewayClass = className ? (state.get('GatewayClass', undefined, className) as GatewayApiObject | undefined) : undefined;
    const controller = str(gatewayClass?.spec.controllerName);
    return controller ? [controller] : [];
  });
}

/** Why the controller of an Ingress is unknown: it names no class, or its IngressClass is not in the input or names no controller. */
function unknownIngressController(state: StateReader, ingress: Ingress): string {
  const className = ingressClassName(state, ingress);
  if (!className) return `Ingress ${ingress.metadata.namespace}/${ingress.metadata.name} names no class and no IngressClass is the default`;
  return state.get('IngressClass', undefined, className) ? `IngressClass ${className} names no controller` : `IngressClass ${className} is not in the input`;
}

/** Controllers of the routes that send requests to a Service hop, the routes whose controller is unknown, and the Service ports they use. */
function upstream(inputs: ReachInputs, serviceId: string): { controllers: string[]; unknown: string[]; ports: Set<string> } {
  const controllers = new Set<string>();
  const unknown = new Set<string>();
  const ports = new Set<string>();
  for (const edge of inputs.incoming(serviceId)) {
    if (edge.kind !== 'route-service') continue;
    const route = inputs.node(edge.source);
    if (route?.kind === 'ingress' && route.ref) {
      const ingress = inputs.state.get('Ingress', route.ref.namespace, route.ref.name);
      const controller = ingress && controllerOfIngress(inputs.state, ingress);
      if (controller) controllers.add(controller);
      else if (ingress) unknown.add(unknownIngressController(inputs.state, ingress));
    } else if (route?.kind === 'httproute' && route.ref) {
      const found = gatewayControllers(inputs.state, route);
      for (const c of found) controllers.add(c);
      if (found.length === 0) unknown.add(`the Gateway of HTTPRoute ${route.ref.namespace}/${route.ref.name}, or its GatewayClass, is not in the input`);
    }
    for (const p of edge.ports) if (p.to) ports.add(p.to);
  }
  return { controllers: [...controllers], unknown: [...unknown].sort(), ports };
}

/** How a controller pod appears to NetworkPolicy: a pod, or its node's address when it uses the host network. */
export function controllerEndpoint(pod: Pod): Parameters<NetpolEngine['allowed']>[0]['from'] {
  return pod.spec.hostNetwork ? { kind: 'address', ip: pod.status.podIP ?? '' } : { kind: 'pod', pod };
}

export function computeReach(inputs: ReachInputs, serviceId: string): ServiceReach | null {
  const service = inputs.node(serviceId);
  if (service?.kind !== 'service' || service.missing || !service.ref) return null;
  const object = inputs.state.get('Service', service.ref.namespace, service.ref.name);
  if (!object) return null;
  const { controllers, unknown, ports } = upstream(inputs, serviceId);
  const found = controllers.map((controller) => ({ controller, pods: inputs.controllerPods(controller) }));
  const groups = found.filter((g) => g.pods.length > 0);
  const unseen = found.filter((g) => g.pods.length === 0).map((g) => g.controller);
  const controllerPodList = groups.flatMap((g) => g.pods);
  const usedPorts = (object.spec.ports ?? []).filter((p) => ports.has(String(p.port)));
  if (controllerPodList.length === 0 || usedPorts.length === 0) return { controllers: groups, controllerPods: controllerPodList, pods: [], unseen, unknown };
  const endpointsEdge = inputs.outgoing(serviceId).find((e) => e.kind === 'service-endpoints');
  const pods: PodReach[] = [];
  for (const edge of endpointsEdge ? inputs.outgoing(endpointsEdge.target) : []) {
    const podNode = inputs.node(edge.target);
    const pod = podNode?.ref ? inputs.state.get('Pod', podNode.ref.namespace, podNode.ref.name) : undefined;
    if (!pod?.status.podIP) continue;
    for (const servicePort of usedPorts) {
      const resolved = findPort(pod, servicePort);
      if (!resolved.ok) continue;
      const protocol = servicePort.protocol ?? 'TCP';
      const verdicts = controllerPodList.map((c) => inputs.netpol.allowed({ from: controllerEndpoint(c), to: { kind: 'pod', pod }, port: resolved.port, protocol }));
      const allowed = verdicts.filter((v) => v.allowed).length;
      pods.push({
        pod,
        edge: edge.id,
        servicePort,
        port: resolved.port,
        protocol,
        verdicts,
        blocked: allowed === 0,
        partial: allowed > 0 && allowed < verdicts.length,
        restricted: verdicts.some((v) => v.egress.restricted || v.ingress.restricted),
      });
    }
  }
  return { controllers: groups, controllerPods: controllerPodList, pods, unseen, unknown };
}
