import { describe, expect, it } from 'vitest';
import { container, findingsOf, graphOf, ingress, ingressClass, namespace, pod, service, slice } from '../testing/fixtures';

type Json = Record<string, unknown>;
const EPS = 'endpoints/shop/web';
const policy = (ns: string, name: string, spec: Json): Json => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: ns }, spec });
const fromNginx = { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } } };

function cluster(extra: Json[], options: { hostNetwork?: boolean; podPort?: number } = {}): Json[] {
  const port = options.podPort ?? 8080;
  const web = [1, 2].map((i) => pod('shop', `web-${i}`, { labels: { app: 'web' }, podIP: `10.1.0.${i}`, containers: [container('app', [{ name: 'http', containerPort: port, protocol: 'TCP' }])] }));
  const controller = pod('ingress-nginx', 'ingress-nginx-controller-abc', { labels: { 'app.kubernetes.io/name': 'ingress-nginx', 'app.kubernetes.io/component': 'controller' }, podIP: options.hostNetwork ? '192.168.0.10' : '10.2.0.9' });
  if (options.hostNetwork) (controller.spec as Json).hostNetwork = true;
  return [
    namespace('shop'),
    namespace('ingress-nginx'),
    namespace('kube-system'),
    ingressClass('nginx'),
    ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }]),
    service('shop', 'web', { app: 'web' }, [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]),
    slice('shop', 'web', web.map((p) => ({ pod: p }))),
    ...web,
    controller,
    pod('kube-system', 'coredns-1', { labels: { 'k8s-app': 'kube-dns' }, podIP: '10.3.0.2', containers: [container('coredns', [{ name: 'dns', containerPort: 53, protocol: 'UDP' }, { name: 'dns-tcp', containerPort: 53, protocol: 'TCP' }])] }),
    ...extra,
  ];
}

describe('NP-INGRESS-CTRL-BLOCKED', () => {
  it('fires when policies isolate the backend pods and admit no controller pod, and marks the edges blocked', () => {
    const graph = graphOf(cluster([policy('shop', 'deny-all', { podSelector: {} })]));
    const [finding] = findingsOf(graph, EPS, 'NP-INGRESS-CTRL-BLOCKED');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('NetworkPolicy shop/deny-all blocks the controller pods of k8s.io/ingress-nginx (ingress-nginx/ingress-nginx-controller-abc) from every backend pod (web-1, web-2) on 8080/TCP');
    const edge = graph.edges.find((e) => e.id === 'endpoints/shop/web->pod/shop/web-1');
    expect(edge).toMatchObject({ health: 'critical', policy: { verdict: 'blocked', policies: ['shop/deny-all'] } });
    expect(graph.nodes.find((n) => n.id === 'service/shop/web')?.health).toBe('critical');
  });

  it('does not fire when a rule admits the controller namespace on the pod port, and shows the edge allowed by it', () => {
    const allow = policy('shop', 'allow-nginx', { podSelector: { matchLabels: { app: 'web' } }, ingress: [{ from: [fromNginx], ports: [{ port: 'http' }] }] });
    const graph = graphOf(cluster([policy('shop', 'deny-all', { podSelector: {} }), allow]));
    expect(findingsOf(graph, EPS, 'NP-INGRESS-CTRL-BLOCKED')).toEqual([]);
    expect(graph.edges.find((e) => e.id === 'endpoints/shop/web->pod/shop/web-2')?.policy).toMatchObject({ verdict: 'allowed', policies: ['shop/allow-nginx'] });
  });

  it('leaves edges without a verdict when no policy applies', () => {
    const graph = graphOf(cluster([]));
    expect(graph.edges.filter((e) => e.policy)).toEqual([]);
  });

  it('fires on the controller side too: egress of the controller pods', () => {
    const egress = policy('ingress-nginx', 'egress-dns-only', { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ port: 53, protocol: 'UDP' }] }] });
    expect(findingsOf(graphOf(cluster([egress])), EPS, 'NP-INGRESS-CTRL-BLOCKED')[0]?.message).toContain('ingress-nginx/egress-dns-only');
  });
});

