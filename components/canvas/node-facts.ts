import { HOP_KINDS } from '../../lib/graph/hop-kinds';
import type { GraphNode } from '../../lib/graph/types';

export function kindLabel(node: GraphNode): string {
  return HOP_KINDS[node.kind].label;
}

/** The one line of key facts a card shows for its kind. */
export function nodeFacts(node: GraphNode): string {
  switch (node.kind) {
    case 'client':
      return 'Requests from outside the cluster';
    case 'ingress':
      return `${node.hosts.join(', ') || '*'}${node.className ? ` · ${node.className}` : ''}`;
    case 'httproute':
      return node.hostnames.join(', ') || '*';
    case 'service':
      if (node.missing) return 'not found in the cluster';
      return `${node.type} · ${node.ports.map((p) => (String(p.port) === p.targetPort ? String(p.port) : `${p.port}→${p.targetPort}`)).join(', ') || 'no ports'}`;
    case 'endpoints':
      return `${node.counts.ready} ready · ${node.counts.notReady} not ready · ${node.counts.terminating} terminating${node.counts.withoutPort ? ` · ${node.counts.withoutPort} lack a Service port` : ''}`;
    case 'pod': {
      const ready = node.containers.filter((c) => c.ready).length;
      return `${node.terminating ? 'Terminating' : node.phase} · ${ready}/${node.containers.length} ready · ${node.restarts} restarts`;
    }
  }
}

export function nodeTitle(node: GraphNode): string {
  return node.ref?.name ?? 'Client';
}

/** Text a search matches against: namespace/name, hosts, selector labels. */
export function searchText(node: GraphNode): string {
  const parts = [node.ref ? `${node.ref.namespace ?? ''}/${node.ref.name}` : 'client'];
  if (node.kind === 'ingress') parts.push(...node.hosts, ...node.routes.map((r) => r.path));
  if (node.kind === 'httproute') parts.push(...node.hostnames);
  if (node.kind === 'service' && node.selector) parts.push(...Object.entries(node.selector).map(([k, v]) => `${k}=${v}`));
  return parts.join(' ').toLowerCase();
}
