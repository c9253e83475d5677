// A fixed-column layout for the request path: instant, linear, and good enough to draw at once (ELK
// refines small views; big ones keep this). Pure: no I/O, no DOM, no React.

export interface ColumnSize {
  /** Card size, and the gaps between columns (x) and between cards of one column (y). */
  width: number;
  height: number;
  gapX: number;
  gapY: number;
}

/** 170 between columns: the gutter holds the labels of the edges arriving at a card; 14 between cards of a column. */
export const COLUMN_GAP = { gapX: 170, gapY: 14 } as const;

/**
 * Positions (top left corners) for cards in fixed columns: x is `column * (width + gapX)`, rows follow
 * the request paths. Depth first from the roots (nodes without an incoming edge, in input order),
 * children in input order, each node placed once at its first visit, at the lower of the row its
 * parent suggests and the next free row of its column. A parent suggests its own row to its first
 * placed child; every later child subtree starts below everything already used in the columns at
 * and right of that child's column, so subtrees are blocks (a Service's pods stay beside it). Nodes
 * no root reaches (cycles) are laid out the same way afterwards, below everything, in input order.
 *
 * O(nodes + edges + columns log columns) time; edges naming unknown ids are ignored; duplicate node
 * ids keep their first occurrence; a non-finite column counts as 0.
 */
export function columnLayout(
  nodes: readonly { id: string; column: number }[],
  edges: readonly { source: string; target: string }[],
  size: ColumnSize,
): Record<string, { x: number; y: number }> {
  const step = size.height + size.gapY;
  const colStep = size.width + size.gapX;

  // Nodes by index (first occurrence of an id wins).
  const index = new Map<string, number>();
  const ids: string[] = [];
  const rawColumn: number[] = [];
  for (const n of nodes) {
    if (index.has(n.id)) continue;
    index.set(n.id, ids.length);
    ids.push(n.id);
    rawColumn.push(Number.isFinite(n.column) ? n.column : 0);
  }
  const count = ids.length;

  // Columns ranked densely, highest rank first, so "this column and every column right of it" is a prefix.
  const distinct = [...new Set(rawColumn)].sort((a, b) => b - a);
  const rankOf = new Map(distinct.map((c, i) => [c, i]));
  const columns = distinct.length;
  const rank = new Int32Array(count);
  for (let i = 0; i < count; i++) rank[i] = rankOf.get(rawColumn[i]!)!;

  // Children lists in input order of the children: bucket edges by target (counting sort), then walk
  // the targets in input order appending each to its sources' lists. Self-loops and unknown ids are dropped.
  const source = new Int32Array(edges.length);
  const target = new Int32Array(edges.length);
  let valid = 0;
  for (const e of edges) {
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    source[valid] = s;
    target[valid] = t;
    valid++;
  }
  const inStart = new Int32Array(count + 1);
  const outStart = new Int32Array(count + 1);
  for (let k = 0; k < valid; k++) {
    inStart[target[k]! + 1]!++;
    outStart[source[k]! + 1]!++;
  }
  for (let i = 0; i < count; i++) {
    inStart[i + 1]! += inStart[i]!;
    outStart[i + 1]! += outStart[i]!;
  }
  const inSource = new Int32Array(valid);
  const fill = inStart.slice(0, count);
  for (let k = 0; k < valid; k++) inSource[fill[target[k]!]!++] = source[k]!;
  const children = new Int32Array(valid);
  const outFill = outStart.slice(0, count);
  for (let t = 0; t < count; t++) for (let k = inStart[t]!; k < inStart[t + 1]!; k++) children[outFill[inSource[k]!]!++] = t;

  // Next free y per column, with a Fenwick tree answering "lowest used y in this column or right of
  // it" in O(log columns). Free rows only grow, so a max tree stays exact.
  const nextFree = new Float64Array(columns);
  const tree = new Float64Array(columns + 1);
  const bump = (r: number, y: number) => {
    nextFree[r] = y;
    for (let i = r + 1; i <= columns; i += i & -i) if (tree[i]! < y) tree[i] = y;
  };
  const usedFrom = (r: number) => {
    let max = 0;
    for (let i = r + 1; i > 0; i -= i & -i) if (tree[i]! > max) max = tree[i]!;
    return max;
  };

  const y = new Float64Array(count);
  const placed = new Uint8Array(count);
  // Explicit DFS stack (chains may be long): the node, its next child slot, whether it placed a child yet.
  const stackNode = new Int32Array(count);
  const stackNext = new Int32Array(count);
  const stackPlacedChild = new Uint8Array(count);
  let depth = 0;

  const place = (i: number, suggested: number) => {
    const r = rank[i]!;
    const at = Math.max(suggested, nextFree[r]!);
    y[i] = at;
    placed[i] = 1;
    bump(r, at + step);
    stackNode[depth] = i;
    stackNext[depth] = outStart[i]!;
    stackPlacedChild[depth] = 0;
    depth++;
  };

  const layOut = (root: number, floor: number) => {
    place(root, Math.max(floor, usedFrom(rank[root]!)));
    while (depth > 0) {
      const top = depth - 1;
      const parent = stackNode[top]!;
      const end = outStart[parent + 1]!;
      let k = stackNext[top]!;
      while (k < end && placed[children[k]!]) k++;
      if (k === end) {
        depth--;
        continue;
      }
      stackNext[top] = k + 1;
      const child = children[k]!;
      const suggested = stackPlacedChild[top] ? Math.max(y[parent]!, usedFrom(rank[child]!)) : y[parent]!;
      stackPlacedChild[top] = 1;
      place(child, suggested);
    }
  };

  for (let i = 0; i < count; i++) if (inStart[i + 1] === inStart[i]) layOut(i, 0);
  // Whatever no root reaches (only cycles can do that), below everything, in input order.
  let floor = -1;
  for (let i = 0; i < count; i++) {
    if (placed[i]) continue;
    if (floor < 0) floor = usedFrom(columns - 1);
    layOut(i, floor);
  }

  const positions: Record<string, { x: number; y: number }> = {};
  for (let i = 0; i < count; i++) positions[ids[i]!] = { x: rawColumn[i]! * colStep, y: y[i]! };
  return positions;
}
