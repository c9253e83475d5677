import { describe, expect, it } from 'vitest';
import { findingsOf, graphOf, ingress, ingressClass, pod, service } from '../testing/fixtures';

describe('ING-SVC-MISSING', () => {
  it('fires when a rule names a Service that does not exist, on the edge to it', () => {
    const graph = graphOf([ingressClass('nginx'), ingress('shop', 'web', [{ path: '/hooks', service: 'hooks', port: 80 }])]);
    const [finding] = findingsOf(graph, 'ingress/shop/web', 'ING-SVC-MISSING');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('"hooks"');
    expect(finding?.edge).toBe('ingress/shop/web->service/shop/hooks');
    expect(finding?.evidence.fields[0]?.path).toBe('spec.rules[0].http.paths[0].backend.service.name');
    const ghost = graph.nodes.find((n) => n.id === 'service/shop/hooks');
    expect(ghost).toMatchObject({ kind: 'service', missing: true });
  });

  it('fires for the default backend too', () => {
    const ing = ingress('shop', 'web', []);
    (ing.spec as Record<string, unknown>).defaultBackend = { service: { name: 'fallback', port: { number: 80 } } };
    const [finding] = findingsOf(graphOf([ingressClass('nginx'), ing]), 'ingress/shop/web', 'ING-SVC-MISSING');
    expect(finding?.evidence.fields[0]?.path).toBe('spec.defaultBackend.service.name');
  });

  it('does not fire when the Service exists, even in another namespace with the same name elsewhere', () => {
    const objects = [ingressClass('nginx'), ingress('shop', 'web', [{ path: '/', service: 'web', port: 80 }]), service('shop', 'web', { app: 'web' }), pod('shop', 'web-1', { labels: { app: 'web' } })];
    expect(findingsOf(graphOf(objects), 'ingress/shop/web', 'ING-SVC-MISSING')).toEqual([]);
    const elsewhere = [ingressClass('nginx'), ingress('shop', 'web', [{ path: '/', service: 'web', port: 80 }]), service('other', 'web', { app: 'web' })];
    expect(findingsOf(graphOf(elsewhere), 'ingress/shop/web', 'ING-SVC-MISSING')).toHaveLength(1);
  });
});
