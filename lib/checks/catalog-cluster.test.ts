import { describe, expect, it } from 'vitest';
import { container, findingsOf, graphOf, ingress, ingressClass, namespace, pod, service, slice } from '../testing/fixtures';

type Json = Record<string, unknown>;
const dnsPod = (name: string, ready: boolean) => pod('kube-system', name, { labels: { 'k8s-app': 'kube-dns' }, ready, containers: [container('coredns', [{ name: 'dns', containerPort: 53, protocol: 'UDP' }])] });
const dnsService = service('kube-system', 'kube-dns', { 'k8s-app': 'kube-dns' }, [{ name: 'dns', port: 53, targetPort: 53, protocol: 'UDP' }]);
const DNS = 'service/kube-system/kube-dns';
const dnsSlice = (endpoints: Parameters<typeof slice>[2]) => slice('kube-system', 'kube-dns', endpoints, [{ name: 'dns', port: 53, protocol: 'UDP' }]);

describe('DNS-CLUSTER-DNS-DOWN', () => {
  it('is critical without a ready DNS endpoint, a warning with some DNS pods down', () => {
    const a = dnsPod('coredns-a', false);
    const b = dnsPod('coredns-b', false);
    expect(findingsOf(graphOf([dnsService, dnsSlice([{ pod: a, ready: false }, { pod: b, ready: false }]), a, b]), DNS, 'DNS-CLUSTER-DNS-DOWN')[0]?.severity).toBe('critical');
    const up = dnsPod('coredns-b', true);
    expect(findingsOf(graphOf([dnsService, dnsSlice([{ pod: a, ready: false }, { pod: up }]), a, up]), DNS, 'DNS-CLUSTER-DNS-DOWN')[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('1 of 2 cluster DNS pods are not ready') });
  });
  it('is silent when every DNS pod is ready, and on other Services', () => {
    const up = dnsPod('coredns-a', true);
    expect(findingsOf(graphOf([dnsService, dnsSlice([{ pod: up }]), up]), DNS, 'DNS-CLUSTER-DNS-DOWN')).toEqual([]);
  });
});

describe('DNS-HEADLESS-UNREADY', () => {
  it('fires for a headless Service whose endpoints are all not ready, not when it publishes them anyway', () => {
    const db = pod('shop', 'db-0', { labels: { app: 'db' }, ready: false });
    const headless = (extra: Json = {}) => service('shop', 'db', { app: 'db' }, [{ name: 'pg', port: 5432, targetPort: 5432, protocol: 'TCP' }], { clusterIP: 'None', ...extra });
    expect(findingsOf(graphOf([headless(), slice('shop', 'db', [{ pod: db, ready: false }], [{ name: 'pg', port: 5432, protocol: 'TCP' }]), db]), 'service/shop/db', 'DNS-HEADLESS-UNREADY')[0]?.message).toContain('db.shop.svc resolves to nothing');
    expect(findingsOf(graphOf([headless({ publishNotReadyAddresses: true }), slice('shop', 'db', [{ pod: db, ready: false }], [{ name: 'pg', port: 5432, protocol: 'TCP' }]), db]), 'service/shop/db', 'DNS-HEADLESS-UNREADY')).toEqual([]);
  });
});

describe('kube-proxy on the Client hop', () => {
  const configMap = (mode: string): Json => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-proxy', namespace: 'kube-system' }, data: { 'config.conf': `kind: KubeProxyConfiguration\nmode: ${mode}\n` } });
  const proxy = (node: string, ready: boolean) => pod('kube-system', `kube-proxy-${node}`, { labels: { 'k8s-app': 'kube-proxy' }, nodeName: node, ready });
  it('KP-MODE reads the mode (empty means iptables), and is silent without the ConfigMap', () => {
    expect(findingsOf(graphOf([configMap('ipvs')]), 'client', 'KP-MODE')[0]?.message).toContain('kube-proxy runs in ipvs mode');
    expect(findingsOf(graphOf([configMap('""')]), 'client', 'KP-MODE')[0]?.message).toContain('iptables mode');
    expect(findingsOf(graphOf([]), 'client', 'KP-MODE')).toEqual([]);
  });
  it('KP-NOT-RUNNING lists nodes with pods but no ready kube-proxy; silent where no kube-proxy runs at all', () => {
    const app = pod('shop', 'web-1', { nodeName: 'node-b' });
    expect(findingsOf(graphOf([proxy('node-a', true), proxy('node-b', false), app]), 'client', 'KP-NOT-RUNNING')[0]?.message).toContain('(node-b)');
    expect(findingsOf(graphOf([proxy('node-a', true), proxy('node-b', true), app]), 'client', 'KP-NOT-RUNNING')).toEqual([]);
    expect(findingsOf(graphOf([app]), 'client', 'KP-NOT-RUNNING')).toEqual([]);
  });
  it('KP-BYPASS names the controllers that send to pod IPs', () => {
    expect(findingsOf(graphOf([ingressClass('nginx'), ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }])]), 'client', 'KP-BYPASS')[0]?.message).toContain('k8s.io/ingress-nginx sends requests straight to pod IPs');
    expect(findingsOf(graphOf([ingressClass('other', 'example.com/other'), ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }], { spec: { ingressClassName: 'other', rules: [] } })]), 'client', 'KP-BYPASS')).toEqual([]);
  });
});

