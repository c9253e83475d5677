import { parseViewState, viewStateQuery } from '../url/view-state';
import type { SnapshotView } from './types';

/** The page link that opens a snapshot with the view it was frozen with (namespaces, selected hop, trace, window). */
export function snapshotLink(id: string, view: SnapshotView): string {
  const { namespaces, node, trace, method, headers, range } = view;
  return `/${viewStateQuery({ ...parseViewState(new URLSearchParams()), namespaces, node, trace, method, headers, range, snapshot: id })}`;
}
