import { basename } from 'node:path';
import type { SourceInfo, SyncStatus } from '../../lib/graph/types';
import type { ClusterState } from '../../lib/state/cluster-state';
import { loadConfig } from '../config';
import { connect } from '../kube/connect';
import { LiveCluster } from '../kube/live-cluster';
import { AccessReviewer } from '../kube/reviews';
import { loadFiles } from './file-source';

/** Where the graph's objects come from, whichever kind of source it is. */
export interface ClusterSource {
  info: SourceInfo;
  state: ClusterState;
  /** Things a person should know about the source (e.g. kinds it may not list). */
  notices(): string[];
  /** Bumped on every change; fixed for files and the demo. */
  version(): number;
  /** Called after changes (live sources only); returns the unsubscribe. */
  onChange(listener: () => void): () => void;
  /** A live source's first-sync progress. */
  sync(): SyncStatus | undefined;
  /** Access reviews against a live cluster, which scope each signed-in viewer. */
  reviewer?: AccessReviewer;
}

const STATIC = { notices: () => [], version: () => 0, onChange: () => () => undefined, sync: () => undefined };

let loading: Promise<ClusterSource> | null = null;

/** A watched cluster as the source the app shows. */
export function liveSource(live: LiveCluster, name: string, reviewer?: AccessReviewer): ClusterSource {
  return {
    info: { kind: 'live', name },
    state: live.state,
    notices: () => live.notices(),
    version: () => live.version,
    onChange: (listener) => live.onChange(listener),
    sync: () => live.sync(),
    ...(reviewer ? { reviewer } : {}),
  };
}

async function open(): Promise<ClusterSource> {
  const config = loadConfig();
  const wantsFiles = config.source === 'files' || (config.source === 'auto' && config.files.length > 0);
  if (wantsFiles) {
    const cluster = await loadFiles(config.files, { kind: 'file', name: config.files.map((f) => basename(f)).join(', ') }, { maxBytes: config.maxFileBytes });
    return { ...cluster, ...STATIC };
  }
  const kube = config.source === 'demo' ? null : connect({ kubeconfig: config.kubeconfig, context: config.context });
  if (kube) {
    const contextNamespace = kube.getContextObject(kube.getCurrentContext())?.namespace;
    const live = new LiveCluster(kube, { namespaces: config.namespaces.length ? config.namespaces : contextNamespace ? [contextNamespace] : [] });
    // Not awaited: the graph fills in while the kinds are listed, and the page shows the progress.
    void live.start();
    return liveSource(live, kube.getCurrentContext() || kube.getCurrentCluster()?.server || 'cluster', new AccessReviewer(kube));
  }
  if (config.source === 'live') throw new Error('HOPSCOPE_SOURCE=live, but no cluster is configured (KUBECONFIG, ~/.kube/config or in-cluster)');
  const demo = await loadFiles([config.demoFile], { kind: 'demo', name: 'Demo cluster' }, { maxBytes: config.maxFileBytes });
  return { ...demo, ...STATIC };
}

/** Makes `source` the one the app shows (the bench drives a synthetic source through the real routes). */
export function useCluster(source: ClusterSource): void {
  loading = Promise.resolve(source);
}

/** The source the app shows, opened once: dumps (HOPSCOPE_FILES), the configured cluster, or the bundled demo. */
export function currentCluster(): Promise<ClusterSource> {
  if (!loading) {
    loading = open();
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
