import type { KindMap, Pod } from '../k8s/types';
import type { ControllerPods } from '../netpol/controllers';
import type { NetpolEngine } from '../netpol/evaluate';
import type { ServiceReach } from '../netpol/reach';
import type { ClusterState } from '../state/cluster-state';
import type { ServiceBackends } from '../graph/service-backends';
import type { Evidence, Finding, GraphEdge, GraphNode, HopKind, NodeOfKind, Severity } from '../graph/types';

/** What a check may read: the state, the hops in scope and their links. */
export interface CheckContext {
  readonly state: ClusterState;
  node(id: string): GraphNode | undefined;
  incoming(id: string): readonly GraphEdge[];
  outgoing(id: string): readonly GraphEdge[];
  /** The Service's selected pods and slices, for Service and EndpointSlices hops. */
  backends(serviceNodeId: string): ServiceBackends | undefined;
  /** The Kubernetes object a hop stands for. */
  object<K extends keyof KindMap>(node: GraphNode, kind: K): KindMap[K] | undefined;
  /** The cluster's NetworkPolicies, compiled on first use. */
  readonly netpol: NetpolEngine;
  /** The controller pod table (IngressClass / GatewayClass controller -> pod labels). */
  readonly controllerTable: readonly ControllerPods[];
  /** Running pods with an IP of an IngressClass / GatewayClass controller, by the table (memoized). */
  controllerPods(controller: string): Pod[];
  /** The time findings are judged at (ms since the epoch). */
  readonly now: number;
  /** Whether the routes' controller pods reach a Service hop's pods (computed once per hop). */
  reach(serviceNodeId: string): ServiceReach | null;
}

export interface FindingDraft {
  severity: Severity;
  message: string;
  evidence: Evidence;
  edge?: string;
}

export interface Check<K extends HopKind = HopKind> {
  /** Stable id from docs/checks.md. */
  id: string;
  hop: K;
  /** A few words for lists, e.g. "Service selector matches no pod". */
  title: string;
  run(node: NodeOfKind<K>, ctx: CheckContext): FindingDraft[];
}

export function defineCheck<K extends HopKind>(check: Check<K>): Check<K> {
  return check;
}

export type { Finding };
