import type { Kind } from '../../lib/k8s/types';

export interface Resource {
  kind: Kind;
  /** Cluster-wide collection path. */
  path: string;
  /** The plural a person reads in "no permission to list …". */
  plural: string;
  fieldSelector?: string;
}

/** The kinds the graph needs, as the API serves them. */
export const RESOURCES: Resource[] = [
  { kind: 'Namespace', path: '/api/v1/namespaces', plural: 'Namespaces' },
  { kind: 'Node', path: '/api/v1/nodes', plural: 'Nodes' },
  { kind: 'Pod', path: '/api/v1/pods', plural: 'Pods' },
  { kind: 'Service', path: '/api/v1/services', plural: 'Services' },
  { kind: 'EndpointSlice', path: '/apis/discovery.k8s.io/v1/endpointslices', plural: 'EndpointSlices' },
  { kind: 'Ingress', path: '/apis/networking.k8s.io/v1/ingresses', plural: 'Ingresses' },
  { kind: 'IngressClass', path: '/apis/networking.k8s.io/v1/ingressclasses', plural: 'IngressClasses' },
  { kind: 'NetworkPolicy', path: '/apis/networking.k8s.io/v1/networkpolicies', plural: 'NetworkPolicies' },
  { kind: 'Event', path: '/api/v1/events', plural: 'Events' },
  { kind: 'ConfigMap', path: '/api/v1/namespaces/kube-system/configmaps', plural: 'ConfigMaps', fieldSelector: 'metadata.name=kube-proxy' },
];
