import { ClusterState } from '../../lib/state/cluster-state';
import type { SourceInfo } from '../../lib/graph/types';
import { readKubeFiles } from './read-files';

export interface LoadedCluster {
  info: SourceInfo;
  state: ClusterState;
  files: string[];
}

/** Reads dumps into a ClusterState; unknown kinds are skipped and counted, never fatal. */
export async function loadFiles(paths: string[], info: SourceInfo, maxBytes?: number): Promise<LoadedCluster> {
  const { objects, files } = await readKubeFiles(paths, maxBytes);
  const state = new ClusterState();
  for (const object of objects) state.ingest(object);
  return { info, state, files };
}
