// Who read what: readers (topology units, hops, shared facts) and the keys they read, both ways,
// plus the selections read, indexed by label so a changed object finds the selectors it matches
// without trying them all.
import { selectorMatches } from '../k8s/label-selector';
import type { Kind, Labels } from '../k8s/types';
import type { LabelSource, Selection } from './keys';

export type ReaderKind = 'unit' | 'hop' | 'memo';

export class Reader {
  keys: readonly string[] = [];

  constructor(
    readonly kind: ReaderKind,
    readonly name: string,
  ) {}
}

interface SelectionGroup {
  /** Selections by one `key=value` of their matchLabels. */
  byPair: Map<string, Set<RegisteredSelection>>;
  /** Selections without matchLabels: tried for every change in the group. */
  loose: Set<RegisteredSelection>;
}

interface RegisteredSelection {
  key: string;
  selection: Selection;
}

const groupName = (labels: LabelSource, kind: Kind, namespace: string | null) => `${labels} ${kind} ${namespace ?? '*'}`;

class SelectionRegistry {
  private readonly groups = new Map<string, SelectionGroup>();
  private readonly entries = new Map<string, RegisteredSelection>();

  add(key: string, selection: Selection): void {
    if (this.entries.has(key)) return;
    const entry = { key, selection };
    this.entries.set(key, entry);
    const name = groupName(selection.labels, selection.kind, selection.namespace);
    let group = this.groups.get(name);
    if (!group) this.groups.set(name, (group = { byPair: new Map(), loose: new Set() }));
    const first = Object.entries(selection.selector.matchLabels ?? {})[0];
    if (!first) group.loose.add(entry);
    else {
      const pair = `${first[0]}=${first[1]}`;
      let set = group.byPair.get(pair);
      if (!set) group.byPair.set(pair, (set = new Set()));
      set.add(entry);
    }
  }

  remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    const { selection } = entry;
    const name = groupName(selection.labels, selection.kind, selection.namespace);
    const group = this.groups.get(name)!;
    const first = Object.entries(selection.selector.matchLabels ?? {})[0];
    if (!first) group.loose.delete(entry);
    else {
      const pair = `${first[0]}=${first[1]}`;
      const set = group.byPair.get(pair)!;
      set.delete(entry);
      if (set.size === 0) group.byPair.delete(pair);
    }
    if (group.loose.size === 0 && group.byPair.size === 0) this.groups.delete(name);
  }

  /** Keys of the selections an object matched before or matches after a change (null: it did not exist then). */
  matching(labels: LabelSource, kind: Kind, namespace: string, before: Labels | null, after: Labels | null, touch: (key: string) => void): void {
    for (const name of [groupName(labels, kind, namespace), groupName(labels, kind, null)]) {
      const group = this.groups.get(name);
      if (!group) continue;
      const candidates = new Set<RegisteredSelection>(group.loose);
      for (const set of [before, after]) {
        for (const key in set) for (const entry of group.byPair.get(`${key}=${set[key]}`) ?? []) candidates.add(entry);
      }
      for (const entry of candidates) {
        const { selector } = entry.selection;
        if ((before !== null && selectorMatches(selector, before)) || (after !== null && selectorMatches(selector, after))) touch(entry.key);
      }
    }
  }
}

/** Readers by key and keys by reader. */
export class Dependencies {
  private readonly readers = new Map<string, Set<Reader>>();
  readonly selections = new SelectionRegistry();

  /** Replaces what a reader read with `keys` (from one fresh run of it). */
  set(reader: Reader, keys: readonly string[], selections: ReadonlyMap<string, Selection>): void {
    this.clear(reader);
    reader.keys = keys;
    for (const key of keys) {
      let set = this.readers.get(key);
      if (!set) {
        this.readers.set(key, (set = new Set()));
        const selection = selections.get(key);
        if (selection) this.selections.add(key, selection);
      }
      set.add(reader);
    }
  }

  clear(reader: Reader): void {
    for (const key of reader.keys) {
      const set = this.readers.get(key);
      if (!set) continue;
      set.delete(reader);
      if (set.size === 0) {
        this.readers.delete(key);
        if (key.startsWith('s ')) this.selections.remove(key);
      }
    }
    reader.keys = [];
  }

  readersOf(key: string): ReadonlySet<Reader> | undefined {
    return this.readers.get(key);
  }

  /** How many keys are read, and how many reads: for the bench's memory figures. */
  size(): { keys: number; reads: number } {
    let reads = 0;
    for (const set of this.readers.values()) reads += set.size;
    return { keys: this.readers.size, reads };
  }
}
