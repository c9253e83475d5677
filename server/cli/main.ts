import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildGraph } from '../../lib/analysis/build-graph';
import { CAPTURE_COMMAND } from '../../lib/k8s/capture';
import { namespaceListSchema } from '../../lib/url/graph-query';
import { loadFiles } from '../source/file-source';
import { InputError } from '../source/input-error';
import { toTraceRequest, traceRequestSchema } from '../../lib/trace/request';
import { traceRequest } from '../../lib/trace/trace';
import { FORMATS, type Format, type FormatName } from './formats';
import { Progress } from './progress';
import { writeGraphJson } from './write-json';
import type { Graph } from '../../lib/graph/types';

const USAGE = `Usage: hopscope analyze FILE_OR_DIR... [--format text|json|dot] [--namespaces a,b] [-n NAMESPACE] [--url URL [--method M] [--header 'Name: value']...]

Reads \`kubectl get ... -o json\` (or YAML) dumps: a List, single objects, or directories of
.json/.yaml files, and prints every finding on the request paths, grouped by path and hop.

  --format F         text (the default): findings by path and hop; json: the Graph JSON (the same
                     the web UI uses); dot: the graph for Graphviz (\`| dot -Tsvg > graph.svg\`),
                     each hop with its kind, name and health. A trace (--url) prints text or json
  --json             the same as --format json
  --namespaces a,b   only these namespaces
  -n, --namespace NS the namespace of objects that name none (manifests, helm template
                     output); default "default", as kubectl apply would
  --url URL          trace one request instead: the rule it matches, the Service, the pods that
                     would serve it, or where it stops and what the client sees (404/503/500/timeout)
  --method M         the request's method (default GET)
  --header 'N: v'    a request header (repeatable), for HTTPRoute header matches
  --progress         say on stderr what was read and analysed, and when (the default when
                     stderr is a terminal)
  -h, --help         this help

Exit status: 0 when the dump was read (whatever it found), 2 on bad input.

To capture a cluster:
  ${CAPTURE_COMMAND}`;

class UsageError extends Error {}

const FORMAT_NAMES = Object.keys(FORMATS) as [FormatName, ...FormatName[]];
const formatSchema = z.enum(FORMAT_NAMES, { error: (issue) => `"${String(issue.input)}" is not one of ${FORMAT_NAMES.join(', ')}` });

function chooseFormat(json: boolean | undefined, asked: string | undefined, tracing: boolean): Format {
  const parsed = formatSchema.safeParse(asked ?? (json ? 'json' : 'text'));
  if (!parsed.success) throw new UsageError(`--format: ${parsed.error.issues[0]?.message}`);
  const name = parsed.data;
  if (json && name !== 'json') throw new UsageError(`--json and --format ${name} ask for different formats`);
  const format: Format = FORMATS[name];
  if (tracing && !format.trace) throw new UsageError(`--format ${name} prints the graph, not a trace: use text or json with --url`);
  return format;
}

function parseHeaders(raw: string[]): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const h of raw) {
    const colon = h.indexOf(':');
    if (colon <= 0) throw new UsageError(`--header: "${h}" is not "Name: value"`);
    headers[h.slice(0, colon).trim()] = h.slice(colon + 1).trim();
  }
  return headers;
}

async function analyze(args: string[]): Promise<string | Graph> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      format: { type: 'string' },
      namespaces: { type: 'string' },
      namespace: { type: 'string', short: 'n' },
      url: { type: 'string' },
      method: { type: 'string' },
      header: { type: 'string', multiple: true },
      progress: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return USAGE;
  if (positionals.length === 0) throw new UsageError('name at least one file or directory');
  const format = chooseFormat(values.json, values.format, values.url !== undefined);
  const namespaces = values.namespaces === undefined ? null : namespaceListSchema.safeParse(values.namespaces);
  if (namespaces && !namespaces.success) throw new UsageError(`--namespaces: ${namespaces.error.issues[0]?.message}`);
  const namespace = values.namespace === undefined ? null : namespaceListSchema.safeParse(values.namespace);
  if (namespace && (!namespace.success || namespace.data.length !== 1)) throw new UsageError(`--namespace: ${namespace.success ? 'one namespace' : namespace.error.issues[0]?.message}`);
  const progress = new Progress(values.progress ?? process.stderr.isTTY === true);
  const cluster = await loadFiles(positionals, { kind: 'file', name: positionals.join(', ') }, {
    maxBytes: Number(process.env.HOPSCOPE_MAX_FILE_BYTES) || undefined,
    state: { journal: false, ...(namespace ? { defaultNamespace: namespace.data[0] } : {}) },
    onFile: (read, objects) => progress.file(read, objects),
  });
  progress.analysing({ pods: cluster.state.count('Pod'), services: cluster.state.count('Service') });
  const graph = buildGraph(cluster.state, { namespaces: namespaces?.data.length ? namespaces.data : null }, { source: cluster.info });
  progress.done({ hops: graph.nodes.length, findings: graph.nodes.reduce((sum, n) => sum + n.findings.length, 0) });
  if (values.url !== undefined) {
    const trace = traceRequestSchema.safeParse({ url: values.url, method: values.method, headers: parseHeaders(values.header ?? []) });
    if (!trace.success) throw new UsageError(`--url: ${trace.error.issues[0]?.message}`);
    return format.trace!(traceRequest(cluster.state, graph, toTraceRequest(trace.data)));
  }
  return format.graph(graph);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
    const answer = await analyze(rest);
    if (typeof answer === 'string') process.stdout.write(`${answer}\n`);
    else await writeGraphJson(answer, process.stdout);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`hopscope: ${(error as Error).message}\n${error instanceof InputError ? '' : `\n${USAGE}\n`}`);
      return 2;
    }
    throw error;
  }
}
