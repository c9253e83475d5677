// MET-* findings from a metrics layer's numbers and the thresholds. They carry the PromQL-free
// evidence (the numbers and the window) and a kubectl command where one shows the same thing.
import { classOf } from '../checks/classes';
import { CLIENT_ID } from '../graph/ids';
import type { Finding, Severity } from '../graph/types';
import type { Thresholds } from './thresholds';
import type { HopMetrics, RedMetrics } from './types';

/** Every id these findings use (documented in docs/checks.md with the catalog's). */
export const METRIC_FINDING_IDS = ['MET-5XX-RATIO', 'MET-4XX-RATIO', 'MET-LATENCY', 'MET-RESTARTS', 'MET-PROBE-FAILURES', 'MET-KP-SYNC-STUCK', 'MET-DNS-SERVFAIL'] as const;

const pct = (r: number) => `${(r * 100).toFixed(r < 0.1 ? 1 : 0)} %`;
const ms = (s: number) => (s >= 1 ? `${s.toFixed(2)} s` : `${Math.round(s * 1000)} ms`);

function finding(id: (typeof METRIC_FINDING_IDS)[number], severity: Severity, hop: string, message: string, edge?: string, kubectl: string[] = []): Finding {
  return { id, severity, class: classOf(id, severity), hop, ...(edge ? { edge } : {}), message, evidence: { objects: [], fields: [], kubectl } };
}

const refOf = (nodeId: string) => {
  const [, namespace, name] = nodeId.split('/');
  return { namespace: namespace ?? '', name: name ?? '' };
};

export function metricFindings(input: { edges: Record<string, RedMetrics>; nodes: Record<string, HopMetrics>; kubeProxyStuck: string[] | null; window: string }, t: Thresholds): Finding[] {
  const out: Finding[] = [];
  for (const [edge, m] of Object.entries(input.edges)) {
    const [route, service] = edge.split('->') as [string, string];
    const where = `${route.split('/').slice(1).join('/')} -> ${service.split('/').slice(1).join('/')}`;
    if (m.errorRatio !== null && m.errorRatio >= t.errorCritical) {
      out.push(finding('MET-5XX-RATIO', 'critical', route, `${pct(m.errorRatio)} of the ${m.rate.toFixed(1)} req/s from ${where} got a 5xx in the last ${input.window} (threshold ${pct(t.errorCritical)}).`, edge));
    }
    if (m.clientErrorRatio !== null && m.clientErrorRatio >= t.clientErrorWarning) {
      const severity = m.clientErrorRatio >= t.clientErrorCritical ? 'critical' : 'warning';
      out.push(finding('MET-4XX-RATIO', severity, route, `${pct(m.clientErrorRatio)} of the requests from ${where} got a 4xx in the last ${input.window}: the app answers 404/401/403 (check the path rules and the app's routes).`, edge));
    }
    if (m.p95Seconds !== null && m.p95Seconds > t.latencyWarningSeconds) {
      out.push(finding('MET-LATENCY', 'warning', route, `p95 latency from ${where} is ${ms(m.p95Seconds)} over the last ${input.window} (threshold ${ms(t.latencyWarningSeconds)}).`, edge));
    }
  }
  for (const [node, m] of Object.entries(input.nodes)) {
    const { namespace, name } = refOf(node);
    if (m.restarts) out.push(finding('MET-RESTARTS', 'warning', node, `Pod ${name} restarted ${Math.round(m.restarts)} time${Math.round(m.restarts) === 1 ? '' : 's'} in the last ${input.window}.`, undefined, [`kubectl get pod ${name} -n ${namespace}`, `kubectl logs ${name} -n ${namespace} --previous`]));
    if (m.readinessFailures) out.push(finding('MET-PROBE-FAILURES', 'warning', node, `The readiness probe of pod ${name} failed ${Math.round(m.readinessFailures)} time${Math.round(m.readinessFailures) === 1 ? '' : 's'} in the last ${input.window}.`, undefined, [`kubectl get events -n ${namespace} --field-selector involvedObject.name=${name}`]));
    if (m.servfailRatio !== undefined && m.servfailRatio >= t.servfailWarning) {
      out.push(finding('MET-DNS-SERVFAIL', m.servfailRatio >= t.servfailWarning * 10 ? 'critical' : 'warning', node, `${pct(m.servfailRatio)} of the cluster DNS answers in the last ${input.window} were SERVFAIL: lookups fail (an upstream resolver or a plugin is broken).`, undefined, [`kubectl logs -n ${namespace} -l k8s-app=kube-dns`]));
    }
  }
  if (input.kubeProxyStuck?.length) {
    out.push(finding('MET-KP-SYNC-STUCK', 'critical', CLIENT_ID, `kube-proxy on ${input.kubeProxyStuck.join(', ')} has not completed a requested sync for over 2 minutes: Service rules on those nodes are stale (new endpoints unknown, removed ones still used).`, undefined, ['kubectl get pods -n kube-system -l k8s-app=kube-proxy -o wide']));
  }
  return out;
}
