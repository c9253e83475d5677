import { basename } from 'node:path';
import { loadConfig } from '../config';
import { loadFiles, type LoadedCluster } from './file-source';

let loading: Promise<LoadedCluster> | null = null;

/** The cluster the app shows: the dumps named by HOPSCOPE_FILES, or the bundled demo. Loaded once. */
export function currentCluster(): Promise<LoadedCluster> {
  if (!loading) {
    const config = loadConfig();
    loading =
      config.files.length > 0
        ? loadFiles(config.files, { kind: 'file', name: config.files.map((f) => basename(f)).join(', ') }, config.maxFileBytes)
        : loadFiles([config.demoFile], { kind: 'demo', name: 'Demo cluster' }, config.maxFileBytes);
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
