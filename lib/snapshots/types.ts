import type { Graph } from '../graph/types';
import type { AnyObject } from '../k8s/types';
import type { MetricsLayer } from '../metrics/types';
import type { TraceResult } from '../trace/trace';
import type { ProblemsByNamespace } from './problems';

/** What a frozen view was made of: the link's parameters. */
export interface SnapshotView {
  namespaces: string[];
  node: string | null;
  trace: string | null;
  method: string;
  headers: string[];
  range: string;
}

export interface SnapshotSummary {
  /** Unguessable: 128 random bits, base64url. */
  id: string;
  title: string;
  note: string;
  /** When it was frozen here, or imported here: retention counts from it. */
  createdAt: string;
  /** Who froze it, or imported it. */
  createdBy: string;
  /** The source's name: the kube context, the dump's files, or "Demo cluster". */
  cluster: string;
  /** The namespaces its hops are in (who may list none of them does not see it). */
  namespaces: string[];
  /** The view it was frozen with, which its link reopens. */
  view: SnapshotView;
  /** Its problems when frozen, per namespace; null for snapshots made before they were counted. */
  problems: ProblemsByNamespace | null;
}

/** A frozen view: everything needed to reopen exactly what someone saw, without the cluster. */
export interface Snapshot extends SnapshotSummary {
  kind: 'HopscopeSnapshot';
  version: 1;
  /** For an imported snapshot: when and by whom it was frozen, as the file says (not checked). */
  frozen?: { at: string; by: string };
  graph: Graph;
  metrics: MetricsLayer | null;
  trace: TraceResult | null;
  /** The trimmed objects behind the graph, so `hopscope analyze` can read the snapshot file. */
  objects: AnyObject[];
}
