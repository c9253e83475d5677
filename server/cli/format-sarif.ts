import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { version } from '../../package.json';
import { CHECK_HELP } from '../../lib/checks/help';
import type { CheckHelp } from '../../lib/checks/help-markdown';
import type { Finding, Graph, GraphNode, ObjectRef, Severity } from '../../lib/graph/types';
import type { SourceLocation, SourceLocations } from '../source/source-locations';
import { title } from './format-text';

const LEVEL: Record<Severity, Sarif.Result.level> = { critical: 'error', warning: 'warning', info: 'note' };
const SRCROOT = 'SRCROOT';
const plain = (markdown: string) => markdown.replace(/`/g, '');
const said = (cell: string) => cell !== '—';

/** A catalog row as a SARIF rule: the severity cell's first word is its default level. */
function rule(help: CheckHelp): Sarif.ReportingDescriptor {
  const severity = /^(critical|warning|info)\b/.exec(help.severity)?.[1] as Severity | undefined;
  const sections = (
    [
      ['Severity', help.severity],
      ['What users see', help.usersSee],
      ['What to do', help.whatToDo],
    ] as const
  ).filter(([, cell]) => said(cell));
  return {
    id: help.id,
    shortDescription: { text: plain(/^.+?[.!?](?=\s+[A-Z]|$)/.exec(help.meaning)?.[0] ?? help.meaning) },
    fullDescription: { text: plain(help.meaning) },
    help: {
      text: [plain(help.meaning), ...sections.map(([name, cell]) => `${name}: ${plain(cell)}`)].join('\n'),
      markdown: [help.meaning, ...sections.map(([name, cell]) => `**${name}:** ${cell}`)].join('\n\n'),
    },
    defaultConfiguration: { level: LEVEL[severity ?? 'warning'] },
    properties: { tags: ['kubernetes', help.section] },
  };
}

const RULES = CHECK_HELP.map(rule);
const RULE_INDEX = new Map(CHECK_HELP.map((help, index) => [help.id, index]));

/** The file as a URI: relative to the working directory (the checkout, in CI) when it is inside it. */
function artifact(file: string, cwd: string): Sarif.ArtifactLocation {
  const path = resolve(cwd, file);
  const inside = relative(cwd, path);
  if (inside && !inside.startsWith('..') && !isAbsolute(inside)) return { uri: inside.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
  return { uri: pathToFileURL(path).href };
}

const refName = (ref: ObjectRef) => `${ref.kind}/${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`;

/** The object a hop stands for; an EndpointSlices hop's findings are about its Service's endpoints (the slices are the controller's). */
function objectOf(node: GraphNode): ObjectRef | null {
  if (node.kind === 'endpoints' && node.ref) return { kind: 'Service', ...(node.ref.namespace ? { namespace: node.ref.namespace } : {}), name: node.ref.name };
  return node.ref;
}

/** A place in a file, and the object there when one is known. */
function location(where: SourceLocation, ref: ObjectRef | undefined, cwd: string): Sarif.Location {
  return {
    physicalLocation: { artifactLocation: artifact(where.file, cwd), ...(where.line === undefined ? {} : { region: { startLine: where.line } }) },
    ...(ref ? { logicalLocations: [{ name: ref.name, fullyQualifiedName: refName(ref), kind: 'resource' }] } : {}),
  };
}

function result(node: GraphNode, finding: Finding, locations: SourceLocations | undefined, cwd: string): Sarif.Result {
  // The hop's object first; a finding on a hop with no place of its own (the Client, a missing
  // Service) is placed at the first object of its evidence that has one. Code scanning refuses a
  // whole log for one result without a file, so the rest are placed at the first file read.
  const own = objectOf(node);
  const evidence = [...finding.evidence.objects, ...finding.evidence.fields.map((f) => f.object)];
  const candidates = [...(own ? [own] : []), ...evidence];
  const placed = candidates.find((ref) => locations?.of(ref));
  const placedAt = placed && locations!.of(placed)!;
  const primary = placedAt ? location(placedAt, placed, cwd) : locations?.firstFile === undefined ? null : location({ file: locations.firstFile }, candidates[0], cwd);
  // The other objects the evidence names, each once, unless they start where the result is placed.
  const key = (where: SourceLocation) => `${where.file}:${where.line}`;
  const related = new Map<string, Sarif.Location>();
  for (const ref of evidence) {
    const where = locations?.of(ref);
    if (where && (!placedAt || key(where) !== key(placedAt))) related.set(refName(ref), { ...location(where, ref, cwd), message: { text: refName(ref) } });
  }
  const index = RULE_INDEX.get(finding.id);
  return {
    ruleId: finding.id,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    ...(primary ? { locations: [primary] } : {}),
    ...(related.size ? { relatedLocations: [...related.values()].map((l, id) => ({ id, ...l })) } : {}),
    partialFingerprints: { 'hopscopeFinding/v1': `${finding.id}|${finding.hop}|${finding.edge ?? ''}` },
    properties: {
      hop: finding.hop,
      ...(finding.edge ? { edge: finding.edge } : {}),
      severity: finding.severity,
      evidence: finding.evidence.fields.map((f) => `${refName(f.object)} ${f.path} = ${f.value}`),
      kubectl: finding.evidence.kubectl,
    },
  };
}

/** The graph's notes, then each check that could not judge some hops, once per reason. */
function notifications(graph: Graph): Sarif.Notification[] {
  const unchecked = new Map<string, { id: string; reason: string; first: string; hops: number }>();
  for (const node of graph.nodes) {
    for (const { id, reason } of node.notChecked ?? []) {
      const key = `${id}\n${reason}`;
      const seen = unchecked.get(key);
      if (seen) seen.hops++;
      else unchecked.set(key, { id, reason, first: title(node), hops: 1 });
    }
  }
  return [
    ...graph.notes.map((note): Sarif.Notification => ({ level: 'note', message: { text: note } })),
    ...[...unchecked.values()].map(({ id, reason, first, hops }): Sarif.Notification => ({
      level: 'note',
      message: { text: `${id} not checked on ${first}${hops > 1 ? ` and ${hops - 1} more hop${hops > 2 ? 's' : ''}` : ''}: ${reason}` },
      descriptor: { id },
    })),
  ];
}

/**
 * The findings as SARIF 2.1.0 for code-scanning UIs: rules are the catalog's checks with their help
 * (docs/checks.md), results are placed at the file and line of the object each finding is on.
 */
export function formatSarif(graph: Graph, locations: SourceLocations | undefined): string {
  const cwd = process.cwd();
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Hopscope', version, rules: RULES } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications(graph) }],
        results: graph.nodes.flatMap((node) => node.findings.map((f) => result(node, f, locations, cwd))),
      },
    ],
  };
  return JSON.stringify(log);
}
