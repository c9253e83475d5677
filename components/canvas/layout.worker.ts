// ELK's layered layout off the main thread: one column (partition) per hop kind, left to right.
// Above ELK_LIMIT nodes (and when ELK fails) it answers with the column layout instead.
import ELK from 'elkjs/lib/elk.bundled.js';
import { COLUMN_GAP, columnLayout } from '../../lib/layout/columns';
import { ELK_LIMIT, type LayoutRequest, type LayoutResult } from './layout-types';

const elk = new ELK();

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.partitioning.activate': 'true',
  'elk.layered.spacing.nodeNodeBetweenLayers': String(COLUMN_GAP.gapX),
  'elk.spacing.nodeNode': String(COLUMN_GAP.gapY),
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // One layered graph, so hops that no Ingress reaches still line up in their kind's column.
  'elk.separateConnectedComponents': 'false',
};

function columnPositions({ nodes, edges }: LayoutRequest): LayoutResult['positions'] {
  let width = 0;
  let height = 0;
  for (const n of nodes) {
    width = Math.max(width, n.width);
    height = Math.max(height, n.height);
  }
  return columnLayout(nodes, edges, { width, height, ...COLUMN_GAP });
}

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { key, nodes, edges } = event.data;
  if (nodes.length > ELK_LIMIT) {
    self.postMessage({ key, positions: columnPositions(event.data), engine: 'columns' } satisfies LayoutResult);
    return;
  }
  try {
    const result = await elk.layout({
      id: 'root',
      layoutOptions: OPTIONS,
      children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height, layoutOptions: { 'elk.partitioning.partition': String(n.column) } })),
      edges: edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
    });
    const positions: LayoutResult['positions'] = {};
    for (const child of result.children ?? []) positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
    self.postMessage({ key, positions, engine: 'elk' } satisfies LayoutResult);
  } catch (error) {
    self.postMessage({ key, positions: columnPositions(event.data), engine: 'columns', error: String(error) } satisfies LayoutResult);
  }
};
