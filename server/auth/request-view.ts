// Everything a route needs to answer one viewer: who they are, what they may list, and the
// analysis of the cluster as they may see it (shared by every viewer with the same access).
import type { NextRequest } from 'next/server';
import { describeAccess, mayList, visibleNamespaces, type Access } from '../../lib/access/access';
import type { GraphMeta } from '../../lib/analysis/build-graph';
import type { Graph, SyncStatus } from '../../lib/graph/types';
import type { Kind } from '../../lib/k8s/types';
import type { ClusterState } from '../../lib/state/cluster-state';
import { sharedAnalyses } from '../analysis/shared-analyses';
import type { SharedAnalysis } from '../analysis/shared-analysis';
import { currentCluster, type ClusterSource } from '../source/current';
import { accessOf } from './access';
import { viewerOf, type Viewer } from './viewer';

export interface RequestView {
  cluster: ClusterSource;
  viewer: Viewer;
  access: Access;
  /** The analysis of what this viewer may see. */
  analysis: SharedAnalysis;
  /** The cluster as this viewer may see it. */
  state: ClusterState;
  notices: string[];
  sync: SyncStatus | undefined;
}

/** The view for a viewer already known (the stream re-reads it on every change). */
export async function viewOf(cluster: ClusterSource, viewer: Viewer): Promise<RequestView> {
  const access = await accessOf(viewer, cluster);
  const analysis = await sharedAnalyses(cluster).of(access);
  const state = analysis.cluster;
  const sync = cluster.sync();
  if (access.kind === 'everything') return { cluster, viewer, access, analysis, state, notices: cluster.notices(), sync };
  const scope = describeAccess(access, cluster.state.namespaces());
  const notices = [...(scope ? [scope] : []), ...(cluster.notices().length ? ['Hopscope itself may not list some kinds here; ask whoever runs it.'] : [])];
  return {
    cluster,
    viewer,
    access,
    analysis,
    state,
    notices,
    sync: sync && { ...sync, kinds: sync.kinds.filter((k) => mayList(access, k.kind as Kind, k.namespace)) },
  };
}

export async function requestView(request: NextRequest): Promise<RequestView> {
  const cluster = await currentCluster();
  return viewOf(cluster, await viewerOf(request, cluster));
}

/**
 * The namespaces to build for: null (all) unless some were asked for. A scoped viewer's request for
 * namespaces they may not list is answered as for empty ones, without repeating their names.
 */
export function namespacesFor(view: RequestView, requested: string[] | undefined): string[] | null {
  if (!requested?.length) return null;
  return view.access.kind === 'everything' ? requested : visibleNamespaces(view.access, requested);
}

/** What a graph says of its source for this viewer. */
export const graphMeta = (view: RequestView): GraphMeta => ({ source: view.cluster.info, notices: view.notices, sync: view.sync });

/** The graph of the namespaces a viewer looks at (null: all), from their shared analysis. */
export function graphFor(view: RequestView, namespaces: string[] | null): Graph {
  return view.analysis.graph(namespaces, graphMeta(view));
}
