// Writes a shape to a directory of `kubectl get -o json` Lists, 10,000 items a file (as
// shared/bench/gen_cluster.py does: one List of 150k pods is longer than V8's longest string).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ITEMS_PER_FILE = 10_000;

export function writeLists(objects: Iterable<Record<string, unknown>>, dir: string): number {
  mkdirSync(dir, { recursive: true });
  let batch: unknown[] = [];
  let files = 0;
  let count = 0;
  const flush = () => {
    writeFileSync(join(dir, `part-${String(files++).padStart(4, '0')}.json`), JSON.stringify({ apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items: batch }));
    batch = [];
  };
  for (const object of objects) {
    batch.push(object);
    count++;
    if (batch.length === ITEMS_PER_FILE) flush();
  }
  if (batch.length) flush();
  return count;
}
