import { probeEventCheck } from './probe-event-check';

export const prbEventTimeout = probeEventCheck({
  id: 'PRB-EVENT-TIMEOUT',
  title: 'Probe times out',
  pattern: /^(Readiness|Liveness|Startup) probe failed: .*?(context deadline exceeded|Client\.Timeout exceeded while awaiting headers|command timed out|i\/o timeout)/,
  severity: 'warning',
  explain: (f) => `times out (${f.detail}): timeoutSeconds (default 1) is too tight, or the app is saturated; readiness flaps (intermittent 503/502), liveness kills`,
});
