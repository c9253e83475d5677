// The Graph contract: what the API returns, the UI draws, the CLI prints and snapshots keep.
// Change it here and nowhere else.

export const GRAPH_SCHEMA_VERSION = 1;

export type Severity = 'info' | 'warning' | 'critical';
export type Health = 'ok' | 'unknown' | Severity;
export type HopKind = 'client' | 'ingress' | 'httproute' | 'service' | 'endpoints' | 'pod';

/** The Kubernetes object a hop stands for. */
export interface ObjectRef {
  kind: string;
  namespace?: string;
  name: string;
}

export interface EvidenceField {
  object: ObjectRef;
  /** A Kubernetes field path, e.g. `spec.selector` or `status.containerStatuses[app].lastState`. */
  path: string;
  value: string;
}

export interface Evidence {
  objects: ObjectRef[];
  fields: EvidenceField[];
  /** Commands that show the same facts from a terminal. */
  kubectl: string[];
}

export interface Finding {
  /** A stable id from docs/checks.md, e.g. `SVC-SELECTOR-NOMATCH`. */
  id: string;
  severity: Severity;
  /** The id of the graph node the finding belongs to. */
  hop: string;
  /** The edge the finding breaks, when it is about a link between two hops. */
  edge?: string;
  message: string;
  evidence: Evidence;
}

/** A check that could not judge a hop from the input, and why (no Secrets in a dump, no Events, ...). */
export interface NotChecked {
  id: string;
  reason: string;
}

interface NodeBase {
  id: string;
  /** The object this hop stands for; null only for the Client. */
  ref: ObjectRef | null;
  health: Health;
  findings: Finding[];
  /** What could not be checked here, and why: absent when everything was. */
  notChecked?: NotChecked[];
}

export interface ClientNode extends NodeBase {
  kind: 'client';
}

export interface IngressRoute {
  host: string | null;
  path: string;
  pathType: string;
  /** `service:port` (or `resource Kind/name`) the rule sends requests to. */
  backend: string;
  /** The graph node id of the backend Service, when the backend is a Service. */
  serviceNode: string | null;
}

export interface IngressNode extends NodeBase {
  kind: 'ingress';
  className: string | null;
  hosts: string[];
  tlsHosts: string[];
  routes: IngressRoute[];
  addresses: string[];
}

export interface HTTPRouteNode extends NodeBase {
  kind: 'httproute';
  hostnames: string[];
  parents: string[];
  routes: IngressRoute[];
}

export interface ServicePortInfo {
  name: string;
  port: number;
  protocol: string;
  targetPort: string;
}

export interface ServiceNode extends NodeBase {
  kind: 'service';
  /** True for a Service that something points at but that does not exist. */
  missing: boolean;
  type: string;
  clusterIP: string | null;
  selector: Record<string, string> | null;
  ports: ServicePortInfo[];
  /**
   * Health of the Service's EndpointSlices hop. It is part of the card's health: a Service
   * without ready endpoints fails every request even when the Service itself is right.
   */
  backendHealth: Health;
}

export interface EndpointCounts {
  ready: number;
  notReady: number;
  terminating: number;
}

export interface EndpointsNode extends NodeBase {
  kind: 'endpoints';
  service: string;
  slices: string[];
  counts: EndpointCounts;
}

export interface ContainerInfo {
  name: string;
  ready: boolean;
  restarts: number;
  /** `running`, `waiting: CrashLoopBackOff`, `terminated: Error`, ... */
  state: string;
  lastTermination: string | null;
}

export interface PodNode extends NodeBase {
  kind: 'pod';
  phase: string;
  ready: boolean;
  podIP: string | null;
  nodeName: string | null;
  owner: string | null;
  restarts: number;
  containers: ContainerInfo[];
  terminating: boolean;
}

export type GraphNode = ClientNode | IngressNode | HTTPRouteNode | ServiceNode | EndpointsNode | PodNode;

export type EdgeKind = 'client-route' | 'route-service' | 'service-endpoints' | 'endpoints-pod';

/** One port as a request uses it along an edge. */
export interface PortStep {
  /** Service port name ("" when unnamed). */
  name: string;
  from: string;
  /** The port on the far side; null when it does not resolve there. */
  to: string | null;
  protocol: string;
}

/** The NetworkPolicy verdict for the controller pods -> this pod, on the port the request uses. */
export interface EdgePolicy {
  verdict: 'allowed' | 'blocked' | 'partial';
  /** `namespace/name` of the policies that decide it (the isolating ones, or the one that allowed). */
  policies: string[];
  reason: string;
}

export interface GraphEdge {
  id: string;
  kind: EdgeKind;
  source: string;
  target: string;
  ports: PortStep[];
  /** Short text for the edge, e.g. `:80 /api` or `http -> 8080`. */
  label: string;
  health: Health;
  /** For endpoints-pod edges: whether the pod is an endpoint, and its conditions. */
  endpoint?: { ready: boolean; serving: boolean; terminating: boolean } | null;
  /** For endpoints-pod edges behind an Ingress or Gateway, when some NetworkPolicy applies. */
  policy?: EdgePolicy;
}

export interface SourceInfo {
  kind: 'demo' | 'file' | 'live' | 'snapshot';
  name: string;
}

/** Progress of a live source's first sync, kind by kind. */
export interface SyncStatus {
  ready: boolean;
  kinds: { kind: string; namespace?: string; state: string; count: number }[];
}

export interface Graph {
  schemaVersion: typeof GRAPH_SCHEMA_VERSION;
  source: SourceInfo;
  /** Namespaces shown; null means all. */
  scope: { namespaces: string[] | null };
  /** Every namespace the source knows, for the filter. */
  namespaces: string[];
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Things the source wants a person to know (skipped kinds, trimmed data). */
  notes: string[];
  /** For a live source until its first sync is done: what is being listed. */
  sync?: SyncStatus;
}

export type NodeOfKind<K extends HopKind> = Extract<GraphNode, { kind: K }>;
