// "Users see 503 -> look here first": the catalog's symptom table (../shared/design/checks.md),
// the checks most likely to explain each symptom, in order. `PRB-EVENT-*` means every id with that prefix.
import type { Finding } from '../graph/types';
import { addTo } from '../util/group';

export interface Symptom {
  id: string;
  /** What the person in front of the browser (or curl) sees. */
  label: string;
  checks: readonly string[];
}

export const SYMPTOMS: readonly Symptom[] = [
  { id: 'measured', label: 'Measured by Prometheus: users get errors or wait', checks: ['MET-5XX-RATIO', 'MET-4XX-RATIO', 'MET-LATENCY'] },
  { id: '404', label: 'Users see 404', checks: ['ING-PATH-MATCH', 'ING-CLASS-*', 'ING-DUP-HOSTPATH', 'ING-REGEX-HOST', 'RT-NOT-ALLOWED', 'RT-HOSTNAME', 'RT-STATUS', 'RT-PARENT-MISSING', 'RT-REGEX-INVALID'] },
  { id: '500', label: 'Users see 500 (Gateway API)', checks: ['RT-BACKEND-MISSING', 'RT-BACKEND-PORT', 'RT-XNS-GRANT'] },
  { id: '502', label: 'Users see 502', checks: ['SVC-TARGETPORT-NUMERIC-UNDECLARED', 'SVC-PROBE-PORT-MISMATCH', 'EPS-PUBLISH-NOT-READY', 'POD-GRACEFUL-SHUTDOWN', 'POD-OOMKILLED', 'POD-CRASHLOOP', 'MET-RESTARTS', 'ING-EXTERNALNAME'] },
  {
    id: '503',
    label: 'Users see 503',
    checks: ['ING-SVC-MISSING', 'ING-SVC-PORT', 'ING-PORT-IS-TARGETPORT', 'EPS-EMPTY', 'EPS-NOT-READY', 'EPS-ONLY-TERMINATING', 'SVC-SELECTOR-NOMATCH', 'SVC-TARGETPORT-NAMED', 'PRB-EVENT-*', 'POD-NOT-READY', 'EPS-READINESS-GATE', 'POD-PENDING', 'RT-NO-READY', 'MET-PROBE-FAILURES'],
  },
  { id: '504', label: 'Users see 504 (timeout through the ingress)', checks: ['NP-INGRESS-CTRL-BLOCKED', 'NP-PORT-IS-SVC-PORT', 'NP-HOSTNET-CONTROLLER', 'NP-PEER-DANGLING'] },
  { id: 'refused', label: 'Connection refused (in-cluster)', checks: ['SVC-TARGETPORT-*', 'SVC-MANUAL-SLICE-PORT', 'SVC-NOSELECTOR-NOSLICES'] },
  { id: 'timeout', label: 'Timeouts (in-cluster, NodePort, DNS)', checks: ['NP-*', 'SVC-ITP-LOCAL', 'SVC-ETP-LOCAL', 'KP-NOT-RUNNING', 'MET-KP-SYNC-STUCK', 'DNS-*', 'MET-DNS-SERVFAIL'] },
  { id: 'tls', label: 'TLS errors', checks: ['ING-TLS-SECRET', 'GW-NOT-READY'] },
];

function rank(symptom: Symptom, id: string): number {
  return symptom.checks.findIndex((pattern) => (pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : pattern === id));
}

/** The first symptom (in the table's order) a check explains, and its place in that symptom's list. */
export function symptomOf(id: string): { symptom: Symptom | null; rank: number } {
  for (const symptom of SYMPTOMS) {
    const r = rank(symptom, id);
    if (r >= 0) return { symptom, rank: r };
  }
  return { symptom: null, rank: 0 };
}

const SEVERITY = { critical: 0, warning: 1, info: 2 } as const;

/** Findings grouped by what users see, groups in the table's order, most likely check first; the rest last. */
export function groupBySymptom(findings: readonly Finding[]): { symptom: Symptom | null; findings: Finding[] }[] {
  const groups = new Map<Symptom | null, { finding: Finding; rank: number }[]>();
  for (const finding of findings) {
    const { symptom, rank: r } = symptomOf(finding.id);
    addTo(groups, symptom, { finding, rank: r });
  }
  const order = [...SYMPTOMS, null];
  return [...groups]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([symptom, list]) => ({ symptom, findings: list.sort((x, y) => x.rank - y.rank || SEVERITY[x.finding.severity] - SEVERITY[y.finding.severity]).map((x) => x.finding) }));
}
