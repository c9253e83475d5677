// Facts about each Kubernetes kind Hopscope reads, in one table the rest derives from: where the
// API serves it, whether it lives in namespaces, what a person calls many of them.
import type { Kind } from './types';

export interface KindFacts {
  namespaced: boolean;
  /** The plural a person reads, e.g. in "no permission to list EndpointSlices". */
  plural: string;
  /** API group ('' for the core group) and resource name in URLs. */
  group: string;
  resource: string;
  /** The version read; null for kinds whose served version is discovered (Gateway API). */
  version: string | null;
}

const core = (resource: string, plural: string, namespaced = true): KindFacts => ({ namespaced, plural, group: '', resource, version: 'v1' });
const at = (group: string, version: string | null, resource: string, plural: string, namespaced = true): KindFacts => ({ namespaced, plural, group, resource, version });

export const KIND_FACTS: Readonly<Record<Kind, KindFacts>> = {
  Namespace: core('namespaces', 'Namespaces', false),
  Node: core('nodes', 'Nodes', false),
  Pod: core('pods', 'Pods'),
  Service: core('services', 'Services'),
  EndpointSlice: at('discovery.k8s.io', 'v1', 'endpointslices', 'EndpointSlices'),
  Ingress: at('networking.k8s.io', 'v1', 'ingresses', 'Ingresses'),
  IngressClass: at('networking.k8s.io', 'v1', 'ingressclasses', 'IngressClasses', false),
  NetworkPolicy: at('networking.k8s.io', 'v1', 'networkpolicies', 'NetworkPolicies'),
  Event: core('events', 'Events'),
  ConfigMap: core('configmaps', 'ConfigMaps'),
  Gateway: at('gateway.networking.k8s.io', null, 'gateways', 'Gateways'),
  GatewayClass: at('gateway.networking.k8s.io', null, 'gatewayclasses', 'GatewayClasses', false),
  HTTPRoute: at('gateway.networking.k8s.io', null, 'httproutes', 'HTTPRoutes'),
  ReferenceGrant: at('gateway.networking.k8s.io', null, 'referencegrants', 'ReferenceGrants'),
  Deployment: at('apps', 'v1', 'deployments', 'Deployments'),
  StatefulSet: at('apps', 'v1', 'statefulsets', 'StatefulSets'),
  Secret: core('secrets', 'Secrets'),
};

/** Every kind Hopscope keeps, in the table's order. */
export const KINDS = Object.keys(KIND_FACTS) as Kind[];

export const isNamespaced = (kind: Kind): boolean => KIND_FACTS[kind].namespaced;
