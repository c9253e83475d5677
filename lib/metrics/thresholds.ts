/** Health thresholds like Kiali's (5xx ratio >= 10 % critical; 4xx degraded at 10 %, failing at 20 %), configurable. */
export interface Thresholds {
  errorCritical: number;
  clientErrorWarning: number;
  clientErrorCritical: number;
  /** p95 latency above this many seconds is a warning. */
  latencyWarningSeconds: number;
  /** SERVFAIL share of CoreDNS answers: warning at or above this, critical at 10x. */
  servfailWarning: number;
}

export const DEFAULT_THRESHOLDS: Thresholds = { errorCritical: 0.1, clientErrorWarning: 0.1, clientErrorCritical: 0.2, latencyWarningSeconds: 1, servfailWarning: 0.01 };
