import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../analysis/build-graph';
import type { Finding } from '../graph/types';
import { stateFromObjects } from '../state/cluster-state';
import { groupBySymptom, symptomOfFinding } from './symptoms';

const finding = (id: string, severity: Finding['severity'] = 'critical', message = id): Finding => ({ id, severity, hop: 'x', message, evidence: { objects: [], fields: [], kubectl: [] } });
const symptomId = (f: Finding) => symptomOfFinding(f).symptom?.id ?? 'other';

describe('findings grouped by what users see', () => {
  it('maps a check to the first symptom of the catalog table that lists it, prefixes included', () => {
    expect(symptomId(finding('EPS-EMPTY'))).toBe('503');
    expect(symptomId(finding('PRB-EVENT-HTTP-STATUS'))).toBe('503');
    expect(symptomId(finding('NP-DNS-EGRESS'))).toBe('timeout');
    expect(symptomId(finding('NP-INGRESS-CTRL-BLOCKED'))).toBe('504');
    expect(symptomId(finding('PRB-READINESS-MISSING'))).toBe('other');
  });

  it('orders groups as the table does and the most likely check first within a group', () => {
    const groups = groupBySymptom([finding('PRB-READINESS-MISSING', 'warning'), finding('POD-NOT-READY', 'warning'), finding('POD-CRASHLOOP'), finding('PRB-EVENT-HTTP-STATUS'), finding('EPS-NOT-READY')]);
    expect(groups.map((g) => [g.symptom?.id ?? 'other', g.findings.map((f) => f.id)])).toEqual([
      ['502', ['POD-CRASHLOOP']],
      ['503', ['EPS-NOT-READY', 'PRB-EVENT-HTTP-STATUS', 'POD-NOT-READY']],
      ['other', ['PRB-READINESS-MISSING']],
    ]);
  });

  it('puts a finding under the status it states, among those its check can explain', () => {
    expect(symptomId(finding('RT-STATUS', 'critical', 'For Gateway infra/public, HTTPRoute refunds reports ResolvedRefs=False (RefNotPermitted): requests for the broken backends get 500.'))).toBe('500');
    expect(symptomId(finding('RT-STATUS', 'critical', 'For Gateway infra/public, HTTPRoute refunds reports Accepted=False (NotAllowedByListeners): users see 404.'))).toBe('404');
    expect(symptomId(finding('WL-REPLICAS', 'critical', 'Deployment shop/cart-api behind Service cart-api: it wants 3 replicas and 0 are ready: no endpoint, users see 503.'))).toBe('503');
    expect(symptomId(finding('POD-CRASHLOOP', 'critical', 'Container app of pod web-1 is crash-looping after 5 restarts; every pod of shop/web is, users see 503.'))).toBe('503');
    expect(symptomId(finding('ING-CLASS-NO-CONTROLLER', 'warning', 'Ingress web uses IngressClass nginx, but no Ready pod of its controller runs: requests time out, or DNS points nowhere.'))).toBe('timeout');
    // A check the table does not list goes where its message says; a port is not a status.
    expect(symptomId(finding('SVC-SINGLE-ENDPOINT', 'warning', 'Service blog/mysql has exactly one ready endpoint: any restart, eviction or rollout of that pod gives 503 / connection refused.'))).toBe('503');
    expect(symptomId(finding('SVC-PORT-PROTOCOL', 'critical', 'Service port 503/TCP targets "http", which the pods declare only with another protocol: those pods get no endpoint for this port.'))).toBe('other');
    // The probe's own HTTP status is not what users see.
    expect(symptomId(finding('PRB-EVENT-HTTP-STATUS', 'warning', 'Readiness probe of container app gets HTTP 404 from /healthz (3 times): the probe path /healthz is not served by the app; the pod gets no traffic.'))).toBe('503');
  });

  it('keeps info findings out of the symptom groups: they are context, even when they name a status', () => {
    expect(symptomId(finding('NP-SELECTS-ALL', 'info', 'NetworkPolicy reviews/default-deny selects every pod of namespace reviews: default deny for ingress.'))).toBe('other');
    expect(symptomId(finding('SVC-PROBE-PORT-MISMATCH', 'info', 'The pod can show Ready while the serving port is dead: 502 through the ingress, refused in-cluster.'))).toBe('other');
  });

  it('says "look here first" once, over the group of the most severe finding, and never over info alone', () => {
    const headings = (findings: Finding[]) => groupBySymptom(findings).map((g) => g.heading);
    expect(
      headings([
        finding('POD-GRACEFUL-SHUTDOWN', 'info', 'bursts of 502 / connection refused.'),
        finding('POD-NOT-READY', 'warning', 'Pod web-1 is running but not ready, so it gets no traffic.'),
        finding('DNS-CLUSTER-DNS-DOWN', 'warning', '1 of 2 cluster DNS pods are not ready: lookups sent to them time out and are retried.'),
        finding('POD-OOMKILLED', 'critical', 'in-flight requests get 502, and 503 while it restarts.'),
      ]),
    ).toEqual(['Users see 502: look here first', 'Users see 503', 'Timeouts (in-cluster, NodePort, DNS)', 'Other findings']);
    expect(headings([finding('POD-NOT-READY', 'warning'), finding('NP-DNS-EGRESS', 'warning', 'name lookups time out')])).toEqual(['Users see 503: look here first', 'Timeouts (in-cluster, NodePort, DNS)']);
    expect(headings([finding('DNS-NDOTS', 'info'), finding('NP-UNISOLATED', 'info')])).toEqual(['Other findings']);
    // At equal severity, a check the table lists for its symptom before one it does not.
    expect(headings([finding('SVC-SINGLE-ENDPOINT', 'warning', 'gives 503 / connection refused.'), finding('SVC-ITP-LOCAL', 'warning', 'calls to its ClusterIP from there are dropped (timeout).')])).toEqual([
      'Users see 503',
      'Timeouts (in-cluster, NodePort, DNS): look here first',
    ]);
    // A measured 5xx ratio is the symptom; the missing Service is the cause.
    expect(headings([finding('MET-5XX-RATIO', 'critical', '40 % of the requests got a 5xx.'), finding('ING-SVC-MISSING', 'critical', 'the ingress controller answers 503.')])).toEqual([
      'Measured by Prometheus: users get errors or wait',
      'Users see 503: look here first',
    ]);
  });

  it('on every hop of the demo: at most one "look here first", no info finding under a symptom, RT-STATUS and WL-REPLICAS where they say', () => {
    const dump = JSON.parse(readFileSync(join(import.meta.dirname, '../../demo/cluster.json'), 'utf8')) as { items: unknown[] };
    const graph = buildGraph(stateFromObjects(dump.items), { namespaces: null });
    for (const node of graph.nodes) {
      const groups = groupBySymptom(node.findings);
      expect(groups.filter((g) => g.heading.endsWith('look here first')).length, node.id).toBeLessThanOrEqual(1);
      for (const g of groups) if (g.symptom) expect(g.findings.map((f) => f.severity), node.id).not.toContain('info');
    }
    const groupOf = (hop: string, id: string) => groupBySymptom(graph.nodes.find((n) => n.id === hop)!.findings).find((g) => g.findings.some((f) => f.id === id))?.symptom?.id;
    expect(groupOf('httproute/payments/refunds', 'RT-STATUS')).toBe('500');
    expect(groupOf('service/shop/cart-api', 'WL-REPLICAS')).toBe('503');
  });
});
