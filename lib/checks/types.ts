import type { KindMap, Pod } from '../k8s/types';
import type { ControllerPods } from '../netpol/controllers';
import type { NetpolEngine } from '../netpol/evaluate';
import type { ServiceReach } from '../netpol/reach';
import type { StateReader } from '../state/state-reader';
import type { ServiceBackends } from '../graph/service-backends';
import type { Evidence, Finding, FindingRef, GraphEdge, GraphNode, HopKind, NodeOfKind, Severity } from '../graph/types';
import type { CheckId } from './classes';

/**
 * What a check may read: the state, the hops and their links, and facts shared by every hop. In the
 * server every read is recorded, so a change re-runs a hop only when something it read changed:
 * read through the context, never around it.
 */
export interface CheckContext {
  readonly state: StateReader;
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
  /** Whether `timestamp` (ms since the epoch) lies more than `ageMs` before the time findings are judged at; the hop is judged again when that changes. */
  olderThan(timestamp: number, ageMs: number): boolean;
  /**
   * Manifests mode: the pods were predicted from workload templates and the EndpointSlices from them,
   * so what lives outside the manifests (IngressClasses, Gateways, Nodes) may exist without being in the input.
   */
  readonly manifests: boolean;
  /** Whether the routes' controller pods reach a Service hop's pods (computed once per hop). */
  reach(serviceNodeId: string): ServiceReach | null;
  /**
   * A fact shared by every hop that asks for it (by name), computed once. With `equal`, a change to
   * what it read re-runs the hops that read it only if its value changed.
   */
  memo<T>(name: string, compute: () => T, equal?: (a: T, b: T) => boolean): T;
  /** One entry of a keyed fact (a Map built once, named without spaces): hops re-run only when their entry changes. */
  lookup<V>(name: string, build: () => ReadonlyMap<string, V>, key: string, equal: (a: V, b: V) => boolean): V | undefined;
}

export interface FindingDraft {
  severity: Severity;
  message: string;
  evidence: Evidence;
  edge?: string;
  /**
   * Findings on other hops that cause this one, named from what the check read and by the cause's
   * own rule, so that they are there (the same hop's are in SAME_HOP_CAUSES).
   */
  because?: FindingRef[];
}

/** What a check returns when the input lacks what it needs to judge the hop: said, not silent. */
export interface NotCheckedDraft {
  notChecked: string;
}

export interface Check<K extends HopKind = HopKind> {
  /** Stable id from docs/checks.md; its class (failing now or risk) is declared in CHECK_CLASSES (classes.ts). */
  id: CheckId;
  hop: K;
  /** A few words for lists, e.g. "Service selector matches no pod". */
  title: string;
  /** Judges what only a running cluster shows (status, readiness, restarts, Events): in manifests mode it is not run, and the hop says so. */
  liveState?: true;
  run(node: NodeOfKind<K>, ctx: CheckContext): (FindingDraft | NotCheckedDraft)[];
}

export function defineCheck<K extends HopKind>(check: Check<K>): Check<K> {
  return check;
}

export type { Finding };
