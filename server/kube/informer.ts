import type { Kind } from '../../lib/k8s/types';
import { KubeApiError, type KubeReader, type WatchEvent } from './reader';
import { collectionPath, type Resource } from './resources';

export const PAGE_SIZE = 500;

export interface Sink {
  upsert(raw: Record<string, unknown>): void;
  remove(kind: Kind, namespace: string | undefined, name: string): void;
  /** The objects of a kind the sink holds (in one namespace, when given), as namespace and name. */
  keys(kind: Kind, namespace: string | undefined): [string | undefined, string][];
}

export type InformerState = 'listing' | 'watching' | 'reconnecting' | 'forbidden' | 'failed' | 'stopped';

export interface InformerStatus {
  kind: Kind;
  state: InformerState;
  /** Set when the informer watches one namespace. */
  namespace?: string;
  /** Objects listed so far (progress on first sync), then objects known. */
  count: number;
  /** Full LISTs so far: 1 after the first sync, more after 410 Gone or a failed first sync. */
  lists: number;
  message?: string;
}

function keyOf(object: Record<string, unknown>): [string | undefined, string] {
  const meta = (object.metadata ?? {}) as { namespace?: string; name?: string };
  return [meta.namespace, meta.name ?? ''];
}

const key = (namespace: string | undefined, name: string) => `${namespace ?? ''}/${name}`;

/**
 * LIST (paged) then WATCH one kind into a sink. Resumes from the last resourceVersion (bookmarks
 * keep it fresh), relists on 410 Gone, reconnects with backoff when the API server goes away.
 */
export class Informer {
  /** Objects this informer has in the sink (the sink itself holds them: no key set per object). */
  private count = 0;
  private resourceVersion: string | undefined;
  private stopWatch: (() => void) | null = null;
  private stopped = false;
  private failures = 0;
  private lists = 0;
  private status: InformerStatus;

  private readonly path: string;

  constructor(
    private readonly reader: KubeReader,
    private readonly resource: Resource,
    /** Watch one namespace instead of the whole cluster (for identities that may list only there). */
    private readonly namespace: string | undefined,
    private readonly sink: Sink,
    private readonly onChange: () => void,
    private readonly onStatus: (status: InformerStatus) => void,
  ) {
    this.path = collectionPath(resource, namespace);
    this.status = { kind: resource.kind, state: 'listing', count: 0, lists: 0 };
  }

  /** Resolves after the first full LIST and the WATCH that follows it (or when the kind cannot be listed). */
  async start(): Promise<void> {
    try {
      await this.relist();
    } catch (error) {
      if (error instanceof KubeApiError && error.status === 403) {
        const where = this.namespace ? ` in namespace ${this.namespace}` : '';
        this.report('forbidden', `no permission to list ${this.resource.plural}${where}: ${error.message}`);
        return;
      }
      this.report('reconnecting', (error as Error).message);
      this.scheduleRetry();
      return;
    }
    await this.watch();
  }

  stop(): void {
    this.stopped = true;
    this.stopWatch?.();
    this.report('stopped');
  }

  private report(state: InformerState, message?: string): void {
    this.status = { kind: this.resource.kind, ...(this.namespace ? { namespace: this.namespace } : {}), state, count: this.count, lists: this.lists, ...(message ? { message } : {}) };
    this.onStatus(this.status);
  }

  private async relist(): Promise<void> {
    const seen = new Set<string>();
    let next: string | undefined;
    this.report('listing');
    do {
      const page = await this.reader.list(this.path, { limit: PAGE_SIZE, continue: next, fieldSelector: this.resource.fieldSelector, metadataOnly: this.resource.metadataOnly });
      // A PartialObjectMetadataList without items carries `items: null`.
      for (const item of page.items ?? []) {
        item.kind = this.resource.kind;
        const [namespace, name] = keyOf(item);
        seen.add(key(namespace, name));
        this.sink.upsert(item);
      }
      this.status = { ...this.status, count: seen.size };
      this.onStatus(this.status);
      next = page.metadata.continue || undefined;
      this.resourceVersion = page.metadata.resourceVersion;
    } while (next);
    // Objects deleted while no watch ran (410 Gone, a long outage) are not in the new list.
    for (const [namespace, name] of this.sink.keys(this.resource.kind, this.namespace ?? this.resource.namespace)) {
      if (!seen.has(key(namespace, name))) this.sink.remove(this.resource.kind, namespace, name);
    }
    this.count = seen.size;
    this.lists++;
    this.report('listing');
    this.onChange();
  }

  private async watch(): Promise<void> {
    let expired = false;
    const onEvent = (event: WatchEvent) => {
      const rv = (event.object.metadata as { resourceVersion?: string } | undefined)?.resourceVersion;
      if (event.type === 'ERROR') {
        if ((event.object as { code?: number }).code === 410) expired = true;
        return;
      }
      if (rv) this.resourceVersion = rv;
      if (event.type === 'BOOKMARK') return;
      this.failures = 0;
      const [namespace, name] = keyOf(event.object);
      if (event.type === 'DELETED') {
        this.count = Math.max(0, this.count - 1);
        this.sink.remove(this.resource.kind, namespace, name);
      } else {
        event.object.kind = this.resource.kind;
        if (event.type === 'ADDED') this.count++;
        this.sink.upsert(event.object);
      }
      this.onChange();
    };
    const onDone = (error: unknown) => {
      this.stopWatch = null;
      if (this.stopped) return;
      // 410 comes as an ERROR event on an open watch, or as the status of the WATCH request itself.
      if (expired || (error as { statusCode?: number } | null)?.statusCode === 410) {
        this.resourceVersion = undefined;
        void this.recover();
        return;
      }
      if (error) this.report('reconnecting', (error as Error).message ?? String(error));
      // A watch also ends normally (server-side timeout): resume from the last resourceVersion.
      this.scheduleRetry(error ? undefined : 0);
    };
    try {
      const fieldSelector = this.resource.fieldSelector;
      this.stopWatch = await this.reader.watch(this.path, { resourceVersion: this.resourceVersion, fieldSelector }, onEvent, onDone, this.resource.metadataOnly);
      if (this.status.state !== 'watching') this.report('watching');
    } catch (error) {
      onDone(error);
    }
  }

  private scheduleRetry(delayMs?: number): void {
    if (this.stopped) return;
    this.failures++;
    const delay = delayMs ?? Math.min(30_000, 250 * 2 ** Math.min(this.failures, 7));
    setTimeout(() => void this.recover(), delay).unref();
  }

  /** Watch again from the last resourceVersion, or relist when there is none (first sync failed, or 410). */
  private async recover(): Promise<void> {
    if (this.stopped) return;
    try {
      if (!this.resourceVersion) await this.relist();
      await this.watch();
    } catch (error) {
      this.report('reconnecting', (error as Error).message);
      this.scheduleRetry();
    }
  }
}
