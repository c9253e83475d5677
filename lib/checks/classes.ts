// Failing now or a risk, per check: in an incident, the first finding on a hop is what breaks
// requests now. docs/checks.md lists the same classes (lib/checks/docs.test.ts holds them together).
import type { FindingClass, Severity } from '../graph/types';

/** A check's class: one for all its findings, or failing now when the finding is critical and a risk otherwise. */
export type ClassRule = FindingClass | 'failing-now when critical';

/**
 * Every finding id and its class. **failing-now**: requests fail now (observed readiness, endpoints,
 * restarts, kills and kubelet Events; a policy that blocks a live path; a backend missing on a routed
 * path; metrics over a threshold). **risk**: configuration that fails under some condition (a
 * restart, a rollout, load, another controller), and context. A check's id must be here: its class
 * is declared once, in this table.
 */
export const CHECK_CLASSES = {
  'ING-SVC-MISSING': 'failing-now',
  'ING-SVC-PORT': 'failing-now',
  'ING-PORT-IS-TARGETPORT': 'risk',
  'ING-CLASS-NOTFOUND': 'failing-now',
  'ING-CLASS-UNSET': 'failing-now',
  'ING-CLASS-NO-CONTROLLER': 'failing-now',
  // A backend without a port is broken now; a port number is a renumbering away from it.
  'ING-PORT-NUMERIC': 'failing-now when critical',
  'ING-EXTERNALNAME': 'risk',
  'ING-DUP-HOSTPATH': 'failing-now',
  'ING-REGEX-HOST': 'risk',
  'ING-TLS-SECRET': 'failing-now',
  'RT-PARENT-MISSING': 'failing-now',
  'GW-CLASS-MISSING': 'failing-now',
  'GWC-NOT-ACCEPTED': 'failing-now',
  'GW-NOT-READY': 'failing-now',
  'RT-NOT-ALLOWED': 'failing-now',
  'RT-HOSTNAME': 'failing-now',
  'RT-STATUS': 'failing-now',
  'RT-BACKEND-MISSING': 'failing-now',
  'RT-BACKEND-PORT': 'failing-now',
  'RT-XNS-GRANT': 'failing-now',
  'RT-NO-READY': 'failing-now',
  'RT-REGEX-INVALID': 'failing-now',
  'GWC-UNUSED': 'risk',
  'SVC-SELECTOR-NOMATCH': 'failing-now',
  'SVC-TARGETPORT-NAMED': 'failing-now',
  'SVC-PORT-PROTOCOL': 'failing-now',
  'SVC-SELECTOR-MULTIAPP': 'risk',
  'SVC-NOSELECTOR-NOSLICES': 'failing-now',
  'SVC-MANUAL-SLICE-PORT': 'failing-now',
  'SVC-TARGETPORT-NUMERIC-UNDECLARED': 'risk',
  'SVC-PROBE-PORT-MISMATCH': 'risk',
  'SVC-SINGLE-ENDPOINT': 'risk',
  'SVC-ETP-LOCAL': 'risk',
  'SVC-ITP-LOCAL': 'risk',
  'SVC-AFFINITY': 'risk',
  'SVC-EXTERNALNAME': 'risk',
  'SVC-TYPE': 'risk',
  'SVC-STS-HEADLESS': 'risk',
  'WL-REPLICAS': 'failing-now',
  'WL-REPLICA-FAILURE': 'failing-now',
  'EPS-EMPTY': 'failing-now',
  'EPS-NOT-READY': 'failing-now',
  'EPS-ONLY-TERMINATING': 'failing-now',
  // Critical while a selected pod is not ready or terminating: requests reach it now.
  'EPS-PUBLISH-NOT-READY': 'failing-now when critical',
  'EPS-READINESS-GATE': 'failing-now',
  'EPS-PORT-SUBSET': 'failing-now',
  'EPS-NODE-MISSING': 'failing-now',
  'POD-NOT-READY': 'failing-now',
  'POD-CRASHLOOP': 'failing-now',
  // Critical when the kills repeat; one kill is a warning of the next.
  'POD-OOMKILLED': 'failing-now when critical',
  'PRB-EVENT-HTTP-STATUS': 'failing-now',
  'PRB-READINESS-MISSING': 'risk',
  'PRB-EVENT-REFUSED': 'failing-now',
  'PRB-EVENT-TIMEOUT': 'failing-now',
  'PRB-EVENT-NAMEDPORT': 'failing-now',
  // Critical for a readiness or startup probe, which never passes; a liveness probe that never runs is a risk.
  'PRB-PORT-UNDECLARED': 'failing-now when critical',
  'PRB-IDENTICAL': 'risk',
  'PRB-TIMING': 'risk',
  'POD-STARTUP-MISSING': 'risk',
  'POD-PENDING': 'failing-now',
  'POD-GRACEFUL-SHUTDOWN': 'risk',
  'POD-EVICTED': 'risk',
  'NP-INGRESS-CTRL-BLOCKED': 'failing-now',
  'NP-PORT-IS-SVC-PORT': 'failing-now',
  'NP-HOSTNET-CONTROLLER': 'failing-now',
  // Critical when it was the only allow on a blocked path.
  'NP-PEER-DANGLING': 'failing-now when critical',
  'NP-DNS-EGRESS': 'failing-now',
  'NP-SELECTS-ALL': 'risk',
  'NP-NO-TARGET': 'risk',
  'NP-UNISOLATED': 'risk',
  'DNS-CLUSTER-DNS-DOWN': 'failing-now',
  'DNS-HEADLESS-UNREADY': 'failing-now',
  'DNS-NDOTS': 'risk',
  'KP-MODE': 'risk',
  'KP-BYPASS': 'risk',
  'KP-NOT-RUNNING': 'failing-now',
  'MET-5XX-RATIO': 'failing-now',
  'MET-4XX-RATIO': 'failing-now',
  'MET-LATENCY': 'failing-now',
  'MET-RESTARTS': 'failing-now',
  'MET-PROBE-FAILURES': 'failing-now',
  'MET-KP-SYNC-STUCK': 'failing-now',
  'MET-DNS-SERVFAIL': 'failing-now',
} as const satisfies Record<string, ClassRule>;

/** A finding id: a check must have a class in CHECK_CLASSES to compile. */
export type CheckId = keyof typeof CHECK_CLASSES;

export function classOf(id: CheckId, severity: Severity): FindingClass {
  const rule: ClassRule = CHECK_CLASSES[id];
  if (rule !== 'failing-now when critical') return rule;
  return severity === 'critical' ? 'failing-now' : 'risk';
}
