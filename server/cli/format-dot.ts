import { HOP_KINDS } from '../../lib/graph/hop-kinds';
import type { Graph, GraphNode, Health } from '../../lib/graph/types';

/** The page's colours (app/globals.css): Okabe-Ito, readable with colour blindness. */
const COLOR: Record<Health, string> = { critical: '#d55e00', warning: '#e69f00', info: '#0072b2', ok: '#009e73', unknown: '#8a8f98' };

/** A DOT double-quoted string: `\` and `"` escaped, line breaks as DOT's `\n` (centred lines). */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n|\r/g, '\\n')}"`;
}

function nodeLabel(node: GraphNode): string {
  const kind = `${HOP_KINDS[node.kind].label}${node.kind === 'service' && node.missing ? ' (missing)' : ''}`;
  const name = node.ref ? `${node.ref.namespace ? `${node.ref.namespace}/` : ''}${node.ref.name}` : null;
  return [kind, ...(name ? [name] : []), node.health].join('\n');
}

// By code unit, not locale: the same on every machine.
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
/** Hops by column (as requests go), then by id: the same graph in the same order. */
export const byColumnThenId = (a: GraphNode, b: GraphNode) => HOP_KINDS[a.kind].column - HOP_KINDS[b.kind].column || byId(a, b);

/** The graph as Graphviz DOT, left to right as requests go; hops by column then id, edges by id, so the same graph prints the same text. */
export function formatDot(graph: Graph): string {
  const lines = [
    'digraph hopscope {',
    `  graph [rankdir=LR, label=${dotString(`Hopscope: ${graph.source.name}`)}, labelloc=t, fontname="Helvetica"];`,
    '  node [shape=box, style="rounded", penwidth=2, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
  ];
  for (const node of [...graph.nodes].sort(byColumnThenId)) {
    lines.push(`  ${dotString(node.id)} [label=${dotString(nodeLabel(node))}, color="${COLOR[node.health]}"${node.kind === 'service' && node.missing ? ', style="rounded,dashed"' : ''}];`);
  }
  for (const edge of [...graph.edges].sort(byId)) {
    lines.push(`  ${dotString(edge.source)} -> ${dotString(edge.target)} [label=${dotString(edge.label)}, color="${COLOR[edge.health]}"];`);
  }
  lines.push('}');
  return lines.join('\n');
}
