import { parseArgs } from 'node:util';
import { buildGraph } from '../../lib/graph/build-graph';
import { namespaceListSchema } from '../../lib/url/graph-query';
import { loadFiles } from '../source/file-source';
import { InputError } from '../source/input-error';
import { formatText } from './format-text';

const USAGE = `Usage: hopscope analyze FILE_OR_DIR... [--json] [--namespaces a,b]

Reads \`kubectl get ... -o json\` (or YAML) dumps: a List, single objects, or directories of
.json/.yaml files, and prints every finding on the request paths, grouped by path and hop.

  --json             print the Graph JSON (the same the web UI uses) instead of text
  --namespaces a,b   only these namespaces
  -h, --help         this help

Exit status: 0 when the dump was read (whatever it found), 2 on bad input.

To capture a cluster:
  kubectl get namespaces,nodes,pods,services,endpointslices,ingresses,ingressclasses,networkpolicies,events -A -o json > cluster.json`;

class UsageError extends Error {}

async function analyze(args: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, namespaces: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return USAGE;
  if (positionals.length === 0) throw new UsageError('name at least one file or directory');
  const namespaces = values.namespaces === undefined ? null : namespaceListSchema.safeParse(values.namespaces);
  if (namespaces && !namespaces.success) throw new UsageError(`--namespaces: ${namespaces.error.issues[0]?.message}`);
  const cluster = await loadFiles(positionals, { kind: 'file', name: positionals.join(', ') }, Number(process.env.HOPSCOPE_MAX_FILE_BYTES) || undefined);
  const graph = buildGraph(cluster.state, { namespaces: namespaces?.data.length ? namespaces.data : null }, { source: cluster.info });
  return values.json ? JSON.stringify(graph, null, 2) : formatText(graph);
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 2 : 0;
    }
    if (command !== 'analyze') throw new UsageError(`unknown command "${command}"`);
    process.stdout.write(`${await analyze(rest)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`hopscope: ${(error as Error).message}\n${error instanceof InputError ? '' : `\n${USAGE}\n`}`);
      return 2;
    }
    throw error;
  }
}
