// Everything a route needs to answer one viewer: who they are, what they may list, and the cluster
// as they may see it (the shared watched cache, filtered per viewer; cached per access and version).
import type { NextRequest } from 'next/server';
import { describeAccess, mayList, visibleNamespaces, type Access } from '../../lib/access/access';
import { scopeState } from '../../lib/access/scope-state';
import type { SyncStatus } from '../../lib/graph/types';
import type { Kind } from '../../lib/k8s/types';
import type { ClusterState } from '../../lib/state/cluster-state';
import { currentCluster, type ClusterSource } from '../source/current';
import { accessOf } from './access';
import { viewerOf, type Viewer } from './viewer';

export interface RequestView {
  cluster: ClusterSource;
  viewer: Viewer;
  access: Access;
  state: ClusterState;
  notices: string[];
  sync: SyncStatus | undefined;
}

const scoped = new WeakMap<Access, { version: number; state: ClusterState }>();

function stateFor(cluster: ClusterSource, access: Access): ClusterState {
  if (access.kind === 'everything') return cluster.state;
  const version = cluster.version();
  const hit = scoped.get(access);
  if (hit?.version === version) return hit.state;
  const state = scopeState(cluster.state, access);
  scoped.set(access, { version, state });
  return state;
}

/** The view for a viewer already known (the stream re-reads it on every change). */
export async function viewOf(cluster: ClusterSource, viewer: Viewer): Promise<RequestView> {
  const access = await accessOf(viewer, cluster);
  const state = stateFor(cluster, access);
  const sync = cluster.sync();
  if (access.kind === 'everything') return { cluster, viewer, access, state, notices: cluster.notices(), sync };
  const scope = describeAccess(access, cluster.state.namespaces());
  const notices = [...(scope ? [scope] : []), ...(cluster.notices().length ? ['Hopscope itself may not list some kinds here; ask whoever runs it.'] : [])];
  return {
    cluster,
    viewer,
    access,
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
