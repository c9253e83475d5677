// What users see ("Users see 503"), as a label on each finding: the catalog's symptom table
// (../shared/design/checks.md), the checks most likely to explain each symptom, in order, and how a
// message states one. `PRB-EVENT-*` means every id with that prefix. The symptom labels a finding; it
// does not order them (lib/graph/finding-order.ts does).
import type { Finding } from '../graph/types';

export interface Symptom {
  id: string;
  /** What the person in front of the browser (or curl) sees. */
  label: string;
  checks: readonly string[];
  /**
   * How a finding's message states this symptom; null when none does (measured ones say it by their
   * id). An HTTP status is not a port of the same number (`port 503`, `:503`, `503/TCP`).
   */
  says: RegExp | null;
}


export const SYMPTOMS: readonly Symptom[] = [
  { id: 'measured', label: 'Measured by Prometheus: users get errors or wait', checks: ['MET-5XX-RATIO', 'MET-4XX-RATIO', 'MET-LATENCY'], says: null },
  { id: '404', label: 'Users see 404', checks: ['ING-PATH-MATCH', 'ING-CLASS-*', 'ING-DUP-HOSTPATH', 'ING-REGEX-HOST', 'RT-NOT-ALLOWED', 'RT-HOSTNAME', 'RT-STATUS', 'RT-PARENT-MISSING', 'RT-REGEX-INVALID'], says: /(?<![\d:]|port )404(?!\d|\/(?:TCP|UDP|SCTP))/ },
  { id: '500', label: 'Users see 500 (Gateway API)', checks: ['RT-BACKEND-MISSING', 'RT-BACKEND-PORT', 'RT-XNS-GRANT', 'RT-STATUS'], says: /(?<![\d:]|port )500(?!\d|\/(?:TCP|UDP|SCTP))/ },
  {
    id: '502',
    label: 'Users see 502',
    checks: ['SVC-TARGETPORT-NUMERIC-UNDECLARED', 'SVC-PROBE-PORT-MISMATCH', 'EPS-PUBLISH-NOT-READY', 'POD-GRACEFUL-SHUTDOWN', 'POD-OOMKILLED', 'POD-CRASHLOOP', 'MET-RESTARTS', 'ING-EXTERNALNAME'],
    says: /(?<![\d:]|port )502(?!\d|\/(?:TCP|UDP|SCTP))/,
  },
  {
    id: '503',
    label: 'Users see 503',
    checks: [
      'ING-SVC-MISSING',
      'ING-SVC-PORT',
      'ING-PORT-IS-TARGETPORT',
      'EPS-EMPTY',
      'EPS-NOT-READY',
      'EPS-ONLY-TERMINATING',
      'SVC-SELECTOR-NOMATCH',
      'SVC-TARGETPORT-NAMED',
      'EPS-PORT-SUBSET',
      'PRB-EVENT-*',
      'POD-NOT-READY',
      'POD-CRASHLOOP',
      'EPS-READINESS-GATE',
      'POD-PENDING',
      'RT-NO-READY',
      'WL-REPLICAS',
      'MET-PROBE-FAILURES',
      'ING-EXTERNALNAME',
    ],
    says: /(?<![\d:]|port )503(?!\d|\/(?:TCP|UDP|SCTP))/,
  },
  { id: '504', label: 'Users see 504 (timeout through the ingress)', checks: ['NP-INGRESS-CTRL-BLOCKED', 'NP-PORT-IS-SVC-PORT', 'NP-HOSTNET-CONTROLLER', 'NP-PEER-DANGLING'], says: /(?<![\d:]|port )504(?!\d|\/(?:TCP|UDP|SCTP))/ },
  { id: 'refused', label: 'Connection refused (in-cluster)', checks: ['SVC-TARGETPORT-*', 'SVC-MANUAL-SLICE-PORT', 'SVC-NOSELECTOR-NOSLICES'], says: /\brefused\b/i },
  {
    id: 'timeout',
    label: 'Timeouts (in-cluster, NodePort, DNS)',
    checks: ['NP-*', 'SVC-ITP-LOCAL', 'SVC-ETP-LOCAL', 'KP-NOT-RUNNING', 'MET-KP-SYNC-STUCK', 'DNS-*', 'MET-DNS-SERVFAIL', 'ING-CLASS-NO-CONTROLLER'],
    says: /\b(?:times?|timed) ?outs?\b/i,
  },
  { id: 'tls', label: 'TLS errors', checks: ['ING-TLS-SECRET', 'GW-NOT-READY'], says: /\bTLS\b/ },
];

const lists = (symptom: Symptom, id: string) => symptom.checks.some((pattern) => (pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : pattern === id));

/**
 * The symptom a finding explains. For a check the table lists: the first of its symptoms the message
 * states (RT-STATUS says 404 or 500), else the first (a probe's own `HTTP 404` is not what users see).
 * For another check: the first symptom its message states (SVC-SINGLE-ENDPOINT says 503), else none.
 * Info findings are context, with no symptom.
 */
export function symptomOfFinding(finding: Finding): Symptom | null {
  if (finding.severity === 'info') return null;
  const stated = (symptom: Symptom) => symptom.says?.test(finding.message) ?? false;
  const listed = SYMPTOMS.filter((symptom) => lists(symptom, finding.id));
  if (listed.length) return listed.find(stated) ?? listed[0]!;
  return SYMPTOMS.find(stated) ?? null;
}
