import type { Graph, Severity } from '../../lib/graph/types';
import type { TraceResult } from '../../lib/trace/trace';
import type { SourceLocations } from '../source/source-locations';
import { formatDot } from './format-dot';
import { formatJunit } from './format-junit';
import { formatSarif } from './format-sarif';
import { formatText } from './format-text';
import { formatTrace } from './format-trace';

/** What a format may use besides the graph. */
export interface FormatRun {
  /** `--fail-on`, when given. */
  failOn: Severity | null;
  /** Where each object was read (file and line), for a format that `locates`. */
  locations: SourceLocations | undefined;
}

/** One output of `hopscope analyze`: the graph (a Graph is streamed as JSON), and a traced URL when the format has a form for it. */
export interface Format {
  graph: (graph: Graph, run: FormatRun) => string | Graph;
  trace?: (trace: TraceResult) => string;
  /** It places findings at the file and line of their object, so the reader finds them (another pass over JSON text). */
  locates?: boolean;
}

/** `--format` values; a new format is one row here. */
export const FORMATS = {
  text: { graph: formatText, trace: formatTrace },
  json: { graph: (graph) => graph, trace: (trace) => JSON.stringify(trace, null, 2) },
  sarif: { graph: (graph, run) => formatSarif(graph, run.locations), locates: true },
  junit: { graph: (graph, run) => formatJunit(graph, run.failOn ?? 'warning') },
  dot: { graph: formatDot },
} satisfies Record<string, Format>;

export type FormatName = keyof typeof FORMATS;
