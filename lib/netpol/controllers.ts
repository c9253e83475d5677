// Which pods carry traffic for an IngressClass or GatewayClass controller: a table of pod labels,
// configurable, because the controller name alone does not say which pods are its data plane.
import { readLabelSelector } from '../k8s/label-selector';
import type { Ingress, LabelSelector, Pod } from '../k8s/types';
import type { StateReader } from '../state/state-reader';

export interface ControllerPods {
  /** IngressClass `spec.controller` or GatewayClass `spec.controllerName`. */
  controller: string;
  /** Labels of the pods that send the traffic (the data plane: for Contour and Envoy Gateway, Envoy). */
  podLabels: Record<string, string>;
}

export const DEFAULT_CONTROLLER_PODS: readonly ControllerPods[] = [
  { controller: 'k8s.io/ingress-nginx', podLabels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
  { controller: 'traefik.io/ingress-controller', podLabels: { 'app.kubernetes.io/name': 'traefik' } },
  { controller: 'haproxy.org/ingress-controller/haproxy', podLabels: { 'app.kubernetes.io/name': 'kubernetes-ingress' } },
  { controller: 'haproxy-ingress.github.io/controller', podLabels: { 'app.kubernetes.io/name': 'haproxy-ingress' } },
  { controller: 'projectcontour.io/ingress-controller', podLabels: { 'app.kubernetes.io/component': 'envoy' } },
  { controller: 'projectcontour.io/gateway-controller', podLabels: { 'app.kubernetes.io/component': 'envoy' } },
  { controller: 'gateway.envoyproxy.io/gatewayclass-controller', podLabels: { 'app.kubernetes.io/managed-by': 'envoy-gateway', 'app.kubernetes.io/component': 'proxy' } },
  { controller: 'istio.io/ingress-controller', podLabels: { istio: 'ingressgateway' } },
  { controller: 'istio.io/gateway-controller', podLabels: { 'gateway.istio.io/managed': 'istio.io-gateway-controller' } },
];

const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';
const LEGACY_CLASS_ANNOTATION = 'kubernetes.io/ingress.class';

/** The IngressClass that serves an Ingress: its field, the legacy annotation, or the default class. */
export function ingressClassName(state: StateReader, ingress: Ingress): string | null {
  const named = ingress.spec.ingressClassName ?? ingress.metadata.annotations?.[LEGACY_CLASS_ANNOTATION];
  if (named) return named;
  return state.list('IngressClass').find((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true')?.metadata.name ?? null;
}

export function controllerOfIngress(state: StateReader, ingress: Ingress): string | null {
  const name = ingressClassName(state, ingress);
  return (name && state.get('IngressClass', undefined, name)?.spec.controller) || null;
}

/** Running pods with an IP that match the table's labels for `controller`, in every namespace. */
export function controllerPods(state: StateReader, controller: string, table: readonly ControllerPods[]): Pod[] {
  const selectors = table.filter((t) => t.controller === controller).map((t) => readLabelSelector({ matchLabels: t.podLabels })).filter((s): s is LabelSelector => s !== null);
  if (selectors.length === 0) return [];
  const pods = new Set<Pod>();
  for (const selector of selectors) {
    for (const pod of state.selectMatching('Pod', null, selector)) if (pod.status.podIP && pod.status.phase === 'Running') pods.add(pod);
  }
  return [...pods].sort((a, b) => `${a.metadata.namespace}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace}/${b.metadata.name}`));
}
