import { createWriteStream, existsSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { delimiter } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { KIND_FACTS } from '../../lib/k8s/kinds';
import type { AnyObject } from '../../lib/k8s/types';
import { namespaceListSchema } from '../../lib/url/graph-query';
import { apiVersionOf, captureCluster, type Capture, type KindRead } from '../kube/capture';
import { connect } from '../kube/connect';
import { KubeReader } from '../kube/reader';
import { listChunks } from './write-list';

export const CAPTURE_USAGE = `Usage: hopscope capture [--kubeconfig FILE] [--context NAME] [-n NAMESPACE]... [-o FILE]

Lists the objects Hopscope reads from the cluster kubectl would use (it never writes to it) and
writes them as one v1 List, which \`hopscope analyze\` and HOPSCOPE_FILES read. They are kept as
Hopscope keeps them: Secrets as name, labels and type (their data is never fetched), no container
env, no managedFields or last-applied annotations. Gateway API kinds are read where their CRDs are
installed. On stderr: each kind with its count and time; a kind you may not list is said and
skipped.

  --kubeconfig FILE  the kubeconfig (default: KUBECONFIG, ~/.kube/config, or in-cluster)
  --context NAME     the kubeconfig context (default: its current context)
  -n, --namespace NS only these namespaces (repeatable, or a,b); Namespaces, Nodes and the classes
                     are read whole. Default: every namespace (a kind you may not list
                     cluster-wide is read in the context's namespace)
  -o, --output FILE  write the dump there (default: stdout)
  -h, --help         this help

Exit status: 0 when the dump was written (kinds skipped or not), 1 when the cluster could not be
read or the dump not written, 2 on bad usage.`;

class UsageError extends Error {
  constructor(
    message: string,
    /** Print the usage after the message: the command line was wrong, not the environment. */
    readonly usage = true,
  ) {
    super(message);
  }
}

const optionsSchema = z.object({
  kubeconfig: z.string().min(1, 'a file').optional(),
  context: z.string().min(1, 'a context name').optional(),
  namespace: z
    .array(z.string())
    .default([])
    .transform((all) => all.join(','))
    .pipe(namespaceListSchema)
    .transform((names) => [...new Set(names)]),
  output: z.string().min(1, 'a file').optional(),
});

const fmt = (n: number) => n.toLocaleString('en-US');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const say = (line: string) => process.stderr.write(`hopscope: ${line}\n`);
const where = (read: KindRead) => `${read.resource.plural}${read.namespace ? ` in ${read.namespace}` : ''}`;
/** An error's message, with its cause's (fetch says "fetch failed", its cause why: ECONNREFUSED, a certificate, ...). */
const reason = (error: unknown): string => {
  const { message, cause } = error as Error;
  return cause instanceof Error && cause.message ? `${message}: ${cause.message}` : message;
};
const line = (read: KindRead) =>
  `${where(read)}${read.fallback ? ' (no permission cluster-wide)' : ''}: ${read.skipped ? `skipped, ${read.skipped.message}` : fmt(read.count)} (${seconds(read.ms)})`;

function parse(args: string[]) {
  const { values } = parseArgs({
    args,
    options: {
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      namespace: { type: 'string', short: 'n', multiple: true },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) return null;
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new UsageError(`--${String(issue?.path[0] ?? 'namespace')}: ${issue?.message}`);
  }
  const missing = parsed.data.kubeconfig?.split(delimiter).find((file) => !existsSync(file));
  if (missing !== undefined) throw new UsageError(`--kubeconfig: no file ${missing}`, false);
  if (!parsed.data.output && process.stdout.isTTY) throw new UsageError('name a file with -o FILE, or redirect stdout: the dump is long');
  return parsed.data;
}

/** The objects of a capture as a dump's items, each with the apiVersion it was read at. */
function* items({ state, resources }: Capture): Generator<AnyObject & { apiVersion: string }> {
  for (const resource of resources) {
    const apiVersion = apiVersionOf(resource);
    for (const object of state.list(resource.kind)) yield { apiVersion, ...object };
  }
}

/** Writes the dump to stdout, or to a file through a partial file renamed when complete. */
async function write(capture: Capture, output: string | undefined): Promise<string> {
  if (!output) {
    await pipeline(Readable.from(listChunks(items(capture))), process.stdout, { end: false });
    return 'the dump to stdout';
  }
  const partial = `${output}.${process.pid}.partial`;
  try {
    await pipeline(Readable.from(listChunks(items(capture))), createWriteStream(partial));
    await rename(partial, output);
  } finally {
    await rm(partial, { force: true });
  }
  const { size } = await stat(output);
  return `${output} (${size < 1e6 ? `${Math.ceil(size / 1e3)} kB` : `${(size / 1e6).toFixed(1)} MB`})`;
}

interface Session {
  options: NonNullable<ReturnType<typeof parse>>;
  reader: KubeReader;
  /** The context's namespace, for kinds the identity may not list cluster-wide. */
  fallbackNamespace?: string;
}

/** The options and a client for the cluster they name; else the exit status (help, or bad usage). */
function open(args: string[]): Session | number {
  try {
    const options = parse(args);
    if (!options) {
      process.stdout.write(`${CAPTURE_USAGE}\n`);
      return 0;
    }
    const config = connect({ kubeconfig: options.kubeconfig, context: options.context });
    if (!config) throw new UsageError('no cluster is configured (KUBECONFIG, ~/.kube/config or in-cluster): pass --kubeconfig FILE', false);
    say(`reading ${config.getCurrentContext() || 'the in-cluster service account'} (${config.getCurrentCluster()?.server})${options.namespace.length ? `, namespaces ${options.namespace.join(', ')}` : ''}`);
    return { options, reader: new KubeReader(config), fallbackNamespace: config.getContextObject(config.getCurrentContext())?.namespace };
  } catch (error) {
    const usage = (error instanceof UsageError && error.usage) || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`hopscope: ${(error as Error).message}\n${usage ? `\n${CAPTURE_USAGE}\n` : ''}`);
    return 2;
  }
}

/** `hopscope capture`: returns the exit status. */
export async function capture(args: string[]): Promise<number> {
  const started = performance.now();
  const session = open(args);
  if (typeof session === 'number') return session;
  const { options, reader, fallbackNamespace } = session;
  const skipped: string[] = [];
  let captured: Capture;
  try {
    captured = await captureCluster(reader, {
      namespaces: options.namespace,
      fallbackNamespace,
      onRead: (read) => {
        if (read.skipped) skipped.push(where(read));
        say(line(read));
      },
    });
  } catch (error) {
    say(`could not read the cluster: ${reason(error)}`);
    return 1;
  }
  if (!captured.resources.some((r) => KIND_FACTS[r.kind].version === null)) say('Gateway API: not installed here (no CRDs), not read');
  try {
    const written = await write(captured, options.output);
    const objects = captured.resources.reduce((sum, r) => sum + captured.state.count(r.kind), 0);
    say(`wrote ${written}: ${fmt(objects)} objects in ${seconds(performance.now() - started)}${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}`);
    return 0;
  } catch (error) {
    say(`could not write ${options.output ?? 'to stdout'}: ${reason(error)}`);
    return 1;
  }
}
