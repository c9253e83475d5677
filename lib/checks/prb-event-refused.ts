import { probeEventCheck } from './probe-event-check';

export const prbEventRefused = probeEventCheck({
  id: 'PRB-EVENT-REFUSED',
  title: 'Probe connection refused',
  pattern: /^(Readiness|Liveness|Startup) probe failed: .*connect: connection refused()/,
  severity: 'warning',
  explain: () => 'is refused: nothing listens on the probe port (a wrong port, an app bound to 127.0.0.1 only, or not started yet; see POD-STARTUP-MISSING)',
});
