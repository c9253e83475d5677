import { describe, expect, it } from 'vitest';
import { findingsOf, graphOf, ingress, ingressClass, pod, service } from '../testing/fixtures';

const ING = 'ingress/shop/web';
const backend = (port: number | string, svcPorts = [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }]) => [
  ingressClass('nginx'),
  ingress('shop', 'web', [{ path: '/', service: 'web', port }]),
  service('shop', 'web', { app: 'web' }, svcPorts),
  pod('shop', 'web-1', { labels: { app: 'web' } }),
];

describe('ING-SVC-PORT', () => {
  it('fires when port.number is not a Service port nor a targetPort, on the edge', () => {
    const [finding] = findingsOf(graphOf(backend(81)), ING, 'ING-SVC-PORT');
    expect(finding).toMatchObject({ severity: 'critical', edge: 'ingress/shop/web->service/shop/web' });
    expect(finding?.message).toContain('port 81 of Service web, which has only http(80)');
    expect(finding?.evidence.fields[0]?.path).toBe('spec.rules[0].http.paths[0].backend.service.port');
  });

  it('fires when port.name names no Service port', () => {
    expect(findingsOf(graphOf(backend('https')), ING, 'ING-SVC-PORT')[0]?.message).toContain('port name "https"');
  });

  it('does not fire for a matching name or number, nor for the targetPort case', () => {
    expect(findingsOf(graphOf(backend('http')), ING, 'ING-SVC-PORT')).toEqual([]);
    expect(findingsOf(graphOf(backend(80)), ING, 'ING-SVC-PORT')).toEqual([]);
    expect(findingsOf(graphOf(backend(8080)), ING, 'ING-SVC-PORT')).toEqual([]);
  });
});

describe('ING-PORT-IS-TARGETPORT', () => {
  it('warns when the backend uses the numeric targetPort instead of the Service port', () => {
    const [finding] = findingsOf(graphOf(backend(8080)), ING, 'ING-PORT-IS-TARGETPORT');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('ingress-nginx accepts it');
  });

  it('does not fire for the Service port, nor for a port that is neither', () => {
    expect(findingsOf(graphOf(backend(80)), ING, 'ING-PORT-IS-TARGETPORT')).toEqual([]);
    expect(findingsOf(graphOf(backend(81)), ING, 'ING-PORT-IS-TARGETPORT')).toEqual([]);
  });
});

describe('ING-CLASS-NOTFOUND', () => {
  it('is critical when ingressClassName names no IngressClass, listing the ones that exist', () => {
    const objects = [ingressClass('nginx'), ingress('shop', 'web', [], { spec: { ingressClassName: 'traefik', rules: [] } })];
    const [finding] = findingsOf(graphOf(objects), ING, 'ING-CLASS-NOTFOUND');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('"traefik" matches no IngressClass (the cluster has nginx)');
  });

  it('is a warning when only the legacy annotation names a missing class', () => {
    const legacy = ingress('shop', 'web', [], { spec: { rules: [] } });
    (legacy.metadata as Record<string, unknown>).annotations = { 'kubernetes.io/ingress.class': 'haproxy' };
    const [finding] = findingsOf(graphOf([ingressClass('nginx'), legacy]), ING, 'ING-CLASS-NOTFOUND');
    expect(finding?.severity).toBe('warning');
    expect(finding?.evidence.fields[0]?.path).toBe('metadata.annotations["kubernetes.io/ingress.class"]');
  });

  it('does not fire for the classes cloud controllers serve without an IngressClass (GKE gce, gce-internal, ...)', () => {
    for (const className of ['gce', 'gce-internal', 'alb']) {
      const cloud = ingress('shop', 'web', [], { spec: { rules: [] } });
      (cloud.metadata as Record<string, unknown>).annotations = { 'kubernetes.io/ingress.class': className };
      expect(findingsOf(graphOf([ingressClass('nginx'), cloud]), ING, 'ING-CLASS-NOTFOUND'), className).toEqual([]);
    }
    expect(findingsOf(graphOf([ingress('shop', 'web', [], { spec: { ingressClassName: 'gce', rules: [] } })]), ING, 'ING-CLASS-NOTFOUND')).toEqual([]);
  });

  it('does not fire when the class exists, or when no class is named', () => {
    expect(findingsOf(graphOf(backend(80)), ING, 'ING-CLASS-NOTFOUND')).toEqual([]);
    const unset = ingress('shop', 'web', [], { spec: { rules: [] } });
    expect(findingsOf(graphOf([ingressClass('nginx'), unset]), ING, 'ING-CLASS-NOTFOUND')).toEqual([]);
  });
});
