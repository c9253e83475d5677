import { graphFor, type RequestView } from '../auth/request-view';
import type { FreezeSource } from './freeze';

/** What a viewer freezes or exports: the cluster as they may see it, and the graphs of their shared analysis. */
export function freezeSourceOf(view: RequestView): FreezeSource {
  return { info: view.cluster.info, state: view.state, notices: view.notices, access: view.access, graph: (namespaces) => graphFor(view, namespaces) };
}
