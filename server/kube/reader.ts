// The only Kubernetes client the app uses. It can get, list and watch; nothing else exists on it,
// so Hopscope cannot change a cluster even by mistake (a test checks this shape).
import { HttpMethod, KubeConfig, RequestContext, Watch } from '@kubernetes/client-node';
import { fetch } from 'undici';

export class KubeApiError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = 'KubeApiError';
  }
}

export interface ListPage {
  items: Record<string, unknown>[] | null;
  metadata: { resourceVersion?: string; continue?: string };
}

export type WatchEvent = { type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR'; object: Record<string, unknown> };

/** Asks the API server for metadata only (PartialObjectMetadata): used for Secrets, whose data Hopscope never fetches. */
const METADATA_ONLY = {
  list: 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1',
  watch: 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1',
};

export class KubeReader {
  private readonly watcher: Watch;
  private readonly metadataWatcher: Watch;

  constructor(readonly config: KubeConfig) {
    this.watcher = new Watch(config);
    // client-node's Watch takes its headers from the config: this one adds the metadata-only Accept.
    const metadataConfig = Object.create(config) as KubeConfig;
    metadataConfig.applySecurityAuthentication = async (context: RequestContext) => {
      await config.applySecurityAuthentication(context);
      context.setHeaderParam('Accept', METADATA_ONLY.watch);
    };
    this.metadataWatcher = new Watch(metadataConfig);
  }

  private url(path: string, query: Record<string, string | number | boolean | undefined>): string {
    const cluster = this.config.getCurrentCluster();
    if (!cluster) throw new Error('the kubeconfig has no current cluster');
    const url = new URL(cluster.server + path);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
    return url.toString();
  }

  async get(path: string, query: Record<string, string | number | boolean | undefined> = {}, accept?: string): Promise<Record<string, unknown>> {
    const context = new RequestContext(this.url(path, query), HttpMethod.GET);
    await this.config.applySecurityAuthentication(context);
    if (accept) context.setHeaderParam('Accept', accept);
    const response = await fetch(context.getUrl(), { headers: context.getHeaders(), dispatcher: context.getDispatcher() });
    const text = await response.text();
    if (!response.ok) {
      let message = text.slice(0, 300);
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? message;
      } catch {
        // not JSON: keep the text
      }
      throw new KubeApiError(response.status, path, message);
    }
    return JSON.parse(text) as Record<string, unknown>;
  }

  /** One page of a LIST (`limit` + `continue`), so a huge cluster never arrives as one giant string. */
  async list(path: string, options: { limit: number; continue?: string; fieldSelector?: string; metadataOnly?: boolean }): Promise<ListPage> {
    const query = { limit: options.limit, continue: options.continue, fieldSelector: options.fieldSelector };
    return (await this.get(path, query, options.metadataOnly ? METADATA_ONLY.list : undefined)) as unknown as ListPage;
  }

  /** A WATCH from `resourceVersion`, with bookmarks (metadata only, when asked). Returns a function that stops it. */
  async watch(
    path: string,
    query: Record<string, string | number | boolean | undefined>,
    onEvent: (event: WatchEvent) => void,
    onDone: (error: unknown) => void,
    metadataOnly = false,
  ): Promise<() => void> {
    const controller = await (metadataOnly ? this.metadataWatcher : this.watcher).watch(
      path,
      { allowWatchBookmarks: true, ...query },
      (type, object) => onEvent({ type: type as WatchEvent['type'], object: object as Record<string, unknown> }),
      onDone,
    );
    return () => controller.abort();
  }
}
