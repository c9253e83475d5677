import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildGraph } from '../../lib/analysis/build-graph';
import { CAPTURE_COMMAND } from '../../lib/k8s/capture';
import { namespaceListSchema } from '../../lib/url/graph-query';
import { loadFiles } from '../source/file-source';
import { InputError } from '../source/input-error';
import { STDIN } from '../source/read-files';
import { toTraceRequest, traceRequestSchema } from '../../lib/trace/request';
import { traceRequest } from '../../lib/trace/trace';
import { failOnSchema, failsAt } from './fail-on';
import { FORMATS, type Format, type FormatName } from './formats';
import { Progress } from './progress';
import { writeGraphJson } from './write-json';
import type { Graph } from '../../lib/graph/types';

const USAGE = `Usage: hopscope analyze FILE_OR_DIR...|- [--manifests] [--format text|json|sarif|junit|dot] [--fail-on critical|warning] [--namespaces a,b] [-n NAMESPACE] [--url URL [--method M] [--header 'Name: value']...]

Reads \`kubectl get ... -o json\` (or YAML) dumps: a List, single objects, or directories of
.json/.yaml files (\`-\` reads stdin: \`helm template ... | hopscope analyze -\`), and prints every
finding on the request paths, grouped by path and hop.

Input with workloads and no running pods (manifests, \`helm template\` output) is analysed in
manifests mode: each workload's pod template stands in for its pods (replicas of them),
EndpointSlices are predicted as the controller would list them, and checks that judge what only a
running cluster shows (status, readiness, restarts, Events) are not run. The output says which
mode ran.

  --format F         text (the default): findings by path and hop; json: the Graph JSON (the same
                     the web UI uses); dot: the graph for Graphviz (\`| dot -Tsvg > graph.svg\`),
                     each hop with its kind, name and health; sarif: SARIF 2.1.0 for code scanning
                     (GitHub), each finding at the file and line of its object; junit: JUnit
                     XML for CI dashboards, a testsuite per namespace and a testcase per hop, failed
                     by its findings at or above --fail-on (default warning). A trace (--url)
                     prints text or json
  --json             the same as --format json
  --manifests        manifests mode even when the input has pods (they are ignored)
  --fail-on LEVEL    exit 1 when any finding is at or above LEVEL: critical, or warning (which
                     counts critical too); info never fails. Without it, findings never fail
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

Exit status: 0 when the input was read and, with --fail-on, no finding is at or above the
level; 1 when one is (--fail-on only); 2 on bad usage or input.

To capture a cluster (hopscope capture --help):
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

/** What to print, and whether --fail-on fails the run. */
interface Analysed {
  answer: string | Graph;
  failed: boolean;
}

async function analyze(args: string[]): Promise<Analysed> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      format: { type: 'string' },
      'fail-on': { type: 'string' },
      namespaces: { type: 'string' },
      namespace: { type: 'string', short: 'n' },
      url: { type: 'string' },
      method: { type: 'string' },
      header: { type: 'string', multiple: true },
      progress: { type: 'boolean' },
      manifests: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return { answer: USAGE, failed: false };
  if (positionals.length === 0) throw new UsageError('name at least one file or directory');
  const format = chooseFormat(values.json, values.format, values.url !== undefined);
  const failOn = values['fail-on'] === undefined ? null : failOnSchema.safeParse(values['fail-on']);
  if (failOn && !failOn.success) throw new UsageError(`--fail-on: ${failOn.error.issues[0]?.message}`);
  const namespaces = values.namespaces === undefined ? null : namespaceListSchema.safeParse(values.namespaces);
  if (namespaces && !namespaces.success) throw new UsageError(`--namespaces: ${namespaces.error.issues[0]?.message}`);
  const namespace = values.namespace === undefined ? null : namespaceListSchema.safeParse(values.namespace);
  if (namespace && (!namespace.success || namespace.data.length !== 1)) throw new UsageError(`--namespace: ${namespace.success ? 'one namespace' : namespace.error.issues[0]?.message}`);
  const progress = new Progress(values.progress ?? process.stderr.isTTY === true);
  const cluster = await loadFiles(positionals, { kind: 'file', name: positionals.map((p) => (p === STDIN ? 'stdin' : p)).join(', ') }, {
    maxBytes: Number(process.env.HOPSCOPE_MAX_FILE_BYTES) || undefined,
    state: { journal: false, ...(namespace ? { defaultNamespace: namespace.data[0] } : {}) },
    onFile: (read, objects) => progress.file(read, objects),
    locate: format.locates === true,
    manifests: values.manifests ? 'always' : 'auto',
  });
  progress.analysing({ pods: cluster.state.count('Pod'), services: cluster.state.count('Service') });
  const graph = buildGraph(cluster.state, { namespaces: namespaces?.data.length ? namespaces.data : null }, { source: cluster.info, notices: cluster.notes, manifests: cluster.info.mode === 'manifests' });
  progress.done({ hops: graph.nodes.length, findings: graph.nodes.reduce((sum, n) => sum + n.findings.length, 0) });
  const failed = failOn !== null && failsAt(graph, failOn.data);
  if (values.url !== undefined) {
    const trace = traceRequestSchema.safeParse({ url: values.url, method: values.method, headers: parseHeaders(values.header ?? []) });
    if (!trace.success) throw new UsageError(`--url: ${trace.error.issues[0]?.message}`);
    return { answer: format.trace!(traceRequest(cluster.state, graph, toTraceRequest(trace.data))), failed };
  }
  return { answer: format.graph(graph, { failOn: failOn?.data ?? null, locations: cluster.locations }), failed };
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    // Loaded only for capture: the Kubernetes client takes a third of a second to load.
    if (command === 'capture') return await (await import('./capture')).capture(rest);
    if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
    const { answer, failed } = await analyze(rest);
    if (typeof answer === 'string') process.stdout.write(`${answer}\n`);
    else await writeGraphJson(answer, process.stdout);
    return failed ? 1 : 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`hopscope: ${(error as Error).message}\n${error instanceof InputError ? '' : `\n${USAGE}\n`}`);
      return 2;
    }
    throw error;
  }
}
