// Lists every kind Hopscope reads once, with the live source's read-only client and resources, into
// a ClusterState trimmed as the live source keeps it: what `hopscope capture` writes.
import { ClusterState } from '../../lib/state/cluster-state';
import { PAGE_SIZE } from './informer';
import { KubeApiError, type KubeReader, type ListPage } from './reader';
import { collectionPath, gatewayResources, RESOURCES, type Resource } from './resources';
import { secretTablePage } from './secret-table';

/** How one kind was read, in one namespace or cluster-wide. */
export interface KindRead {
  resource: Resource;
  /** Set when the kind was listed in one namespace. */
  namespace?: string;
  /** Listed in the context's namespace because the identity may not list it cluster-wide. */
  fallback?: boolean;
  count: number;
  ms: number;
  /** Why nothing was read: no permission (403), or the cluster does not serve the kind (404). */
  skipped?: { forbidden: boolean; message: string };
}

export interface CaptureOptions {
  /** List namespaced kinds only in these; none: cluster-wide. */
  namespaces: string[];
  /** Where to list a namespaced kind the identity may not list cluster-wide (the context's namespace). */
  fallbackNamespace?: string;
  onRead(read: KindRead): void;
}

export interface Capture {
  state: ClusterState;
  /** The resources read, in order: the kinds of the kind table, then the Gateway API kinds the cluster serves. */
  resources: Resource[];
}

/** The apiVersion of a resource's objects, from its API path: `/apis/apps/v1` → `apps/v1`. */
export const apiVersionOf = (resource: Resource): string => resource.prefix.replace(/^\/apis?\//, '');

async function listInto(reader: KubeReader, resource: Resource, namespace: string | undefined, state: ClusterState): Promise<number> {
  const path = collectionPath(resource, namespace);
  let count = 0;
  let next: string | undefined;
  do {
    const page: ListPage =
      resource.kind === 'Secret'
        ? await secretTablePage(reader, path, { limit: PAGE_SIZE, continue: next })
        : await reader.list(path, { limit: PAGE_SIZE, continue: next, fieldSelector: resource.fieldSelector, metadataOnly: resource.metadataOnly });
    for (const item of page.items ?? []) {
      item.kind = resource.kind;
      state.ingest(item);
      count++;
    }
    next = page.metadata.continue || undefined;
  } while (next);
  return count;
}

const refused = (error: unknown): error is KubeApiError => error instanceof KubeApiError && (error.status === 403 || error.status === 404);

/**
 * Lists each kind once, one after the other: cluster-wide, or in each of `namespaces`; a kind the
 * identity may not list cluster-wide in the fallback namespace, as the live source does. A kind it
 * may not list (or the cluster does not serve) is reported and skipped; any other error (the API
 * server unreachable) ends the capture.
 */
export async function captureCluster(reader: KubeReader, options: CaptureOptions): Promise<Capture> {
  const state = new ClusterState({ journal: false });
  const resources = [...RESOURCES, ...(await gatewayResources((path) => reader.get(path)))];
  const read = async (resource: Resource, namespace?: string): Promise<KindRead> => {
    const started = performance.now();
    const done = (rest: Pick<KindRead, 'count'> & Partial<KindRead>): KindRead => ({ resource, ...(namespace ? { namespace } : {}), ms: performance.now() - started, ...rest });
    try {
      return done({ count: await listInto(reader, resource, namespace, state) });
    } catch (error) {
      if (!refused(error)) throw error;
      const what = error.status === 403 ? `no permission to list ${resource.plural}${namespace ? ` in namespace ${namespace}` : ''}` : `the cluster does not serve ${resource.plural}`;
      return done({ count: 0, skipped: { forbidden: error.status === 403, message: `${what}: ${error.message}` } });
    }
  };
  for (const resource of resources) {
    const perNamespace = resource.namespaced && !resource.namespace;
    if (perNamespace && options.namespaces.length > 0) {
      for (const namespace of options.namespaces) options.onRead(await read(resource, namespace));
      continue;
    }
    const whole = await read(resource, resource.namespace);
    if (whole.skipped?.forbidden && perNamespace && options.fallbackNamespace) options.onRead({ ...(await read(resource, options.fallbackNamespace)), fallback: true });
    else options.onRead(whole);
  }
  return { state, resources };
}
