// Facts about each Kubernetes kind Hopscope reads, in one table the rest derives from: where the
// API serves it, whether it lives in namespaces, what a person calls many of them.
import type { Kind, WorkloadKind } from './types';

export interface KindFacts {
  namespaced: boolean;
  /** The plural a person reads, e.g. in "no permission to list EndpointSlices". */
  plural: string;
  /** API group ('' for the core group) and resource name in URLs. */
  group: string;
  resource: string;
  /** The version read; null for kinds whose served version is discovered (Gateway API). */
  version: string | null;
  /** Workloads: where their pod template is, e.g. `spec.template` (in manifests mode it stands in for their pods). */
  podTemplate?: readonly string[];
}

const core = (resource: string, plural: string, namespaced = true): KindFacts => ({ namespaced, plural, group: '', resource, version: 'v1' });
const at = (group: string, version: string | null, resource: string, plural: string, namespaced = true): KindFacts => ({ namespaced, plural, group, resource, version });
const workload = (group: string, resource: string, plural: string, podTemplate = ['spec', 'template']): KindFacts => ({ ...at(group, 'v1', resource, plural), podTemplate });

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
  Deployment: workload('apps', 'deployments', 'Deployments'),
  StatefulSet: workload('apps', 'statefulsets', 'StatefulSets'),
  DaemonSet: workload('apps', 'daemonsets', 'DaemonSets'),
  ReplicaSet: workload('apps', 'replicasets', 'ReplicaSets'),
  Job: workload('batch', 'jobs', 'Jobs'),
  CronJob: workload('batch', 'cronjobs', 'CronJobs', ['spec', 'jobTemplate', 'spec', 'template']),
  Secret: core('secrets', 'Secrets'),
};

/** Every kind Hopscope keeps, in the table's order. */
export const KINDS = Object.keys(KIND_FACTS) as Kind[];

export const isNamespaced = (kind: Kind): boolean => KIND_FACTS[kind].namespaced;

/** The kinds that have a pod template: Deployments, StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs. */
export const WORKLOAD_KINDS = KINDS.filter((kind): kind is WorkloadKind => KIND_FACTS[kind].podTemplate !== undefined);

const WORKLOAD_KIND_SET: ReadonlySet<string> = new Set(WORKLOAD_KINDS);

export const isWorkloadKind = (kind: string): kind is WorkloadKind => WORKLOAD_KIND_SET.has(kind);
