// Running readers while recording what they read, and the shared facts (memos) they read through.
// A one-shot analysis records nothing: its memos are plain caches.
import { Dependencies, Reader } from './dependencies';
import { memoKey, type Selection } from './keys';
import type { Recorder } from './tracked-state';

type Equal<T> = (a: T, b: T) => boolean;

/**
 * With an equality, a memo is recomputed as soon as what it read changes, and its readers run again
 * only if its value changed. A keyed memo (a Map) is read one entry at a time (`m name key`), and a
 * change touches only the entries whose values changed.
 */
type Cutoff = { kind: 'none' } | { kind: 'value'; equal: Equal<unknown> } | { kind: 'entries'; equal: Equal<unknown> };

interface Memo {
  reader: Reader;
  value: unknown;
  compute: () => unknown;
  cutoff: Cutoff;
  stale: boolean;
}

interface Recording {
  reader: Reader;
  keys: Set<string>;
  selections: Map<string, Selection>;
}

export class Tracking implements Recorder {
  readonly dependencies = new Dependencies();
  private current: Recording | null = null;
  private readonly memos = new Map<string, Memo>();

  constructor(readonly enabled: boolean) {}

  read(key: string): void {
    this.current?.keys.add(key);
  }

  select(key: string, selection: Selection): void {
    if (!this.current) return;
    this.current.keys.add(key);
    this.current.selections.set(key, selection);
  }

  /** Runs `fn` as `reader`: what it reads replaces what the reader read before. */
  run<T>(reader: Reader, fn: () => T): T {
    if (!this.enabled) return fn();
    const outer = this.current;
    const recording: Recording = { reader, keys: new Set(), selections: new Map() };
    this.current = recording;
    try {
      return fn();
    } finally {
      this.current = outer;
      this.dependencies.set(reader, [...recording.keys], recording.selections);
    }
  }

  /** The reader running now (null in a one-shot analysis). */
  currentReader(): Reader | null {
    return this.current?.reader ?? null;
  }

  /** Forgets a reader that no longer exists. */
  drop(reader: Reader): void {
    this.dependencies.clear(reader);
  }

  /** A fact shared by every reader that asks for it, computed once. */
  memo<T>(name: string, compute: () => T, equal?: Equal<T>): T {
    this.read(memoKey(name));
    return this.fresh(name, compute, equal ? { kind: 'value', equal: equal as Equal<unknown> } : { kind: 'none' }).value as T;
  }

  /** One entry of a keyed fact: its readers run again only when their entry changes. */
  lookup<V>(name: string, build: () => ReadonlyMap<string, V>, key: string, equal: Equal<V>): V | undefined {
    this.read(memoKey(`${name} ${key}`));
    return (this.fresh(name, build, { kind: 'entries', equal: equal as Equal<unknown> }).value as ReadonlyMap<string, V>).get(key);
  }

  private fresh(name: string, compute: () => unknown, cutoff: Cutoff): Memo {
    let memo = this.memos.get(name);
    if (!memo) {
      memo = { reader: new Reader('memo', name), value: undefined, compute, cutoff, stale: true };
      this.memos.set(name, memo);
    }
    if (memo.stale) {
      memo.value = this.run(memo.reader, compute);
      memo.stale = false;
    }
    return memo;
  }

  /**
   * What a memo read has changed: recompute it now if it has an equality (and touch its readers
   * only for what changed), else mark it stale and touch its readers.
   */
  invalidate(name: string, touch: (key: string) => void): void {
    const memo = this.memos.get(name);
    if (!memo || memo.stale) return;
    const { cutoff } = memo;
    if (cutoff.kind === 'none') {
      memo.stale = true;
      touch(memoKey(name));
      return;
    }
    const before = memo.value;
    memo.value = this.run(memo.reader, memo.compute);
    if (cutoff.kind === 'value') {
      if (!cutoff.equal(before, memo.value)) touch(memoKey(name));
      return;
    }
    const a = before as ReadonlyMap<string, unknown>;
    const b = memo.value as ReadonlyMap<string, unknown>;
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      if (!a.has(key) || !b.has(key) || !cutoff.equal(a.get(key), b.get(key))) touch(memoKey(`${name} ${key}`));
    }
  }

  /** Memos nobody reads any more go, with what they read. */
  collect(): void {
    for (const [name, memo] of this.memos) {
      if (memo.cutoff.kind === 'entries' || this.dependencies.readersOf(memoKey(name))) continue;
      this.dependencies.clear(memo.reader);
      this.memos.delete(name);
    }
  }

  memoCount(): number {
    return this.memos.size;
  }
}
