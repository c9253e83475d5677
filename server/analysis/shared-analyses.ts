// The analyses a server keeps: one per access scope in use (everything, or what a developer's RBAC
// allows), each caught up once after every coalesced change of the source, whatever number of
// routes and connections read it. Bounded: analyses nobody listens to go first.
import type { Access } from '../../lib/access/access';
import type { AnalysisOptions } from '../../lib/analysis/analysis';
import { coalesce } from '../../lib/util/coalesce';
import type { ClusterSource } from '../source/current';
import { SharedAnalysis } from './shared-analysis';

export interface SharedAnalysesOptions {
  /** Analyses kept at most, of those no connection listens to. */
  limit?: number;
  /** Changes within this many ms are caught up with together. */
  coalesceMs?: number;
  /** How often analyses are judged again with time alone (findings that depend on an object's age). */
  tickMs?: number;
  analysis?: Omit<AnalysisOptions, 'incremental'>;
}

/** One key per scope: the kinds and namespaces an access may list. */
export function accessKey(access: Access): string {
  if (access.kind === 'everything') return '*';
  return JSON.stringify([...access.kinds].sort(([a], [b]) => a.localeCompare(b)).map(([kind, scope]) => [kind, scope === 'all' ? '*' : [...scope].sort()]));
}

export class SharedAnalyses {
  private readonly entries = new Map<string, Promise<SharedAnalysis>>();
  private readonly limit: number;
  private readonly stop: () => void;

  constructor(
    private readonly cluster: ClusterSource,
    private readonly options: SharedAnalysesOptions = {},
  ) {
    this.limit = options.limit ?? 16;
    const refresh = coalesce(() => void this.catchUp(), options.coalesceMs ?? 250);
    const unsubscribe = cluster.onChange(refresh);
    const tick = setInterval(() => void this.catchUp(), options.tickMs ?? 30_000);
    tick.unref();
    this.stop = () => {
      refresh.cancel();
      unsubscribe();
      clearInterval(tick);
    };
  }

  /** The analysis for a scope, built on first use (and kept). */
  of(access: Access): Promise<SharedAnalysis> {
    const key = accessKey(access);
    let entry = this.entries.get(key);
    if (entry) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry;
    }
    entry = SharedAnalysis.open(this.cluster.state, access, this.cluster.version(), this.options.analysis);
    entry.catch(() => this.entries.delete(key));
    this.entries.set(key, entry);
    void this.evict();
    return entry;
  }

  /** Catches every kept analysis up with the source, then lets the source forget what they all have. */
  async catchUp(): Promise<void> {
    const version = this.cluster.version();
    const analyses = await Promise.all(
      [...this.entries.values()].map(async (entry) => {
        const analysis = await entry;
        await analysis.catchUp(version);
        return analysis;
      }),
    );
    // An analysis opened meanwhile starts from later in the journal than any of these has read.
    if (analyses.length) this.cluster.state.release(Math.min(...analyses.map((a) => a.consumed)));
  }

  close(): void {
    this.stop();
  }

  /** Beyond the limit, the least recently used analyses without listeners go. */
  private async evict(): Promise<void> {
    if (this.entries.size <= this.limit) return;
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.limit) return;
      const settled = await Promise.race([entry, Promise.resolve(null)]);
      if (settled && settled.subscribers === 0) this.entries.delete(key);
    }
  }
}

const bySource = new WeakMap<ClusterSource, SharedAnalyses>();

/** The analyses of a source, one set per source for the life of the server. */
export function sharedAnalyses(cluster: ClusterSource): SharedAnalyses {
  let analyses = bySource.get(cluster);
  if (!analyses) bySource.set(cluster, (analyses = new SharedAnalyses(cluster)));
  return analyses;
}
