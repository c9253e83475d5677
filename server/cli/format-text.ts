import { hopTitle } from '../../lib/graph/hop-kinds';
import { requestPaths } from '../../lib/graph/paths';
import { addTo } from '../../lib/util/group';
import type { Finding, Graph, GraphNode, NotChecked, Severity } from '../../lib/graph/types';

const MARK: Record<Severity, string> = { critical: '✕ critical', warning: '! warning ', info: 'i info    ' };

/** `Service shop/web`, `EndpointSlices of shop/web`, `Client`. */
export function title(node: GraphNode): string {
  if (!node.ref) return 'Client';
  const kind = node.kind === 'endpoints' ? 'EndpointSlices of' : node.ref.kind;
  const missing = node.kind === 'service' && node.missing ? ' (missing)' : '';
  return `${kind} ${node.ref.namespace ? `${node.ref.namespace}/` : ''}${node.ref.name}${missing}`;
}

function entryTitle(node: GraphNode | null): string {
  if (!node) return 'Reached from inside the cluster';
  const hosts = node.kind === 'ingress' ? node.hosts : node.kind === 'httproute' ? node.hostnames : [];
  return `${title(node)}${hosts.length ? ` (${hosts.join(', ')})` : ''}`;
}

/** What a finding names as its causes: `because POD-NOT-READY on Pod shop/web-1, Pod shop/web-2`. */
function because(f: Finding): string {
  const byId = new Map<string, string[]>();
  for (const ref of f.because ?? []) addTo(byId, ref.id, ref.hop === f.hop ? 'this hop' : hopTitle(ref.hop));
  return [...byId].map(([id, hops]) => `${id} on ${hops.join(', ')}`).join('; ');
}

/** A finding as indented lines: the mark, id and message, its causes, then its evidence and kubectl commands. */
export function formatFinding(f: Finding): string[] {
  const lines = [`    ${MARK[f.severity]}  ${f.id}  ${f.message}`];
  if (f.because?.length) lines.push(`        because ${because(f)}`);
  for (const field of f.evidence.fields) {
    const where = `${field.object.kind} ${field.object.namespace ? `${field.object.namespace}/` : ''}${field.object.name}`;
    lines.push(`        ${where} ${field.path} = ${field.value}`);
  }
  for (const cmd of f.evidence.kubectl) lines.push(`        $ ${cmd}`);
  return lines;
}

/** What could not be checked, one line per reason (manifests mode gives a pod's checks of the live state one). */
export function formatNotChecked(list: readonly NotChecked[]): string[] {
  const byReason = new Map<string, string[]>();
  for (const n of list) byReason.set(n.reason, [...(byReason.get(n.reason) ?? []), n.id]);
  return [...byReason].map(([reason, ids]) => `    ? not checked  ${ids.join(', ')}  ${reason}`);
}

const MODES: Record<NonNullable<Graph['source']['mode']>, string> = {
  'live-state': ' (live state)',
  manifests: ' (manifests: workload templates stand in for pods)',
};
const said = (node: GraphNode) => node.findings.length > 0 || (node.notChecked?.length ?? 0) > 0;

/** Findings (and what could not be checked) grouped by request path and hop, for a terminal. */
export function formatText(graph: Graph): string {
  const out: string[] = [`Hopscope: ${graph.source.name}${graph.source.mode ? MODES[graph.source.mode] : ''}`];
  const printed = new Set<string>();
  for (const path of requestPaths(graph)) {
    const hops = [path.entry, ...path.hops].filter((n): n is GraphNode => !!n && said(n));
    if (path.entry === null && hops.length === 0) continue;
    out.push('', `${entryTitle(path.entry)}${hops.length === 0 ? ': healthy' : ''}`);
    for (const hop of hops) {
      out.push(`  ${title(hop)}${printed.has(hop.id) ? ' (same findings as above)' : ''}`);
      if (!printed.has(hop.id)) {
        hop.findings.forEach((f) => out.push(...formatFinding(f)));
        out.push(...formatNotChecked(hop.notChecked ?? []));
      }
      printed.add(hop.id);
    }
  }
  const all = graph.nodes.flatMap((n) => n.findings);
  const count = (s: Severity) => all.filter((f) => f.severity === s).length;
  const sick = graph.nodes.filter((n) => n.findings.length > 0).length;
  const unchecked = graph.nodes.reduce((n, node) => n + (node.notChecked?.length ?? 0), 0);
  out.push('', `${count('critical')} critical, ${count('warning')} warning, ${count('info')} info on ${sick} of ${graph.nodes.length} hops${unchecked ? `; ${unchecked} check${unchecked > 1 ? 's' : ''} could not judge what the input lacks (? not checked)` : ''}.`);
  for (const note of graph.notes) out.push(`Note: ${note}`);
  return out.join('\n');
}