describe('NP-SELECTS-ALL', () => {
  it('classifies a policy with an empty podSelector on the EndpointSlices hop of the pods it selects', () => {
    const web = pod('shop', 'web-1', { labels: { app: 'web' } });
    const deny = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'deny', namespace: 'shop' }, spec: { podSelector: {} } };
    const scoped = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'web-only', namespace: 'shop' }, spec: { podSelector: { matchLabels: { app: 'web' } } } };
    const objects = [namespace('shop'), service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: web }]), web];
    expect(findingsOf(graphOf([...objects, deny]), 'endpoints/shop/web', 'NP-SELECTS-ALL')[0]?.message).toContain('selects every pod of namespace shop: default deny for ingress');
    expect(findingsOf(graphOf([...objects, scoped]), 'endpoints/shop/web', 'NP-SELECTS-ALL')).toEqual([]);
  });
});

describe('cluster-wide context on the Client hop', () => {
  const routed = (extra: Json[] = [], podExtra: Parameters<typeof pod>[2] = {}) => {
    const web = pod('shop', 'web-1', { labels: { app: 'web' }, ...podExtra });
    return [namespace('shop'), ingressClass('nginx'), ingress('shop', 'shop', [{ path: '/', service: 'web', port: 80 }]), service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: web }]), web, ...extra];
  };
  const policy = (name: string, podSelector: Json): Json => ({ apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name, namespace: 'shop' }, spec: { podSelector } });

  it('DNS-NDOTS counts routed pods with the default ndots, and is silent when they set it', () => {
    expect(findingsOf(graphOf(routed()), 'client', 'DNS-NDOTS')[0]?.message).toContain('1 of the 1 pods behind Ingresses and routes use the default ndots:5');
    const tuned = routed();
    ((tuned[5] as Json).spec as Json).dnsConfig = { options: [{ name: 'ndots', value: '2' }] };
    expect(findingsOf(graphOf(tuned), 'client', 'DNS-NDOTS')).toEqual([]);
  });

  it('NP-UNISOLATED and NP-NO-TARGET: pods no policy selects, policies that select no pod', () => {
    const graph = graphOf(routed([policy('typo', { matchLabels: { app: 'wbe' } })]));
    expect(findingsOf(graph, 'client', 'NP-UNISOLATED')[0]?.message).toContain('1 of the 1 pods behind Ingresses and routes are selected by no NetworkPolicy (namespaces shop)');
    expect(findingsOf(graph, 'client', 'NP-NO-TARGET')[0]?.message).toContain('NetworkPolicy shop/typo selects no pod');
    const isolated = graphOf(routed([policy('web', { matchLabels: { app: 'web' } })]));
    expect(findingsOf(isolated, 'client', 'NP-UNISOLATED')).toEqual([]);
    expect(findingsOf(isolated, 'client', 'NP-NO-TARGET')).toEqual([]);
  });

  it('GWC-UNUSED names classes without Gateways', () => {
    const gwc = (name: string): Json => ({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', metadata: { name }, spec: { controllerName: 'x' } });
    const gw: Json = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'g', namespace: 'shop' }, spec: { gatewayClassName: 'used', listeners: [] } };
    expect(findingsOf(graphOf([gwc('used'), gwc('spare'), gw]), 'client', 'GWC-UNUSED')[0]?.message).toBe('GatewayClass spare is used by no Gateway.');
    expect(findingsOf(graphOf([gwc('used'), gw]), 'client', 'GWC-UNUSED')).toEqual([]);
  });
});
