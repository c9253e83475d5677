import { probeEventCheck } from './probe-event-check';

export const prbEventNamedPort = probeEventCheck({
  id: 'PRB-EVENT-NAMEDPORT',
  title: 'Probe names a port its container does not declare',
  pattern: /^(Readiness|Liveness|Startup) probe errored and resulted in unknown state: strconv\.Atoi: parsing "(.+)": invalid syntax/,
  severity: 'critical',
  explain: (f) => `cannot run: it names the port "${f.detail}", which its own container does not declare (kubelet resolves probe port names only in the probed container), so the pod never becomes Ready`,
});
