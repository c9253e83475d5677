// Finding hops by what a person types: names, hosts, paths, pod IPs, `label=value`, finding ids and
// the symptom users report (`503`), over every hop in scope, drawn or folded.
import { symptomOfFinding } from '../checks/symptoms';
import { nodeId } from '../graph/ids';
import type { GraphNode, Health } from '../graph/types';
import type { StateReader } from '../state/state-reader';
import type { ViewSource } from './source';

export interface SearchMatch {
  id: string;
  health: Health;
  /** What matched, e.g. `host shop.example.com` or `SVC-SELECTOR-NOMATCH`. */
  matched: string;
}

export interface SearchResult {
  query: string;
  total: number;
  /** The first matches, least healthy first. */
  matches: SearchMatch[];
}

export const SEARCH_MATCHES_KEPT = 50;
const HEALTH_ORDER: Record<Health, number> = { critical: 0, warning: 1, unknown: 2, info: 3, ok: 4 };

/** What of a hop matches the term, if anything. */
function matchOf(node: GraphNode, term: string): string | null {
  const name = node.ref ? `${node.ref.namespace ?? ''}/${node.ref.name}` : 'client';
  if (name.toLowerCase().includes(term)) return name;
  if (node.kind === 'ingress') {
    const host = node.hosts.find((h) => h.toLowerCase().includes(term));
    if (host) return `host ${host}`;
    const path = node.routes.find((r) => r.path.toLowerCase().includes(term));
    if (path) return `path ${path.path}`;
  }
  if (node.kind === 'httproute') {
    const host = node.hostnames.find((h) => h.toLowerCase().includes(term));
    if (host) return `host ${host}`;
    const path = node.routes.find((r) => r.path.toLowerCase().includes(term));
    if (path) return `path ${path.path}`;
  }
  if (node.kind === 'pod' && node.podIP?.startsWith(term)) return `IP ${node.podIP}`;
  for (const finding of node.findings) {
    if (finding.id.toLowerCase().startsWith(term)) return finding.id;
    if (symptomOfFinding(finding)?.id === term) return `${finding.id} (${term})`;
  }
  return null;
}

/** Hops of these namespaces (all with null) that carry the label, or select it (Services). */
function labelMatches(source: ViewSource, state: StateReader, key: string, value: string, namespaces: readonly string[]): { id: string; matched: string }[] {
  const out: { id: string; matched: string }[] = [];
  for (const namespace of namespaces) {
    for (const pod of state.select('Pod', namespace, { [key]: value })) out.push({ id: nodeId('pod', namespace, pod.metadata.name), matched: `label ${key}=${value}` });
    for (const id of source.index.in(namespace)?.ids ?? []) {
      const node = source.node(id);
      if (node?.kind === 'service' && node.selector?.[key] === value) out.push({ id, matched: `selector ${key}=${value}` });
    }
  }
  return out.filter((m) => source.node(m.id));
}

export function searchHops(source: ViewSource, state: StateReader, query: string, namespaces: readonly string[] | null): SearchResult {
  const term = query.trim().toLowerCase();
  const scope = namespaces ?? source.index.namespaceNames();
  const found: { id: string; matched: string }[] = [];
  const [key, value, ...more] = query.trim().split('=');
  if (value !== undefined && more.length === 0 && key) found.push(...labelMatches(source, state, key, value, scope));
  else if (term) {
    for (const namespace of scope) {
      for (const id of source.index.in(namespace)?.ids ?? []) {
        const matched = matchOf(source.node(id)!, term);
        if (matched) found.push({ id, matched });
      }
    }
  }
  const matches = found.map((m) => ({ ...m, health: source.node(m.id)!.health }));
  matches.sort((a, b) => HEALTH_ORDER[a.health] - HEALTH_ORDER[b.health] || (a.id < b.id ? -1 : 1));
  return { query, total: matches.length, matches: matches.slice(0, SEARCH_MATCHES_KEPT) };
}
