import { describe, expect, it } from 'vitest';
import { buildGraph } from '../analysis/build-graph';
import { stateFromObjects } from '../state/cluster-state';
import { container, graphOf, ingress, ingressClass, nodeOf, pod, service, slice } from '../testing/fixtures';
import type { GraphEdge } from './types';

function edge(edges: GraphEdge[], id: string): GraphEdge {
  const found = edges.find((e) => e.id === id);
  if (!found) throw new Error(`no edge ${id} in ${edges.map((e) => e.id).join(', ')}`);
  return found;
}

describe('buildGraph topology', () => {
  const podA = pod('shop', 'web-a', { labels: { app: 'web' }, containers: [container('app', [{ name: 'http', containerPort: 8080, protocol: 'TCP' }])] });
  const podB = pod('shop', 'web-b', { labels: { app: 'web' }, containers: [container('app', [{ name: 'http', containerPort: 9090, protocol: 'TCP' }])] });
  const podC = pod('shop', 'web-c', { labels: { app: 'web' }, ready: false, containers: [container('app', [{ name: 'web', containerPort: 8080, protocol: 'TCP' }])] });
  const objects = [
    ingressClass('nginx'),
    ingress('shop', 'shop', [
      { path: '/', service: 'web', port: 'http' },
      { path: '/api', service: 'web', port: 80 },
    ]),
    service('shop', 'web', { app: 'web' }, [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]),
    slice('shop', 'web', [{ pod: podA }, { pod: podB }]),
    slice('shop', 'web', [{ pod: podC, ready: false }], null),
    podA,
    podB,
    podC,
  ];

  it('draws Client -> Ingress -> Service -> EndpointSlices -> Pods', () => {
    const graph = graphOf(objects);
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'client',
      'ingress/shop/shop',
      'service/shop/web',
      'endpoints/shop/web',
      'pod/shop/web-a',
      'pod/shop/web-b',
      'pod/shop/web-c',
    ]);
    expect(nodeOf(graph, 'endpoints/shop/web')).toMatchObject({ counts: { ready: 2, notReady: 0, terminating: 0, withoutPort: 1 } });
    expect(nodeOf(graph, 'ingress/shop/shop')).toMatchObject({ className: 'nginx', hosts: ['shop.example.com'] });
  });

  it('carries ports the way a request uses them, resolving named targetPorts per pod', () => {
    const { edges } = graphOf(objects);
    expect(edge(edges, 'ingress/shop/shop->service/shop/web').ports).toEqual([
      { name: 'http', from: 'http', to: '80', protocol: 'TCP' },
      { name: '', from: '80', to: '80', protocol: 'TCP' },
    ]);
    expect(edge(edges, 'service/shop/web->endpoints/shop/web').label).toBe('80 → http');
    expect(edge(edges, 'endpoints/shop/web->pod/shop/web-a').ports[0]?.to).toBe('8080');
    expect(edge(edges, 'endpoints/shop/web->pod/shop/web-b').ports[0]?.to).toBe('9090');
    expect(edge(edges, 'endpoints/shop/web->pod/shop/web-c').ports[0]?.to).toBeNull();
    expect(edge(edges, 'endpoints/shop/web->pod/shop/web-c').endpoint).toEqual({ ready: false, serving: false, terminating: false });
  });

  it('shows only the namespaces in scope, and lists every namespace for the filter', () => {
    const graph = buildGraph(stateFromObjects([...objects, service('blog', 'wp', { app: 'wp' })]), { namespaces: ['blog'] });
    expect(graph.nodes.map((n) => n.id)).toEqual(['client', 'service/blog/wp', 'endpoints/blog/wp']);
    expect(graph.namespaces).toEqual(['blog', 'shop']);
  });

  it("rolls a Service's endpoints health into its own", () => {
    const graph = graphOf([service('shop', 'web', { app: 'web' }, [{ port: 80, targetPort: 8080 }]), slice('shop', 'web', [{ pod: podC, ready: false }]), podC]);
    expect(nodeOf(graph, 'endpoints/shop/web').health).toBe('critical');
    expect(nodeOf(graph, 'service/shop/web')).toMatchObject({ findings: [], backendHealth: 'critical', health: 'critical' });
    expect(nodeOf(graphOf(objects), 'service/shop/web')).toMatchObject({ backendHealth: 'warning', health: 'warning' });
  });

  it('draws a ghost Service for a backend that does not exist', () => {
    const graph = graphOf([ingress('shop', 'shop', [{ path: '/', service: 'gone', port: 80 }])]);
    expect(nodeOf(graph, 'service/shop/gone')).toMatchObject({ missing: true, health: 'unknown' });
    expect(edge(graph.edges, 'ingress/shop/shop->service/shop/gone').ports[0]?.to).toBeNull();
  });

  it('does not give ExternalName Services an EndpointSlices hop', () => {
    const graph = graphOf([service('shop', 'ext', null, [], { type: 'ExternalName', externalName: 'db.example.com' })]);
    expect(graph.nodes.map((n) => n.id)).toEqual(['client', 'service/shop/ext']);
  });

  it('carries the first-sync progress of a live source until it is done', () => {
    const sync = { ready: false, kinds: [{ kind: 'Pod', state: 'listing', count: 500 }] };
    expect(buildGraph(stateFromObjects([]), { namespaces: null }, { sync }).sync).toEqual(sync);
    expect(buildGraph(stateFromObjects([]), { namespaces: null }, { sync: { ...sync, ready: true } }).sync).toBeUndefined();
  });
});
