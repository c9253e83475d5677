import { ClusterState, type ClusterStateOptions } from '../../lib/state/cluster-state';
import type { SourceInfo } from '../../lib/graph/types';
import { readKubeFiles, type FileRead } from './read-files';

export interface LoadedCluster {
  info: SourceInfo;
  state: ClusterState;
  files: string[];
}

export interface LoadOptions {
  /** The largest file read (HOPSCOPE_MAX_FILE_BYTES); 256 MB by default. */
  maxBytes?: number;
  state?: ClusterStateOptions;
  /** Hears each file once its objects are in the state (for progress on long reads). */
  onFile?: (read: FileRead, objects: number) => void;
}

/**
 * Reads dumps into a ClusterState, file by file; unknown kinds are skipped and counted, never fatal.
 * `state: { journal: false }` for a one-shot analysis (the CLI), which never asks what changed.
 */
export async function loadFiles(paths: string[], info: SourceInfo, options: LoadOptions = {}): Promise<LoadedCluster> {
  const state = new ClusterState(options.state);
  const { files } = await readKubeFiles(
    paths,
    (objects, read) => {
      for (const object of objects) state.ingest(object);
      options.onFile?.(read, objects.length);
    },
    options.maxBytes,
  );
  return { info, state, files };
}
