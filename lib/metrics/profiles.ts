// What each data plane's request metrics look like (../shared/design/prometheus.md §1-2), as data:
// the metric that reveals it, how to group by status class, its latency histogram and unit, and
// which hop a series belongs to. PromQL is assembled from validated names only (promql.ts).
import { labelName, nameLiteral, windowLiteral } from './promql';

/** Where a series' numbers go: one edge, every route -> Service edge into a Service, or every edge out of a route. */
export type Target = { kind: 'edge'; id: string } | { kind: 'service'; namespace: string; name: string } | { kind: 'route'; namespace: string; name: string } | { kind: 'serviceKey'; key: string };

export interface RedProfile {
  name: string;
  /** The request counter whose presence means this data plane is scraped. */
  probe: string;
  /** Labels that the Prometheus Operator renames to exported_* when they clash with target labels. */
  renamable: string[];
  queries(labels: Record<string, string>, namespaces: readonly string[], window: string): { byClass: string; p95: string | null };
  /** Latency histogram unit: seconds (1) or milliseconds (0.001). */
  unitScale: number;
  target(metric: Record<string, string>, labels: Record<string, string>): Target | null;
}

/** `ns1|ns2` for a regex over validated names. */
function alternation(namespaces: readonly string[]): string {
  return namespaces.map((n) => JSON.parse(nameLiteral(n)) as string).join('|');
}

const classFrom = (expr: string, label: string) => `label_replace(${expr}, "class", "$1", "${labelName(label)}", "([0-9x]).*")`;

export const INGRESS_NGINX_PROFILE: RedProfile = {
  name: 'ingress-nginx',
  probe: 'nginx_ingress_controller_requests',
  renamable: ['namespace', 'service'],
  unitScale: 1,
  queries(l, namespaces, window) {
    const w = windowLiteral(window);
    const match = `${labelName(l.namespace!)}=~"${alternation(namespaces)}"`;
    const by = `${l.namespace}, ingress, ${labelName(l.service!)}`;
    return {
      byClass: `sum by (${by}, class) (${classFrom(`rate(nginx_ingress_controller_requests{${match}}[${w}])`, 'status')})`,
      p95: `histogram_quantile(0.95, sum by (le, ${by}) (rate(nginx_ingress_controller_request_duration_seconds_bucket{${match}}[${w}])))`,
    };
  },
  target(m, l) {
    const namespace = m[l.namespace!];
    const service = m[l.service!];
    return namespace && m.ingress && service ? { kind: 'edge', id: `ingress/${namespace}/${m.ingress}->service/${namespace}/${service}` } : null;
  },
};

export const TRAEFIK_PROFILE: RedProfile = {
  name: 'traefik',
  probe: 'traefik_service_requests_total',
  renamable: ['service'],
  unitScale: 1,
  queries(l, namespaces, window) {
    const w = windowLiteral(window);
    const s = labelName(l.service!);
    const match = `${s}=~"(${alternation(namespaces)})-.*@kubernetes(crd)?"`;
    return {
      byClass: `sum by (${s}, class) (${classFrom(`rate(traefik_service_requests_total{${match}}[${w}])`, 'code')})`,
      p95: `histogram_quantile(0.95, sum by (le, ${s}) (rate(traefik_service_request_duration_seconds_bucket{${match}}[${w}])))`,
    };
  },
  // `<ns>-<svc>-<port>@kubernetes`: names contain "-", so the key is matched against the Services on screen.
  target(m, l) {
    const key = /^(.+)@kubernetes(crd)?$/.exec(m[l.service!] ?? '')?.[1];
    return key ? { kind: 'serviceKey', key } : null;
  },
};

/** Envoy's upstream cluster metrics, as Envoy Gateway and Contour both expose them; they differ only in how clusters are named. */
function envoyClusterQueries(clusterPattern: string, window: string): { byClass: string; p95: string } {
  const w = windowLiteral(window);
  const match = `envoy_cluster_name=~"${clusterPattern}"`;
  return {
    byClass: `sum by (envoy_cluster_name, class) (${classFrom(`rate(envoy_cluster_upstream_rq_xx{${match}}[${w}])`, 'envoy_response_code_class')})`,
    p95: `histogram_quantile(0.95, sum by (le, envoy_cluster_name) (rate(envoy_cluster_upstream_rq_time_bucket{${match}}[${w}])))`,
  };
}

export const ENVOY_GATEWAY_PROFILE: RedProfile = {
  name: 'envoy-gateway',
  probe: 'envoy_cluster_upstream_rq_xx',
  renamable: [],
  unitScale: 0.001,
  queries: (_l, namespaces, window) => envoyClusterQueries(`httproute/(${alternation(namespaces)})/.+/rule/[0-9]+`, window),
  target(m) {
    const match = /^httproute\/([^/]+)\/([^/]+)\/rule\/\d+$/.exec(m.envoy_cluster_name ?? '');
    return match ? { kind: 'route', namespace: match[1]!, name: match[2]! } : null;
  },
};

export const CONTOUR_PROFILE: RedProfile = {
  name: 'contour',
  probe: 'envoy_cluster_upstream_rq_xx',
  renamable: [],
  unitScale: 0.001,
  queries: (_l, namespaces, window) => envoyClusterQueries(`(${alternation(namespaces)})_[^_/]+_[^_/]+`, window),
  // `<ns>_<svc>_<port>`: Kubernetes names have no "_".
  target(m) {
    const match = /^([^_/]+)_([^_/]+)_[^_/]+$/.exec(m.envoy_cluster_name ?? '');
    return match ? { kind: 'service', namespace: match[1]!, name: match[2]! } : null;
  },
};

export const ISTIO_PROFILE: RedProfile = {
  name: 'istio',
  probe: 'istio_requests_total',
  renamable: [],
  unitScale: 0.001,
  queries(_l, namespaces, window) {
    const w = windowLiteral(window);
    const match = `reporter="destination", destination_service_namespace=~"${alternation(namespaces)}"`;
    const by = 'destination_service_namespace, destination_service_name';
    return {
      byClass: `sum by (${by}, class) (${classFrom(`rate(istio_requests_total{${match}}[${w}])`, 'response_code')})`,
      p95: `histogram_quantile(0.95, sum by (le, ${by}) (rate(istio_request_duration_milliseconds_bucket{${match}}[${w}])))`,
    };
  },
  target(m) {
    return m.destination_service_namespace && m.destination_service_name ? { kind: 'service', namespace: m.destination_service_namespace, name: m.destination_service_name } : null;
  },
};

export const RED_PROFILES: readonly RedProfile[] = [INGRESS_NGINX_PROFILE, TRAEFIK_PROFILE, ENVOY_GATEWAY_PROFILE, CONTOUR_PROFILE, ISTIO_PROFILE];
