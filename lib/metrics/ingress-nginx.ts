// The ingress-nginx profile: PromQL for the Ingress -> Service edges, and how its series map to
// graph edges. Label names come from discovery (`namespace` or `exported_namespace`, ...).
import { edgeId, nodeId } from '../graph/ids';
import { anyOf, labelName, windowLiteral } from './promql';

export const INGRESS_NGINX = {
  requests: 'nginx_ingress_controller_requests',
  duration: 'nginx_ingress_controller_request_duration_seconds_bucket',
};

export interface NginxLabels {
  namespace: string;
  service: string;
}

/** One query per signal for all Ingresses of the namespaces on screen, grouped per edge. */
export function nginxQueries(labels: NginxLabels, namespaces: readonly string[], window: string) {
  const ns = labelName(labels.namespace);
  const svc = labelName(labels.service);
  const w = windowLiteral(window);
  const match = `${anyOf(ns, namespaces)}`;
  const by = `${ns}, ingress, ${svc}`;
  return {
    byStatusClass: `sum by (${by}, class) (label_replace(rate(${INGRESS_NGINX.requests}{${match}}[${w}]), "class", "$1", "status", "([0-9x]).*"))`,
    p95: `histogram_quantile(0.95, sum by (le, ${by}) (rate(${INGRESS_NGINX.duration}{${match}}[${w}])))`,
  };
}

/** The graph edge a series belongs to: Ingress namespace/name -> Service in that namespace. */
export function nginxEdge(metric: Record<string, string>, labels: NginxLabels): string | null {
  const namespace = metric[labels.namespace];
  const ingress = metric.ingress;
  const service = metric[labels.service];
  if (!namespace || !ingress || !service) return null;
  return edgeId(nodeId('ingress', namespace, ingress), nodeId('service', namespace, service));
}
