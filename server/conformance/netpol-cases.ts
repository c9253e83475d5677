import type { Labels } from '../../lib/k8s/types';
import { NetpolEngine, type Endpoint } from '../../lib/netpol/evaluate';
import { stateFromObjects } from '../../lib/state/cluster-state';
import type { CaseResult } from './result';
import type { NetpolCase } from './corpus';

/** Loads a netpol case into a ClusterState (so objects go through the same trimming as a cluster's) and answers its queries. */
export function runNetpolCase(data: NetpolCase): CaseResult[] {
  const state = stateFromObjects(data.objects);
  const engine = new NetpolEngine(state.list('NetworkPolicy'), (ns): Labels | undefined => state.get('Namespace', undefined, ns)?.metadata.labels ?? (state.get('Namespace', undefined, ns) ? {} : undefined));
  const endpoint = (text: string): Endpoint => {
    if (!text.includes('/')) return { kind: 'address', ip: text };
    const [namespace, name] = text.split('/') as [string, string];
    const pod = state.get('Pod', namespace, name);
    if (!pod) throw new Error(`no pod ${text} in the case's objects`);
    return { kind: 'pod', pod };
  };
  return data.queries.map((q, index) => {
    const verdict = engine.allowed({ from: endpoint(q.from), to: endpoint(q.to), port: q.port, protocol: q.protocol });
    const what = `${q.from} -> ${q.to} ${q.port}/${q.protocol}`;
    return { index, what, pass: verdict.allowed === q.expect, expected: String(q.expect), got: `${verdict.allowed}: ${verdict.reason}`, comment: q.comment };
  });
}
