import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLUMN_GAP, columnLayout } from './columns';

const SIZE = { width: 236, height: 66, ...COLUMN_GAP };
const ROW = SIZE.height + SIZE.gapY;
const COL = SIZE.width + SIZE.gapX;

type Node = { id: string; column: number };
type Edge = { source: string; target: string };

const COLUMN_OF_PREFIX: Record<string, number> = { client: 0, ing: 1, svc: 2, ep: 3, pod: 4 };
/** Nodes from ids like `svc/a`: the prefix names the column. */
const nodesOf = (...ids: string[]): Node[] => ids.map((id) => ({ id, column: COLUMN_OF_PREFIX[id.split('/')[0]!]! }));
const edgesOf = (...pairs: [string, string][]): Edge[] => pairs.map(([source, target]) => ({ source, target }));

/** Any two cards of one column at least a card and a gap apart. */
function expectNoOverlap(positions: Record<string, { x: number; y: number }>) {
  const byX = new Map<number, number[]>();
  for (const p of Object.values(positions)) byX.set(p.x, [...(byX.get(p.x) ?? []), p.y]);
  for (const ys of byX.values()) {
    ys.sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(ROW);
  }
}

// Client -> ing/a -> svc/a (3 pods), svc/b (2 pods); Client -> ing/b -> svc/c (1 pod).
const NODES = nodesOf('client', 'ing/a', 'ing/b', 'svc/a', 'svc/b', 'svc/c', 'ep/a', 'ep/b', 'ep/c', 'pod/a1', 'pod/a2', 'pod/a3', 'pod/b1', 'pod/b2', 'pod/c1');
const EDGES = edgesOf(
  ['client', 'ing/a'],
  ['client', 'ing/b'],
  ['ing/a', 'svc/a'],
  ['ing/a', 'svc/b'],
  ['ing/b', 'svc/c'],
  ['svc/a', 'ep/a'],
  ['svc/b', 'ep/b'],
  ['svc/c', 'ep/c'],
  ['ep/a', 'pod/a1'],
  ['ep/a', 'pod/a2'],
  ['ep/a', 'pod/a3'],
  ['ep/b', 'pod/b1'],
  ['ep/b', 'pod/b2'],
  ['ep/c', 'pod/c1'],
);

/** A cluster of `services` Services behind routes, each with 1-5 pods, about one pod in ten shared with an earlier Service. */
function generatedCluster(services: number, seed = 1): { nodes: Node[]; edges: Edge[] } {
  let state = seed;
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
  const routes: Node[] = [];
  const svcs: Node[] = [];
  const eps: Node[] = [];
  const pods: Node[] = [];
  const edges: Edge[] = [];
  for (let r = 0; r < services / 4; r++) {
    routes.push({ id: `ing/${r}`, column: 1 });
    edges.push({ source: 'client', target: `ing/${r}` });
  }
  for (let s = 0; s < services; s++) {
    svcs.push({ id: `svc/${s}`, column: 2 });
    eps.push({ id: `ep/${s}`, column: 3 });
    edges.push({ source: `ing/${Math.floor(random() * routes.length)}`, target: `svc/${s}` });
    if (random() < 0.1) edges.push({ source: `ing/${Math.floor(random() * routes.length)}`, target: `svc/${s}` });
    edges.push({ source: `svc/${s}`, target: `ep/${s}` });
    const count = 1 + Math.floor(random() * 5);
    for (let p = 0; p < count; p++) {
      if (pods.length > 0 && random() < 0.1) {
        edges.push({ source: `ep/${s}`, target: pods[Math.floor(random() * pods.length)]!.id });
      } else {
        pods.push({ id: `pod/${s}-${p}`, column: 4 });
        edges.push({ source: `ep/${s}`, target: `pod/${s}-${p}` });
      }
    }
  }
  return { nodes: [{ id: 'client', column: 0 }, ...routes, ...svcs, ...eps, ...pods], edges };
}

