import { ClusterState } from '../../lib/state/cluster-state';
import type { Kind } from '../../lib/k8s/types';
import { Informer, type InformerStatus } from './informer';
import { KubeReader } from './reader';
import { RESOURCES } from './resources';
import type { KubeConfig } from '@kubernetes/client-node';

/** A watched cache of one cluster: one informer per kind the graph needs, into one ClusterState. */
export class LiveCluster {
  readonly state = new ClusterState();
  /** Bumped on every change the informers apply. */
  version = 0;
  private readonly statuses = new Map<Kind, InformerStatus>();
  private readonly informers: Informer[];
  private readonly listeners = new Set<() => void>();

  constructor(config: KubeConfig) {
    const reader = new KubeReader(config);
    const sink = { upsert: (raw: Record<string, unknown>) => void this.state.ingest(raw), remove: (kind: Kind, ns: string | undefined, name: string) => this.state.remove(kind, ns, name) };
    this.informers = RESOURCES.map(
      (resource) =>
        new Informer(
          reader,
          resource,
          sink,
          () => this.changed(),
          (status) => this.statuses.set(status.kind, status),
        ),
    );
  }

  /** Resolves when every kind has been listed once (or found not listable). */
  async start(): Promise<void> {
    await Promise.all(this.informers.map((i) => i.start()));
  }

  stop(): void {
    for (const informer of this.informers) informer.stop();
  }

  status(): InformerStatus[] {
    return [...this.statuses.values()];
  }

  /** Notices for a person: kinds that could not be listed, and why. */
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
