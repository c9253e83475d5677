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

/**
 * `failing-now`: requests fail now (observed state, a policy blocking a live path, a backend missing on
 * a routed path, metrics over a threshold); `risk`: configuration that fails under some condition, and context.
 */
export type FindingClass = 'failing-now' | 'risk';

/** A finding elsewhere: its check id and its hop. */
export interface FindingRef {
  id: string;
  hop: string;
}

export interface Finding {
  /** A stable id from docs/checks.md, e.g. `SVC-SELECTOR-NOMATCH`. */
  id: string;
  severity: Severity;
  /** Failing now or a risk (docs/checks.md says which, per check). */
  class: FindingClass;
  /** The id of the graph node the finding belongs to. */
  hop: string;
  /** The edge the finding breaks, when it is about a link between two hops. */
  edge?: string;
  message: string;
  evidence: Evidence;
  /**
   * The findings that cause this one (EPS-EMPTY because of SVC-SELECTOR-NOMATCH): those on its own
   * hop first, then by hop, at most a few; absent on a root cause. A hop lists its findings failing now first, root causes before
   * their effects, then by severity and the paths they break; risks after.
   */
  because?: FindingRef[];
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

/** Endpoints by their conditions, counting only those whose slice carries every Service port. */
export interface EndpointCounts {
  ready: number;
  notReady: number;
  terminating: number;
  /** Endpoints listed in a slice that lacks a Service port (requests to it never reach them); absent when none. */
  withoutPort?: number;
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

/**
 * Hops a view folds into one card: pods of one Service that look alike, the Services (with
 * everything behind them) of one route or of a namespace's in-cluster paths, or the paths of a whole
 * namespace. Only views have them (the server decides what a browser can draw); the analysis, the
 * CLI and snapshots carry every hop.
 */
export interface GroupNode {
  /** `group/<EndpointSlices hop id>[/n]` for pods, `group/services/<route hop id or namespace>`, `group/namespace/<namespace>`, `group/namespaces`. */
  id: string;
  kind: 'group';
  folds: 'pods' | 'services' | 'namespace';
  /** The kind of hop whose column the card sits in: pods, Services, or routes for a namespace. */
  column: 'pod' | 'service' | 'ingress';
  namespace: string | null;
  /** The hop the folded hops hang off (the EndpointSlices, the route), or null. */
  parent: string | null;
  /** The worst health of what it folds (a namespace can be critical; a Services or pods card never is). */
  health: Health;
  /** Folded hops by kind, and by health. */
  hops: Partial<Record<HopKind, number>>;
  healths: Partial<Record<Health, number>>;
  /** How many of the folded hops carry each finding id (context aside): what they share is said on the card. */
  findings: Partial<Record<string, number>>;
  /** For pods: every pod behind the Service, folded or not, and how many are ready. */
  pods?: { total: number; ready: number };
  /** For a card of several namespaces: how many. */
  namespaces?: number;
  /** Hosts of the folded routes, a few (for namespaces and routes' Services). */
  hosts: string[];
}

/**
 * A root cause and what it breaks: the findings it explains on its path, grouped (a selector typo
 * that empties a Service is one problem, not the findings on each of its hops), ranked by impact.
 */
export interface Problem {
  /** The hop it is anchored at (the Service whose path it breaks, or the route), `client#CHECK-ID` for cluster-wide findings. */
  id: string;
  /** The hop to open: select it and its path shows the problem. */
  hop: string;
  severity: Severity;
  /** Its cause's class: problems failing now are listed before risks. */
  class: FindingClass;
  /** Its root cause: the first of its findings in a hop's order (failing now, a cause before its effects). */
  cause: { id: string; hop: string; message: string };
  /** Findings it explains (the cause and its echoes, which follow their cause's links here), on how many hops. */
  findings: number;
  hops: number;
  /** Route rules that send requests into it, their hosts (a few), and the route -> Service edges (for request rates). */
  paths: number;
  hosts: string[];
  edges: string[];
  namespace: string | null;
}

/** Problems with one cause, when there are many: one row in the list, its problems asked for when opened. */
export interface ProblemGroup {
  /** The check id of the cause they share. */
  cause: string;
  /** The check's title, e.g. "Service selector matches no pod". */
  title: string;
  severity: Severity;
  class: FindingClass;
  count: number;
  /** Route rules they break, together, and a few hosts. */
  paths: number;
  hosts: string[];
}

/** The Problems list: problems one by one, and those with a common cause that are many as one group each. */
export interface ProblemList {
  problems: Problem[];
  groups: ProblemGroup[];
}

/** How a view was cut down to what a browser draws well. Absent on a full graph (the CLI, snapshots). */
export interface ViewDetail {
  /** What folds: healthy pods only; also healthy Services; also whole namespaces (the overview). */
  level: 'all' | 'services' | 'overview';
  /** The hop whose paths the view shows (the path view), or null. */
  focus: string | null;
  /** Hops in scope, and how many of them are drawn as themselves. */
  hops: number;
  shown: number;
  /** Healthy hops left out by "only problems". */
  hidden: number;
  /** Problems in scope, by severity. */
  problems: { critical: number; warning: number };
}

export interface SourceInfo {
  kind: 'demo' | 'file' | 'live' | 'snapshot';
  name: string;
  /**
   * What the hops were read from, when the source says (the CLI always does): the live state, or
   * manifests, whose workload templates stand in for pods that do not exist yet (lib/manifests).
   */
  mode?: 'live-state' | 'manifests';
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
  /** Cards standing for folded hops (a view's); edges may end at them. */
  groups?: GroupNode[];
  detail?: ViewDetail;
}

export type NodeOfKind<K extends HopKind> = Extract<GraphNode, { kind: K }>;
