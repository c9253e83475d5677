import { ClusterState, type ClusterStateOptions } from '../../lib/state/cluster-state';
import { SERVICE_NAME_LABEL } from '../../lib/graph/service-backends';
import type { SourceInfo } from '../../lib/graph/types';
import { TemplateCollector } from '../../lib/manifests/collector';
import { predictFromManifests } from '../../lib/manifests/manifests-mode';
import { readKubeFiles, type FileRead } from './read-files';
import { SourceLocations } from './source-locations';

export interface LoadedCluster {
  info: SourceInfo;
  state: ClusterState;
  files: string[];
  /** Where each object was read (file and line), when `locate` asked. */
  locations?: SourceLocations;
  /** What the person should know of how the input was read (manifests mode). */
  notes?: string[];
}

export interface LoadOptions {
  /** The largest file read (HOPSCOPE_MAX_FILE_BYTES); 256 MB by default. */
  maxBytes?: number;
  state?: ClusterStateOptions;
  /** Hears each file once its objects are in the state (for progress on long reads). */
  onFile?: (read: FileRead, objects: number) => void;
  /** Find the file and line of each object (for SARIF); it costs another pass over JSON text. */
  locate?: boolean;
  /**
   * Manifests mode (lib/manifests): `auto` when the input has workloads and no pods, `always` when
   * asked; the info's `mode` then says which ran. Left out, the input is read as it is (the server).
   */
  manifests?: 'auto' | 'always';
}

/** Predicted pods are found where their workload was written, predicted EndpointSlices where their Service was. */
function locatePredicted(state: ClusterState, locations: SourceLocations): void {
  for (const pod of state.list('Pod')) {
    const owner = pod.metadata.ownerReferences?.[0];
    const at = owner && locations.of({ kind: owner.kind, namespace: pod.metadata.namespace, name: owner.name });
    if (at) locations.record(pod, at);
  }
  for (const slice of state.list('EndpointSlice')) {
    const service = slice.metadata.labels?.[SERVICE_NAME_LABEL];
    const at = service && locations.of({ kind: 'Service', namespace: slice.metadata.namespace, name: service });
    if (at && !locations.of({ kind: 'EndpointSlice', namespace: slice.metadata.namespace, name: slice.metadata.name })) locations.record(slice, at);
  }
}

/**
 * Reads dumps into a ClusterState, file by file; unknown kinds are skipped and counted, never fatal.
 * `state: { journal: false }` for a one-shot analysis (the CLI), which never asks what changed.
 */
export async function loadFiles(paths: string[], info: SourceInfo, options: LoadOptions = {}): Promise<LoadedCluster> {
  const state = new ClusterState(options.state);
  const locations = options.locate ? new SourceLocations() : undefined;
  const templates = options.manifests ? new TemplateCollector(options.manifests === 'always') : undefined;
  const { files } = await readKubeFiles(
    paths,
    (objects, read) => {
      for (let i = 0; i < objects.length; i++) {
        const result = state.ingest(objects[i]!);
        const line = read.lines?.[i];
        if (locations && 'object' in result) locations.record(result.object, { file: read.file, ...(line === undefined ? {} : { line }) });
        if (templates && 'object' in result) templates.offer(objects[i]!, result.object);
      }
      options.onFile?.(read, objects.length);
    },
    options.maxBytes,
    options.locate,
  );
  const chosen = templates?.chosen();
  const notes = chosen ? predictFromManifests(state, chosen, options.manifests === 'always') : [];
  if (chosen && locations) locatePredicted(state, locations);
  const mode = options.manifests ? { mode: chosen ? ('manifests' as const) : ('live-state' as const) } : {};
  return { info: { ...info, ...mode }, state, files, ...(locations ? { locations } : {}), ...(notes.length ? { notes } : {}) };
}
