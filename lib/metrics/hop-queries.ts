// Per-hop signals from kube-state-metrics, the kubelet's prober metrics, kube-proxy and CoreDNS
// (../shared/design/prometheus.md §2.3-2.5), for the namespaces on screen.
import { labelName, nameLiteral, windowLiteral } from './promql';

const alternation = (namespaces: readonly string[]) => namespaces.map((n) => JSON.parse(nameLiteral(n)) as string).join('|');

export const KSM_RESTARTS = 'kube_pod_container_status_restarts_total';
export const PROBER = 'prober_probe_total';
export const KUBE_PROXY_SYNC = 'kubeproxy_sync_proxy_rules_last_queued_timestamp_seconds';
export const COREDNS_RESPONSES = 'coredns_dns_responses_total';

/** Labels: `namespace`/`pod` or their exported_* names (discovered). */
export function restartsQuery(l: { namespace: string; pod: string }, namespaces: readonly string[], window: string): string {
  const ns = labelName(l.namespace);
  const pod = labelName(l.pod);
  return `sum by (${ns}, ${pod}) (increase(${KSM_RESTARTS}{${ns}=~"${alternation(namespaces)}"}[${windowLiteral(window)}])) > 0`;
}

export function readinessFailuresQuery(l: { namespace: string; pod: string }, namespaces: readonly string[], window: string): string {
  const ns = labelName(l.namespace);
  const pod = labelName(l.pod);
  return `sum by (${ns}, ${pod}) (increase(${PROBER}{${ns}=~"${alternation(namespaces)}", probe_type="Readiness", result="failed"}[${windowLiteral(window)}])) > 0`;
}

/** kube-proxy's own health rule: a requested sync has not completed for 2 minutes (not "no sync lately"). */
export const KUBE_PROXY_STUCK = `(${KUBE_PROXY_SYNC} > kubeproxy_sync_proxy_rules_last_timestamp_seconds) and (time() - ${KUBE_PROXY_SYNC} > 120)`;

export function servfailQuery(window: string): string {
  const w = windowLiteral(window);
  return `sum(rate(${COREDNS_RESPONSES}{rcode="SERVFAIL"}[${w}])) / sum(rate(${COREDNS_RESPONSES}[${w}]))`;
}