describe('columnLayout', () => {
  it('fixes x by column: column * (width + gapX)', () => {
    const positions = columnLayout(NODES, EDGES, SIZE);
    for (const n of NODES) expect(positions[n.id]!.x).toBe(n.column * COL);
  });

  it('starts the Client at the top and never overlaps cards', () => {
    const positions = columnLayout(NODES, EDGES, SIZE);
    expect(positions.client).toEqual({ x: 0, y: 0 });
    expectNoOverlap(positions);
  });

  it("puts a Service's EndpointSlices on the Service's row", () => {
    const positions = columnLayout(NODES, EDGES, SIZE);
    for (const s of ['a', 'b', 'c']) expect(positions[`ep/${s}`]!.y).toBe(positions[`svc/${s}`]!.y);
    // The first route, Service and pod sit level with the Client.
    for (const id of ['ing/a', 'svc/a', 'ep/a', 'pod/a1']) expect(positions[id]!.y).toBe(0);
  });

  it("keeps a Service's pods contiguous, starting at its row", () => {
    const positions = columnLayout(NODES, EDGES, SIZE);
    const rows = (ids: string[]) => ids.map((id) => positions[id]!.y);
    expect(rows(['pod/a1', 'pod/a2', 'pod/a3'])).toEqual([0, ROW, 2 * ROW]);
    const b = positions['svc/b']!.y;
    expect(rows(['pod/b1', 'pod/b2'])).toEqual([b, b + ROW]);
    expect(positions['pod/c1']!.y).toBe(positions['svc/c']!.y);
  });

  it('does not interleave sibling subtrees', () => {
    const positions = columnLayout(NODES, EDGES, SIZE);
    const span = (ids: string[]) => [Math.min(...ids.map((id) => positions[id]!.y)), Math.max(...ids.map((id) => positions[id]!.y))] as const;
    // Sibling Services of ing/a: svc/b's block starts below everything svc/a's used.
    const a = span(['svc/a', 'ep/a', 'pod/a1', 'pod/a2', 'pod/a3']);
    const b = span(['svc/b', 'ep/b', 'pod/b1', 'pod/b2']);
    expect(b[0]).toBeGreaterThan(a[1]);
    expect(b[0]).toBe(3 * ROW);
    // Sibling routes of the Client: ing/b's block starts below ing/a's.
    const ingA = span(['ing/a', 'svc/a', 'svc/b', 'ep/a', 'ep/b', 'pod/a1', 'pod/a2', 'pod/a3', 'pod/b1', 'pod/b2']);
    const ingB = span(['ing/b', 'svc/c', 'ep/c', 'pod/c1']);
    expect(ingB[0]).toBeGreaterThan(ingA[1]);
  });

  it('places a hop reached from several parents once, at its first visit', () => {
    const nodes = nodesOf('client', 'ing/a', 'ing/b', 'svc/a', 'svc/b', 'ep/a', 'ep/b', 'pod/shared', 'pod/b1');
    const edges = edgesOf(
      ['client', 'ing/a'],
      ['client', 'ing/b'],
      ['ing/a', 'svc/a'],
      ['ing/b', 'svc/a'],
      ['ing/b', 'svc/b'],
      ['svc/a', 'ep/a'],
      ['svc/b', 'ep/b'],
      ['ep/a', 'pod/shared'],
      ['ep/b', 'pod/shared'],
      ['ep/b', 'pod/b1'],
    );
    const positions = columnLayout(nodes, edges, SIZE);
    expect(positions['svc/a']!.y).toBe(0);
    expect(positions['pod/shared']!.y).toBe(0);
    // ing/b starts below ing/a's block; its own Service sits level with it (svc/a is already placed).
    expect(positions['ing/b']!.y).toBe(ROW);
    expect(positions['svc/b']!.y).toBe(ROW);
    expect(positions['pod/b1']!.y).toBe(ROW);
    expectNoOverlap(positions);
  });

  it('visits children in input order of the nodes, not of the edges', () => {
    const nodes = nodesOf('client', 'ing/first', 'ing/second');
    const positions = columnLayout(nodes, edgesOf(['client', 'ing/second'], ['client', 'ing/first']), SIZE);
    expect(positions['ing/first']!.y).toBe(0);
    expect(positions['ing/second']!.y).toBe(ROW);
  });

  it('gives positions to nodes no root reaches (a cycle), below everything, in input order', () => {
    const nodes = nodesOf('client', 'ing/a', 'svc/a', 'svc/x', 'ep/x', 'svc/y', 'ep/y');
    const edges = edgesOf(['client', 'ing/a'], ['ing/a', 'svc/a'], ['svc/x', 'ep/x'], ['ep/x', 'svc/x'], ['svc/y', 'ep/y'], ['ep/y', 'svc/y']);
    const positions = columnLayout(nodes, edges, SIZE);
    expect(Object.keys(positions).sort()).toEqual(nodes.map((n) => n.id).sort());
    expect(positions['svc/x']!.y).toBe(ROW);
    expect(positions['ep/x']!.y).toBe(ROW);
    expect(positions['svc/y']!.y).toBe(2 * ROW);
    expectNoOverlap(positions);
  });

  it('ignores edges naming unknown ids, self-loops and duplicates without throwing', () => {
    const nodes = nodesOf('client', 'ing/a', 'svc/a');
    const edges = edgesOf(['client', 'ing/a'], ['ghost', 'svc/a'], ['ing/a', 'nowhere'], ['ing/a', 'ing/a'], ['client', 'ing/a'], ['ing/a', 'svc/a']);
    const positions = columnLayout(nodes, edges, SIZE);
    expect(positions).toEqual({ client: { x: 0, y: 0 }, 'ing/a': { x: COL, y: 0 }, 'svc/a': { x: 2 * COL, y: 0 } });
    expect(columnLayout([], edges, SIZE)).toEqual({});
  });

  it('never overlaps on a generated cluster of thousands of hops with shared pods', () => {
    const { nodes, edges } = generatedCluster(1000);
    expect(nodes.length).toBeGreaterThan(4000);
    const positions = columnLayout(nodes, edges, SIZE);
    expect(Object.keys(positions)).toHaveLength(nodes.length);
    for (const n of nodes) expect(positions[n.id]!.x).toBe(n.column * COL);
    expectNoOverlap(positions);
    // Every EndpointSlices hop has one Service: it sits on its row.
    for (let s = 0; s < 1000; s++) expect(positions[`ep/${s}`]!.y).toBe(positions[`svc/${s}`]!.y);
  });

  it('positions every node of a random DAG over the 5 columns, in its column, without overlaps', () => {
    const graph = fc
      .array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 60 })
      .chain((columns) =>
        fc.record({
          columns: fc.constant(columns),
          pairs: fc.array(fc.tuple(fc.nat(columns.length - 1), fc.nat(columns.length - 1)), { maxLength: 150 }),
        }),
      );
    fc.assert(
      fc.property(graph, ({ columns, pairs }) => {
        const nodes = columns.map((column, i) => ({ id: `n${i}`, column }));
        // Left to right only: a DAG.
        const edges = pairs.filter(([s, t]) => columns[s]! < columns[t]!).map(([s, t]) => ({ source: `n${s}`, target: `n${t}` }));
        const positions = columnLayout(nodes, edges, SIZE);
        expect(Object.keys(positions)).toHaveLength(nodes.length);
        for (const n of nodes) expect(positions[n.id]!.x).toBe(n.column * COL);
        expectNoOverlap(positions);
      }),
      { numRuns: 300 },
    );
  });

  it('stays total on arbitrary directed graphs (cycles, same-column and backward edges)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(39), fc.nat(39)), { maxLength: 120 }),
        (columns, pairs) => {
          const nodes = columns.map((column, i) => ({ id: `n${i}`, column }));
          const positions = columnLayout(nodes, pairs.map(([s, t]) => ({ source: `n${s}`, target: `n${t}` })), SIZE);
          expect(Object.keys(positions)).toHaveLength(nodes.length);
          for (const n of nodes) expect(positions[n.id]!.x).toBe(n.column * COL);
          expectNoOverlap(positions);
        },
      ),
      { numRuns: 300 },
    );
  });
});
