import { describe, expect, it } from 'vitest';
import { container, findingsOf, graphOf, nodeOf, pod, service, slice } from '../testing/fixtures';

const EPS = 'endpoints/shop/web';
const svc = service('shop', 'web', { app: 'web' });

describe('EPS-EMPTY', () => {
  it('fires on a placeholder slice and names the cause: no pod matches', () => {
    const [finding] = findingsOf(graphOf([svc, slice('shop', 'web', [])]), EPS, 'EPS-EMPTY');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('its selector matches no running pod');
  });

  it('names pods without an IP, and an unresolved named targetPort', () => {
    const noIP = pod('shop', 'web-1', { labels: { app: 'web' }, podIP: null });
    expect(findingsOf(graphOf([svc, noIP, slice('shop', 'web', [])]), EPS, 'EPS-EMPTY')[0]?.message).toContain('have no IP yet or have ended');
    const named = service('shop', 'web', { app: 'web' }, [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
    const wrong = pod('shop', 'web-1', { labels: { app: 'web' }, containers: [container('app', [{ name: 'web', containerPort: 8080 }])] });
    expect(findingsOf(graphOf([named, wrong, slice('shop', 'web', [])]), EPS, 'EPS-EMPTY')[0]?.message).toContain('no pod declares the named targetPort "http"');
  });

  it('does not fire when a slice lists an endpoint (even not ready), nor for selector-less Services', () => {
    const p = pod('shop', 'web-1', { labels: { app: 'web' }, ready: false });
    expect(findingsOf(graphOf([svc, p, slice('shop', 'web', [{ pod: p, ready: false }])]), EPS, 'EPS-EMPTY')).toEqual([]);
    expect(findingsOf(graphOf([service('shop', 'web', null)]), EPS, 'EPS-EMPTY')).toEqual([]);
  });
});

describe('EPS-NOT-READY', () => {
  const a = pod('shop', 'web-a', { labels: { app: 'web' } });
  const b = pod('shop', 'web-b', { labels: { app: 'web' }, ready: false });

  it('is critical when no endpoint is ready, naming the pods', () => {
    const [finding] = findingsOf(graphOf([svc, b, slice('shop', 'web', [{ pod: b, ready: false }])]), EPS, 'EPS-NOT-READY');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('1 of 1 endpoints of Service web are not ready (web-b)');
    expect(finding?.evidence.fields[0]?.path).toBe('endpoints[0].conditions.ready');
  });

  it('is a warning when some endpoints are ready', () => {
    expect(findingsOf(graphOf([svc, a, b, slice('shop', 'web', [{ pod: a }, { pod: b, ready: false }])]), EPS, 'EPS-NOT-READY')[0]?.severity).toBe('warning');
  });

  it('does not count terminating endpoints as not ready', () => {
    expect(findingsOf(graphOf([svc, a, b, slice('shop', 'web', [{ pod: a }, { pod: b, ready: false, terminating: true }])]), EPS, 'EPS-NOT-READY')).toEqual([]);
  });
});

describe('endpoints counted per Service port', () => {
  // The demo's payments-api: the named targetPort resolves in no pod, so the controller lists the
  // pods with no port, and nothing serves the port the Ingress uses.
  const named = service('shop', 'web', { app: 'web' }, [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);
  const pods = ['web-1', 'web-2'].map((name) => pod('shop', name, { labels: { app: 'web' }, containers: [container('app', [{ name: 'web', containerPort: 8080, protocol: 'TCP' }])] }));
  const graph = graphOf([named, slice('shop', 'web', pods.map((p) => ({ pod: p })), null), ...pods]);

  it('counts no endpoint as ready where none serves the Service port, and says so on the hop', () => {
    expect(nodeOf(graph, EPS)).toMatchObject({ health: 'critical', counts: { ready: 0, notReady: 0, terminating: 0, withoutPort: 2 } });
    expect(findingsOf(graph, EPS, 'EPS-PORT-SUBSET')[0]).toMatchObject({
      severity: 'critical',
      message: expect.stringContaining('No endpoint of Service shop/web serves port "http" (80): its 2 endpoints are listed without it'),
    });
    expect(findingsOf(graph, EPS, 'EPS-EMPTY')).toEqual([]);
  });
});
