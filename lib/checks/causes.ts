// Findings that explain another on the same hop: a pod is not ready because its readiness probe
// fails. A check names causes on other hops itself, from what it read (EPS-EMPTY names
// SVC-SELECTOR-NOMATCH on its Service); these are kept when they fired, as a hop's findings are
// attached (lib/analysis/run-checks.ts) and as measured findings join them (lib/metrics/merge.ts).
import type { FindingRef } from '../graph/types';
import type { CheckId } from './classes';

/** Effect -> the findings on the same hop that cause it, when they are there. */
const SAME_HOP_CAUSES: Partial<Record<CheckId, readonly CheckId[]>> = {
  'POD-NOT-READY': ['PRB-EVENT-HTTP-STATUS', 'PRB-EVENT-REFUSED', 'PRB-EVENT-TIMEOUT', 'PRB-EVENT-NAMEDPORT', 'PRB-PORT-UNDECLARED', 'POD-CRASHLOOP'],
  'POD-CRASHLOOP': ['POD-OOMKILLED'],
  // The kubelet's Event says after the fact what the spec already shows.
  'PRB-EVENT-NAMEDPORT': ['PRB-PORT-UNDECLARED'],
  'EPS-EMPTY': ['EPS-NODE-MISSING'],
  'EPS-NOT-READY': ['EPS-READINESS-GATE'],
  'NP-INGRESS-CTRL-BLOCKED': ['NP-PORT-IS-SVC-PORT', 'NP-HOSTNET-CONTROLLER', 'NP-PEER-DANGLING'],
  // The controller's own verdict repeats what Hopscope finds from the objects.
  'RT-STATUS': ['RT-PARENT-MISSING', 'RT-NOT-ALLOWED', 'RT-HOSTNAME', 'RT-BACKEND-MISSING', 'RT-BACKEND-PORT', 'RT-XNS-GRANT'],
  'WL-REPLICAS': ['WL-REPLICA-FAILURE'],
  'SVC-SELECTOR-NOMATCH': ['WL-REPLICA-FAILURE'],
  'DNS-CLUSTER-DNS-DOWN': ['SVC-SELECTOR-NOMATCH'],
  // Measured on a pod: what its findings say happened.
  'MET-RESTARTS': ['POD-OOMKILLED', 'POD-CRASHLOOP'],
  'MET-PROBE-FAILURES': ['PRB-EVENT-HTTP-STATUS', 'PRB-EVENT-REFUSED', 'PRB-EVENT-TIMEOUT', 'PRB-EVENT-NAMEDPORT', 'PRB-PORT-UNDECLARED'],
};

/** The most causes a finding names (its message says how many there are). */
const CAUSES_KEPT = 8;

/** A finding's causes: those on its own hop first, then those its check named, by hop then id, each once, at most CAUSES_KEPT. */
export function causesOf(id: CheckId, hop: string, named: readonly FindingRef[] | undefined, onHop: ReadonlySet<string>): FindingRef[] {
  const order = (a: FindingRef, b: FindingRef) => Number(a.hop !== hop) - Number(b.hop !== hop) || (a.hop < b.hop ? -1 : a.hop > b.hop ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const all = [...(named ?? []), ...(SAME_HOP_CAUSES[id] ?? []).filter((cause) => onHop.has(cause)).map((cause) => ({ id: cause, hop }))].sort(order);
  return all.filter((ref, i) => i === 0 || order(ref, all[i - 1]!) !== 0).slice(0, CAUSES_KEPT);
}
