// "Users see 503 -> look here first": the catalog's symptom table (../shared/design/checks.md),
// the checks most likely to explain each symptom, in order. `PRB-EVENT-*` means every id with that prefix.
import type { Finding, Severity } from '../graph/types';
import { addTo } from '../util/group';

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
  /** The symptom measured, not a cause: it leads a panel only when no cause is as severe. */
  measured?: true;
}


export const SYMPTOMS: readonly Symptom[] = [
  { id: 'measured', label: 'Measured by Prometheus: users get errors or wait', checks: ['MET-5XX-RATIO', 'MET-4XX-RATIO', 'MET-LATENCY'], says: null, measured: true },
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

function rank(symptom: Symptom, id: string): number {
  return symptom.checks.findIndex((pattern) => (pattern.endsWith('*') ? id.startsWith(pattern.slice(0, -1)) : pattern === id));
}

const NONE = { symptom: null, rank: 0 } as const;

/**
 * The symptom a finding explains, and its check's place in that symptom's list. For a check the table
 * lists: the first of its symptoms the message states (RT-STATUS says 404 or 500), else the first
 * (a probe's own `HTTP 404` is not what users see). For another check: the first symptom its message
 * states (SVC-SINGLE-ENDPOINT says 503), else none. Info findings are context, under no symptom.
 */
export function symptomOfFinding(finding: Finding): { symptom: Symptom | null; rank: number } {
  if (finding.severity === 'info') return NONE;
  const listed = SYMPTOMS.map((symptom) => ({ symptom, rank: rank(symptom, finding.id) })).filter((s) => s.rank >= 0);
  const stated = (s: { symptom: Symptom }) => s.symptom.says?.test(finding.message) ?? false;
  if (listed.length) return listed.find(stated) ?? listed[0]!;
  // Unlisted checks come after every listed one of the symptom.
  return SYMPTOMS.map((symptom) => ({ symptom, rank: symptom.checks.length })).find(stated) ?? NONE;
}

const SEVERITY: Record<Severity, number> = { critical: 0, warning: 1, info: 2 };

export interface SymptomGroup {
  symptom: Symptom | null;
  findings: Finding[];
  /** "look here first" on one group at most: the likeliest explanation (the most severe finding, a cause the table lists before others and before a measurement, then the table's order). */
  heading: string;
}

/** Findings grouped by what users see, groups in the table's order, most likely check first; the rest last. */
export function groupBySymptom(findings: readonly Finding[]): SymptomGroup[] {
  const groups = new Map<Symptom | null, { finding: Finding; rank: number }[]>();
  for (const finding of findings) {
    const { symptom, rank: r } = symptomOfFinding(finding);
    addTo(groups, symptom, { finding, rank: r });
  }
  const order = [...SYMPTOMS, null];
  const sorted = [...groups]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([symptom, list]) => ({ symptom, list: list.sort((x, y) => x.rank - y.rank || SEVERITY[x.finding.severity] - SEVERITY[y.finding.severity]) }));
  // Lower is likelier: the most severe finding, then a check the table lists for the symptom, then one it does not, then a measurement.
  const likeliness = ({ symptom, list }: (typeof sorted)[number]) =>
    3 * Math.min(...list.map((x) => SEVERITY[x.finding.severity])) + (symptom?.measured ? 2 : list[0]!.rank < (symptom?.checks.length ?? 0) ? 0 : 1);
  const lead = sorted.filter((g) => g.symptom).reduce<(typeof sorted)[number] | null>((best, g) => (!best || likeliness(g) < likeliness(best) ? g : best), null);
  return sorted.map((g) => ({
    symptom: g.symptom,
    findings: g.list.map((x) => x.finding),
    heading: g.symptom ? (g === lead ? `${g.symptom.label}: look here first` : g.symptom.label) : 'Other findings',
  }));
}
