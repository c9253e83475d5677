// ELK's layered layout off the main thread: one column (partition) per hop kind, left to right.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest, LayoutResult } from './layout-types';

const elk = new ELK();

const OPTIONS = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.partitioning.activate': 'true',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.nodeNode': '14',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.crossingMinimization.strategy': 'LAYER_SWEEP',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  // One layered graph, so hops that no Ingress reaches still line up in their kind's column.
  'elk.separateConnectedComponents': 'false',
};

self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { key, nodes, edges } = event.data;
  try {
    const result = await elk.layout({
      id: 'root',
      layoutOptions: OPTIONS,
      children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height, layoutOptions: { 'elk.partitioning.partition': String(n.column) } })),
      edges: edges.map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] })),
    });
    const positions: LayoutResult['positions'] = {};
    for (const child of result.children ?? []) positions[child.id] = { x: child.x ?? 0, y: child.y ?? 0 };
    self.postMessage({ key, positions } satisfies LayoutResult);
  } catch (error) {
    self.postMessage({ key, positions: {}, error: String(error) } satisfies LayoutResult);
  }
};