describe('NP-PORT-IS-SVC-PORT', () => {
  it('fires when the policy allows the Service port but the pods listen on another', () => {
    const allow = policy('shop', 'allow-80', { podSelector: {}, ingress: [{ from: [fromNginx], ports: [{ port: 80 }] }] });
    const [finding] = findingsOf(graphOf(cluster([allow])), EPS, 'NP-PORT-IS-SVC-PORT');
    expect(finding?.message).toContain('allows port 80 (the Service port) but the pods listen on 8080');
  });

  it('does not fire when the Service port and the pod port are the same number', () => {
    const allow = policy('shop', 'allow-81', { podSelector: {}, ingress: [{ from: [fromNginx], ports: [{ port: 81 }] }] });
    const graph = graphOf(cluster([allow], { podPort: 80 }).map((o) => (o.kind === 'Service' ? service('shop', 'web', { app: 'web' }, [{ name: 'http', port: 80, targetPort: 80, protocol: 'TCP' }]) : o)));
    expect(findingsOf(graph, EPS, 'NP-INGRESS-CTRL-BLOCKED')).toHaveLength(1);
    expect(findingsOf(graph, EPS, 'NP-PORT-IS-SVC-PORT')).toEqual([]);
  });
});

describe('NP-HOSTNET-CONTROLLER', () => {
  const bySelector = policy('shop', 'allow-nginx', { podSelector: {}, ingress: [{ from: [fromNginx] }] });
  it('fires when a host-network controller is admitted only by selectors', () => {
    const graph = graphOf(cluster([bySelector], { hostNetwork: true }));
    expect(findingsOf(graph, EPS, 'NP-HOSTNET-CONTROLLER')[0]?.message).toContain('uses the host network, so traffic comes from the node');
  });
  it('does not fire when an ipBlock admits the node addresses', () => {
    const byIp = policy('shop', 'allow-nodes', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '192.168.0.0/24' } }] }] });
    const graph = graphOf(cluster([bySelector, byIp], { hostNetwork: true }));
    expect(findingsOf(graph, EPS, 'NP-HOSTNET-CONTROLLER')).toEqual([]);
    expect(findingsOf(graph, EPS, 'NP-INGRESS-CTRL-BLOCKED')).toEqual([]);
  });
});

describe('NP-PEER-DANGLING', () => {
  it('fires (critical) when the only allow peer matches no namespace and the path is blocked', () => {
    const typo = policy('shop', 'allow-typo', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingres-nginx' } } }] }] });
    const [finding] = findingsOf(graphOf(cluster([typo])), EPS, 'NP-PEER-DANGLING');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('matches no pod or namespace');
  });
  it('does not fire when every peer matches something', () => {
    const ok = policy('shop', 'allow-nginx', { podSelector: {}, ingress: [{ from: [fromNginx, { podSelector: { matchLabels: { app: 'web' } } }] }] });
    expect(findingsOf(graphOf(cluster([ok])), EPS, 'NP-PEER-DANGLING')).toEqual([]);
  });
});

describe('NP-DNS-EGRESS', () => {
  const egress = (ports: Json[]) => policy('shop', 'egress', { podSelector: {}, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: {} }], ports }] });
  it('fires when egress allows DNS over UDP only', () => {
    const [finding] = findingsOf(graphOf(cluster([egress([{ port: 53, protocol: 'UDP' }])])), EPS, 'NP-DNS-EGRESS');
    expect(finding?.message).toContain('without allowing TCP port 53');
    expect(finding?.message).toContain('large or truncated answers need TCP');
  });
  it('does not fire when UDP and TCP 53 are allowed', () => {
    expect(findingsOf(graphOf(cluster([egress([{ port: 53, protocol: 'UDP' }, { port: 53, protocol: 'TCP' }])])), EPS, 'NP-DNS-EGRESS')).toEqual([]);
  });
});
