// The shapes Hopscope keeps of Kubernetes objects after trimming on ingest.
// Field paths are the Kubernetes ones, so evidence like `spec.selector` stays meaningful,
// but only the fields the graph and the checks read are kept (see lib/state/trim.ts).

export type Labels = Readonly<Record<string, string>>;

export interface OwnerRef {
  kind: string;
  name: string;
  uid?: string;
  controller?: boolean;
}

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  labels?: Labels;
  annotations?: Labels;
  ownerReferences?: OwnerRef[];
  creationTimestamp?: string;
  deletionTimestamp?: string;
  resourceVersion?: string;
}

export interface KubeObject {
  kind: string;
  apiVersion?: string;
  metadata: ObjectMeta;
}

export interface LabelSelectorRequirement {
  key: string;
  operator: 'In' | 'NotIn' | 'Exists' | 'DoesNotExist';
  values?: string[];
}

export interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: LabelSelectorRequirement[];
}

export type Protocol = 'TCP' | 'UDP' | 'SCTP';

export interface ContainerPort {
  name?: string;
  containerPort: number;
  protocol?: Protocol;
}

export interface Probe {
  httpGet?: { path?: string; port: number | string; scheme?: string };
  tcpSocket?: { port: number | string };
  grpc?: { port: number; service?: string };
  exec?: { command?: string[] };
  initialDelaySeconds?: number;
  periodSeconds?: number;
  timeoutSeconds?: number;
  failureThreshold?: number;
  successThreshold?: number;
}

