import type { Writable } from 'node:stream';
import type { Graph } from '../../lib/graph/types';

const CHUNK = 1 << 20;

/**
 * Writes the Graph JSON a hop and a link per line: at 150k pods one string of it would be longer
 * than V8 can hold, and building it whole doubles the memory of the answer.
 */
export async function writeGraphJson(graph: Graph, out: Writable): Promise<void> {
  let buffer = '';
  const flush = async () => {
    if (!out.write(buffer)) await new Promise<void>((resolve) => out.once('drain', resolve));
    buffer = '';
  };
  const { nodes, edges, ...rest } = graph;
  buffer += `${JSON.stringify(rest).slice(0, -1)},"nodes":[`;
  for (const [key, items] of [
    ['nodes', nodes],
    ['edges', edges],
  ] as const) {
    if (key === 'edges') buffer += '],"edges":[';
    for (let i = 0; i < items.length; i++) {
      buffer += `${i ? ',' : ''}\n${JSON.stringify(items[i])}`;
      if (buffer.length > CHUNK) await flush();
    }
  }
  buffer += '\n]}\n';
  await flush();
}
