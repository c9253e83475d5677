import type { Finding } from '../graph/types';

// The metrics layer: Prometheus golden signals keyed by the Graph's node and edge ids. It is drawn
// over the graph and never blocks it; the graph stays the same whether metrics exist or not.

/** Request rate, 5xx and 4xx ratios, and p95 latency of one hop or edge, over the window. */
export interface RedMetrics {
  /** Requests per second; 0 when idle. */
  rate: number;
  /** 5xx responses / all responses; null with no traffic. */
  errorRatio: number | null;
  /** 4xx responses / all responses; null with no traffic. */
  clientErrorRatio: number | null;
  /** p95 latency in seconds (units normalised); null without a histogram or traffic. */
  p95Seconds: number | null;
}

/** Per hop: restarts and readiness-probe failures in the window (pods), the SERVFAIL share (cluster DNS). */
export interface HopMetrics {
  restarts?: number;
  readinessFailures?: number;
  servfailRatio?: number;
}

export type MetricsStatus = 'ok' | 'absent' | 'unreachable' | 'timeout' | 'error';

export interface MetricsLayer {
  status: MetricsStatus;
  /** What the person should know when status is not ok ("Prometheus timed out after 5 s"). */
  message?: string;
  /** The window, e.g. `5m`, and the evaluation time (Unix seconds) every query was pinned to. */
  window: string;
  at: number;
  /** Which exporters' metrics were found (profiles), e.g. `ingress-nginx`. */
  profiles: string[];
  edges: Record<string, RedMetrics>;
  nodes: Record<string, HopMetrics>;
  /** kube-proxy instances whose requested sync has not completed for 2 minutes; null without its metrics. */
  kubeProxyStuck: string[] | null;
  /** MET-* findings from the numbers and the thresholds, on graph hops and edges. */
  findings: Finding[];
  /** Milliseconds the layer took (all queries, one batched round). */
  tookMs: number;
}
