import { ClusterState, type ClusterStateOptions } from '../../lib/state/cluster-state';
import type { SourceInfo } from '../../lib/graph/types';
import { readKubeFiles } from './read-files';

export interface LoadedCluster {
  info: SourceInfo;
  state: ClusterState;
  files: string[];
}

/**
 * Reads dumps into a ClusterState, file by file; unknown kinds are skipped and counted, never fatal.
 * `journal: false` for a one-shot analysis (the CLI), which never asks what changed.
 */
export async function loadFiles(paths: string[], info: SourceInfo, maxBytes?: number, options?: ClusterStateOptions): Promise<LoadedCluster> {
  const state = new ClusterState(options);
  const { files } = await readKubeFiles(
    paths,
    (objects) => {
      for (const object of objects) state.ingest(object);
    },
    maxBytes,
  );
  return { info, state, files };
}
