import type { KubeConfig } from '@kubernetes/client-node';
import type { SyncStatus } from '../../lib/graph/types';
import type { Kind } from '../../lib/k8s/types';
import { ClusterState } from '../../lib/state/cluster-state';
import { Informer, type InformerStatus } from './informer';
import { KubeReader } from './reader';
import { gatewayResources, RESOURCES, type Resource } from './resources';

export interface LiveOptions {
  /**
   * Namespaces to watch one by one when the identity may not list a kind cluster-wide (a developer
   * bound to `view` in their namespaces).
   */
  namespaces?: string[];
}

/** A watched cache of one cluster: informers for the kinds the graph needs, into one ClusterState. */
export class LiveCluster {
  readonly state = new ClusterState();
  /** Bumped on every change the informers apply. */
  version = 0;
  /** True once every kind has been listed once. */
  synced = false;
  private readonly statuses = new Map<string, InformerStatus>();
  private readonly informers: Informer[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly reader: KubeReader;
  private readonly sink = {
    upsert: (raw: Record<string, unknown>) => void this.state.ingest(raw),
    remove: (kind: Kind, namespace: string | undefined, name: string) => this.state.remove(kind, namespace, name),
    keys: (kind: Kind, namespace: string | undefined) =>
      this.state
        .list(kind)
        .filter((o) => namespace === undefined || o.metadata.namespace === namespace)
        .map((o): [string | undefined, string] => [o.metadata.namespace, o.metadata.name]),
  };

  constructor(
    config: KubeConfig,
    private readonly options: LiveOptions = {},
  ) {
    this.reader = new KubeReader(config);
  }

  private informer(resource: Resource, namespace?: string): Informer {
    const informer = new Informer(this.reader, resource, namespace, this.sink, () => this.changed(), (status) => this.statuses.set(`${status.kind}/${namespace ?? '*'}`, status));
    this.informers.push(informer);
    return informer;
  }

  /**
   * Lists every kind once (cluster-wide, else per namespace where allowed) and starts watching.
   * Gateway API kinds are included when discovery shows their CRDs are installed.
   */
  async start(): Promise<void> {
    const resources = [...RESOURCES, ...(await gatewayResources((path) => this.reader.get(path)))];
    await Promise.all(
      resources.map(async (resource) => {
        await this.informer(resource).start();
        const forbidden = this.statuses.get(`${resource.kind}/*`)?.state === 'forbidden';
        const fallback = this.options.namespaces ?? [];
        if (!forbidden || !resource.namespaced || resource.namespace || fallback.length === 0) return;
        this.statuses.delete(`${resource.kind}/*`);
        await Promise.all(fallback.map((ns) => this.informer(resource, ns).start()));
      }),
    );
    this.synced = true;
    this.changed();
  }

  sync(): SyncStatus {
    return { ready: this.synced, kinds: this.status().map(({ kind, namespace, state, count }) => ({ kind, ...(namespace ? { namespace } : {}), state, count })) };
  }

  stop(): void {
    for (const informer of this.informers) informer.stop();
  }

  status(): InformerStatus[] {
    return [...this.statuses.values()];
  }

  /** Notices for a person: what could not be listed, and why. */
  notices(): string[] {
    return this.status()
      .filter((s) => s.state === 'forbidden' || s.state === 'reconnecting')
      .map((s) => s.message ?? `${s.kind}: ${s.state}`);
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(): void {
    this.version++;
    for (const listener of this.listeners) listener();
  }
}