export interface Container {
  name: string;
  image?: string;
  ports?: ContainerPort[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  lifecycle?: { preStop?: unknown };
  resources?: { limits?: Labels };
  restartPolicy?: string;
}

export interface PodCondition {
  type: string;
  status: 'True' | 'False' | 'Unknown';
  reason?: string;
  lastTransitionTime?: string;
}

export interface ContainerStateDetail {
  waiting?: { reason?: string; message?: string };
  running?: { startedAt?: string };
  terminated?: { reason?: string; exitCode?: number; startedAt?: string; finishedAt?: string };
}

export interface ContainerStatus {
  name: string;
  ready: boolean;
  restartCount: number;
  started?: boolean;
  state?: ContainerStateDetail;
  lastState?: ContainerStateDetail;
}

export interface Pod extends KubeObject {
  kind: 'Pod';
  spec: {
    nodeName?: string;
    hostNetwork?: boolean;
    containers: Container[];
    initContainers?: Container[];
    readinessGates?: { conditionType: string }[];
    terminationGracePeriodSeconds?: number;
    /** `dnsConfig.options` ndots, when the pod sets it. */
    ndots?: number;
  };
  status: {
    phase?: string;
    reason?: string;
    podIP?: string;
    conditions?: PodCondition[];
    containerStatuses?: ContainerStatus[];
    initContainerStatuses?: ContainerStatus[];
    /** Derived on ingest: seconds from the last container start to Ready (only while Ready). */
    startupSeconds?: number;
  };
}

export interface ServicePort {
  name?: string;
  port: number;
  targetPort?: number | string;
  protocol?: Protocol;
  nodePort?: number;
}

export interface Service extends KubeObject {
  kind: 'Service';
  spec: {
    type?: string;
    selector?: Labels;
    ports?: ServicePort[];
    clusterIP?: string;
    externalName?: string;
    publishNotReadyAddresses?: boolean;
    sessionAffinity?: string;
    internalTrafficPolicy?: string;
    externalTrafficPolicy?: string;
    ipFamilies?: string[];
  };
}

export interface EndpointConditions {
  ready?: boolean | null;
  serving?: boolean | null;
  terminating?: boolean | null;
}

export interface Endpoint {
  addresses: string[];
  conditions?: EndpointConditions;
  nodeName?: string;
  targetRef?: { kind?: string; name?: string; namespace?: string; uid?: string };
}

export interface EndpointPort {
  name?: string;
  port?: number;
  protocol?: Protocol;
}

export interface EndpointSlice extends KubeObject {
  kind: 'EndpointSlice';
  addressType?: string;
  endpoints: Endpoint[] | null;
  ports: EndpointPort[] | null;
}

export interface IngressServiceBackend {
  name: string;
  port?: { number?: number; name?: string };
}

export interface IngressBackend {
  service?: IngressServiceBackend;
  resource?: { apiGroup?: string; kind: string; name: string };
}

export interface IngressPath {
  path?: string;
  pathType?: string;
  backend: IngressBackend;
}

export interface IngressRule {
  host?: string;
  http?: { paths: IngressPath[] };
}

export interface Ingress extends KubeObject {
  kind: 'Ingress';
  spec: {
    ingressClassName?: string;
    defaultBackend?: IngressBackend;
    rules?: IngressRule[];
    tls?: { hosts?: string[]; secretName?: string }[];
  };
  status?: { loadBalancer?: { ingress?: { ip?: string; hostname?: string }[] } };
}

export interface IngressClass extends KubeObject {
  kind: 'IngressClass';
  spec: { controller?: string };
}

export interface NetworkPolicy extends KubeObject {
  kind: 'NetworkPolicy';
  spec: Record<string, unknown>;
}

export interface Namespace extends KubeObject {
  kind: 'Namespace';
  status?: { phase?: string };
}

export interface Node extends KubeObject {
  kind: 'Node';
  status?: { conditions?: PodCondition[]; addresses?: { type: string; address: string }[] };
}

export interface KubeEvent extends KubeObject {
  kind: 'Event';
  involvedObject: { kind?: string; name?: string; namespace?: string; uid?: string; fieldPath?: string };
  reason?: string;
  message?: string;
  type?: string;
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
}

/** A Secret as Hopscope keeps it: its name, type and the names of its keys. Never a value. */
export interface Secret extends KubeObject {
  kind: 'Secret';
  /** Unknown when read as metadata only (the live source never fetches Secret data). */
  type?: string;
  keys?: string[];
}

export interface ConfigMap extends KubeObject {
  kind: 'ConfigMap';
  data?: Labels;
}

export interface ParentRef {
  group?: string;
  kind?: string;
  namespace?: string;
  name: string;
  sectionName?: string;
  port?: number;
}

export interface BackendRef {
  group?: string;
  kind?: string;
  namespace?: string;
  name: string;
  port?: number;
  weight?: number;
}

export interface HTTPRouteRule {
  matches?: unknown[];
  backendRefs?: BackendRef[];
}

export interface HTTPRoute extends KubeObject {
  kind: 'HTTPRoute';
  spec: { parentRefs?: ParentRef[]; hostnames?: string[]; rules?: HTTPRouteRule[] };
  status?: Record<string, unknown>;
}

/** Gateway, GatewayClass and ReferenceGrant are kept with their spec and status as given. */
export interface GatewayApiObject extends KubeObject {
  kind: 'Gateway' | 'GatewayClass' | 'ReferenceGrant';
  spec: Record<string, unknown>;
  status?: Record<string, unknown>;
}

export type WorkloadKind = 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet' | 'Job' | 'CronJob';

/** Workloads (kinds with a pod template): what their checks read (replicas, selector, template labels, status). */
export interface Workload extends KubeObject {
  kind: WorkloadKind;
  spec: {
    replicas?: number;
    selector?: LabelSelector;
    templateLabels?: Labels;
    /** StatefulSets: the headless Service that gives its pods DNS names. */
    serviceName?: string;
  };
  status: {
    replicas?: number;
    readyReplicas?: number;
    availableReplicas?: number;
    /** `message` is kept for ReplicaFailure only (it names why pods cannot be created). */
    conditions?: { type: string; status: string; reason?: string; message?: string }[];
  };
}

export interface KindMap {
  Namespace: Namespace;
  Node: Node;
  Pod: Pod;
  Service: Service;
  EndpointSlice: EndpointSlice;
  Ingress: Ingress;
  IngressClass: IngressClass;
  NetworkPolicy: NetworkPolicy;
  Event: KubeEvent;
  ConfigMap: ConfigMap;
  Gateway: GatewayApiObject;
  GatewayClass: GatewayApiObject;
  HTTPRoute: HTTPRoute;
  ReferenceGrant: GatewayApiObject;
  Deployment: Workload;
  StatefulSet: Workload;
  DaemonSet: Workload;
  ReplicaSet: Workload;
  Job: Workload;
  CronJob: Workload;
  Secret: Secret;
}

export type Kind = keyof KindMap;
export type AnyObject = KindMap[Kind];

