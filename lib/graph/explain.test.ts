import { describe, expect, it } from 'vitest';
import { graphOf, ingress, ingressClass, nodeOf, pod, service, slice } from '../testing/fixtures';
import { cardBadges, panelFindings } from './explain';

describe('what a hop says about its health beyond its own findings', () => {
  it('a Service that does not exist lists the findings on the links that name it; others only their own', () => {
    const web = pod('shop', 'web-1', { labels: { app: 'web' } });
    const graph = graphOf([ingressClass('nginx'), ingress('shop', 'shop', [{ path: '/hooks', service: 'hooks', port: 80 }, { path: '/', service: 'web', port: 8080 }]), service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: web }]), web]);
    const route = nodeOf(graph, 'ingress/shop/shop');
    const missing = nodeOf(graph, 'service/shop/hooks');
    expect(missing.findings).toEqual([]);
    expect(panelFindings(missing, [route]).map((f) => f.id)).toEqual(['ING-SVC-MISSING']);
    // ING-SVC-PORT names the link to web, but web's panel keeps to web's own findings.
    expect(route.findings.some((f) => f.edge === 'ingress/shop/shop->service/shop/web')).toBe(true);
    expect(panelFindings(nodeOf(graph, 'service/shop/web'), [route])).toEqual(nodeOf(graph, 'service/shop/web').findings);
  });

  it('a Service card whose health comes from its EndpointSlices says so, instead of a bare icon', () => {
    const sick = pod('shop', 'web-1', { labels: { app: 'web' }, ready: false });
    const graph = graphOf([service('shop', 'web', { app: 'web' }), slice('shop', 'web', [{ pod: sick, ready: false }]), sick]);
    const svc = nodeOf(graph, 'service/shop/web');
    expect(svc).toMatchObject({ health: 'critical', findings: [] });
    expect(cardBadges(svc)).toEqual([{ health: 'critical', text: 'endpoints', title: expect.stringContaining('from its EndpointSlices') }]);
    expect(cardBadges(nodeOf(graph, 'endpoints/shop/web'))).toEqual([{ health: 'critical', text: '1', title: '1 critical finding' }]);
    expect(cardBadges(nodeOf(graph, 'pod/shop/web-1')).map((b) => b.text)).toEqual(['1', '1']);
  });
});
