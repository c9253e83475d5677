import { namespaceOfId } from '../graph/view';
import type { SnapshotSummary } from '../snapshots/types';
import { namespaceScope, type Access } from './access';

/**
 * A snapshot in the list as this viewer may see it: the namespaces, problem counts and frozen view
 * of theirs only (cluster-wide problems come from objects they may not list: left out); null when it
 * shows none of their namespaces (older snapshots did not record them: only for who sees everything).
 */
export function scopeSummary(summary: SnapshotSummary, access: Access): SnapshotSummary | null {
  if (access.kind === 'everything') return summary;
  const scope = namespaceScope(access);
  const visible = (namespace: string) => scope === 'all' || scope.has(namespace);
  const namespaces = summary.namespaces.filter(visible);
  if (namespaces.length === 0) return null;
  const { node } = summary.view;
  const nodeNamespace = node ? namespaceOfId(node) : undefined;
  return {
    ...summary,
    namespaces,
    view: { ...summary.view, namespaces: summary.view.namespaces.filter(visible), node: nodeNamespace === undefined || visible(nodeNamespace) ? node : null },
    problems: summary.problems && Object.fromEntries(Object.entries(summary.problems).filter(([namespace]) => visible(namespace))),
  };
}
