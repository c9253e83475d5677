// The NetworkPolicy row of `npm run bench`: verdicts for every ingress-controller -> backend pod edge
// of a synthetic cluster (10k pods, 1k policies by default), timed apart from building the graph.
import { Analysis } from '../lib/analysis/analysis';
import { defineCheck, type Check } from '../lib/checks/types';
import { stateFromObjects } from '../lib/state/cluster-state';
import { INGRESS_CLASS, podIndexes, servicesFor, syntheticPod, syntheticService } from './synthetic';

const PODS = Number(process.argv[2] ?? 10_000);
const POLICIES = Number(process.argv[3] ?? 1_000);

const namespaces = [...new Set(Array.from({ length: PODS }, (_, n) => podIndexes(n).namespace)), 'ingress-nginx'];
const ns = (name: string, labels: Record<string, string> = {}) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'kubernetes.io/metadata.name': name, ...labels } } });
const controller = (i: number) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name: `ingress-nginx-controller-${i}`, namespace: 'ingress-nginx', labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' } },
  spec: { containers: [{ name: 'controller', ports: [{ name: 'http', containerPort: 80 }] }] },
  status: { phase: 'Running', podIP: `10.250.0.${i + 1}` },
});

/** A mix of what clusters carry: allows for the controller on the named port, app-to-app allows, CIDR rules, default denies. */
function policy(i: number): Record<string, unknown> {
  const namespace = namespaces[i % (namespaces.length - 1)]!;
  const app = `svc-${i * 3}`;
  const base = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: `np-${i}`, namespace } };
  switch (i % 4) {
    case 0:
      return { ...base, spec: { podSelector: { matchLabels: { app } }, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } }], ports: [{ port: 'http' }] }] } };
    case 1:
      return { ...base, spec: { podSelector: { matchExpressions: [{ key: 'team', operator: 'In', values: [`team-${i % 7}`] }, { key: 'app', operator: 'NotIn', values: [app] }] }, ingress: [{ from: [{ podSelector: { matchLabels: { app } } }], ports: [{ port: 8080, endPort: 8090 }] }] } };
    case 2:
      return { ...base, spec: { podSelector: { matchLabels: { app } }, ingress: [{ from: [{ ipBlock: { cidr: '10.250.0.0/16', except: ['10.250.0.2/32'] } }] }] } };
    default:
      return { ...base, spec: { podSelector: { matchLabels: { app } }, policyTypes: ['Ingress', 'Egress'], egress: [{ to: [{ namespaceSelector: {} }], ports: [{ port: 53, protocol: 'UDP' }] }] } };
  }
}

const objects = [
  INGRESS_CLASS,
  ...namespaces.map((n) => ns(n)),
  controller(0),
  controller(1),
  ...Array.from({ length: PODS }, (_, n) => syntheticPod(n)),
  ...Array.from({ length: servicesFor(PODS) }, (_, s) => syntheticService(s)).flat(),
  ...Array.from({ length: POLICIES }, (_, i) => policy(i)),
];
const state = stateFromObjects(objects, { journal: false });
let services = 0;
let edges = 0;
let verdicts = 0;
let blocked = 0;
// A check that asks for each Service's reach first, so its time is the verdicts' time (the edge
// verdicts that follow reuse it). It goes by the id of the check that reads the reach.
const reach = defineCheck({
  id: 'NP-INGRESS-CTRL-BLOCKED',
  hop: 'endpoints',
  title: 'reach',
  run(node, ctx) {
    services++;
    for (const r of ctx.reach(node.service)?.pods ?? []) {
      edges++;
      verdicts += r.verdicts.length;
      if (r.blocked) blocked++;
    }
    return [];
  },
});
const timings = new Map<string, number>();
new Analysis(state, { checks: [reach] as Check[], timings });
console.log(JSON.stringify({ pods: state.count('Pod'), policies: state.count('NetworkPolicy'), services, edges, verdicts, blocked, ms: timings.get(reach.id) }));
