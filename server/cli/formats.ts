import type { Graph } from '../../lib/graph/types';
import type { TraceResult } from '../../lib/trace/trace';
import { formatDot } from './format-dot';
import { formatText } from './format-text';
import { formatTrace } from './format-trace';

/** One output of `hopscope analyze`: the graph (a Graph is streamed as JSON), and a traced URL when the format has a form for it. */
export interface Format {
  graph: (graph: Graph) => string | Graph;
  trace?: (trace: TraceResult) => string;
}

/** `--format` values; a new format is one row here. */
export const FORMATS = {
  text: { graph: formatText, trace: formatTrace },
  json: { graph: (graph) => graph, trace: (trace) => JSON.stringify(trace, null, 2) },
  dot: { graph: formatDot },
} satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;
