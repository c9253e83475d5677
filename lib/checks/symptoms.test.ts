import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../analysis/build-graph';
import type { Finding } from '../graph/types';
import { stateFromObjects } from '../state/cluster-state';
import { symptomOfFinding } from './symptoms';

const finding = (id: string, severity: Finding['severity'] = 'critical', message = id): Finding => ({ id, severity, class: 'failing-now', hop: 'x', message, evidence: { objects: [], fields: [], kubectl: [] } });
const symptomId = (f: Finding) => symptomOfFinding(f)?.id ?? 'none';

describe('the symptom a finding explains, its label', () => {
  it('is the first symptom of the catalog table that lists its check, prefixes included', () => {
    expect(symptomId(finding('EPS-EMPTY'))).toBe('503');
    expect(symptomId(finding('PRB-EVENT-HTTP-STATUS'))).toBe('503');
    expect(symptomId(finding('NP-DNS-EGRESS'))).toBe('timeout');
    expect(symptomId(finding('NP-INGRESS-CTRL-BLOCKED'))).toBe('504');
    expect(symptomId(finding('MET-5XX-RATIO'))).toBe('measured');
    expect(symptomId(finding('PRB-READINESS-MISSING'))).toBe('none');
  });

  it('is the status the message states, among those its check can explain', () => {
    expect(symptomId(finding('RT-STATUS', 'critical', 'For Gateway infra/public, HTTPRoute refunds reports ResolvedRefs=False (RefNotPermitted): requests for the broken backends get 500.'))).toBe('500');
    expect(symptomId(finding('RT-STATUS', 'critical', 'For Gateway infra/public, HTTPRoute refunds reports Accepted=False (NotAllowedByListeners): users see 404.'))).toBe('404');
    expect(symptomId(finding('WL-REPLICAS', 'critical', 'Deployment shop/cart-api behind Service cart-api: it wants 3 replicas and 0 are ready: no endpoint, users see 503.'))).toBe('503');
    expect(symptomId(finding('POD-CRASHLOOP', 'critical', 'Container app of pod web-1 is crash-looping after 5 restarts; every pod of shop/web is, users see 503.'))).toBe('503');
    expect(symptomId(finding('ING-CLASS-NO-CONTROLLER', 'warning', 'Ingress web uses IngressClass nginx, but no Ready pod of its controller runs: requests time out, or DNS points nowhere.'))).toBe('timeout');
    // A check the table does not list goes where its message says; a port is not a status.
    expect(symptomId(finding('SVC-SINGLE-ENDPOINT', 'warning', 'Service blog/mysql has exactly one ready endpoint: any restart, eviction or rollout of that pod gives 503 / connection refused.'))).toBe('503');
    expect(symptomId(finding('SVC-PORT-PROTOCOL', 'critical', 'Service port 503/TCP targets "http", which the pods declare only with another protocol: those pods get no endpoint for this port.'))).toBe('none');
    // The probe's own HTTP status is not what users see.
    expect(symptomId(finding('PRB-EVENT-HTTP-STATUS', 'warning', 'Readiness probe of container app gets HTTP 404 from /healthz (3 times): the probe path /healthz is not served by the app; the pod gets no traffic.'))).toBe('503');
  });

  it('is none for info findings: they are context, even when they name a status', () => {
    expect(symptomId(finding('NP-SELECTS-ALL', 'info', 'NetworkPolicy reviews/default-deny selects every pod of namespace reviews: default deny for ingress.'))).toBe('none');
    expect(symptomId(finding('SVC-PROBE-PORT-MISMATCH', 'info', 'The pod can show Ready while the serving port is dead: 502 through the ingress, refused in-cluster.'))).toBe('none');
  });

  it('on the demo: RT-STATUS and WL-REPLICAS say what they state', () => {
    const dump = JSON.parse(readFileSync(join(import.meta.dirname, '../../demo/cluster.json'), 'utf8')) as { items: unknown[] };
    const graph = buildGraph(stateFromObjects(dump.items), { namespaces: null });
    const symptomOf = (hop: string, id: string) => symptomId(graph.nodes.find((n) => n.id === hop)!.findings.find((f) => f.id === id)!);
    expect(symptomOf('httproute/payments/refunds', 'RT-STATUS')).toBe('500');
    expect(symptomOf('service/shop/cart-api', 'WL-REPLICAS')).toBe('503');
  });
});
