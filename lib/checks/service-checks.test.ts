import { describe, expect, it } from 'vitest';
import { container, findingsOf, graphOf, pod, service } from '../testing/fixtures';

const SVC = 'service/shop/catalog';

describe('SVC-SELECTOR-NOMATCH', () => {
  it('fires with the nearest miss: the pods whose label value is closest to the wanted one', () => {
    const objects = [
      service('shop', 'catalog', { app: 'catalogue' }),
      pod('shop', 'catalog-1', { labels: { app: 'catalog' } }),
      pod('shop', 'catalog-2', { labels: { app: 'catalog' } }),
      pod('shop', 'frontend-1', { labels: { app: 'frontend' } }),
    ];
    const [finding] = findingsOf(graphOf(objects), SVC, 'SVC-SELECTOR-NOMATCH');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('pods catalog-1, catalog-2 have app=catalog, the selector wants app=catalogue');
    expect(finding?.evidence.fields.map((f) => f.path)).toEqual(['spec.selector', 'metadata.labels["app"]', 'metadata.labels["app"]']);
  });

  it('names the one differing label of a multi-label selector, and pods in other namespaces', () => {
    const objects = [
      service('shop', 'catalog', { app: 'catalog', tier: 'api' }),
      pod('shop', 'catalog-1', { labels: { app: 'catalog', tier: 'backend' } }),
      pod('other', 'catalog-9', { labels: { app: 'catalog', tier: 'api' } }),
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other' } },
    ];
    const message = findingsOf(graphOf(objects), SVC, 'SVC-SELECTOR-NOMATCH')[0]?.message;
    expect(message).toContain('pod catalog-1 have tier=backend, the selector wants tier=api');
    expect(message).toContain('pods matching it run in other');
  });

  it('counts a Succeeded pod as no match', () => {
    const objects = [service('shop', 'catalog', { app: 'catalog' }), pod('shop', 'job-1', { labels: { app: 'catalog' }, phase: 'Succeeded' })];
    expect(findingsOf(graphOf(objects), SVC, 'SVC-SELECTOR-NOMATCH')).toHaveLength(1);
  });

  it('does not fire when a pod matches, for selector-less or ExternalName Services', () => {
    expect(findingsOf(graphOf([service('shop', 'catalog', { app: 'catalog' }), pod('shop', 'c-1', { labels: { app: 'catalog' } })]), SVC, 'SVC-SELECTOR-NOMATCH')).toEqual([]);
    expect(findingsOf(graphOf([service('shop', 'catalog', null)]), SVC, 'SVC-SELECTOR-NOMATCH')).toEqual([]);
    const external = service('shop', 'catalog', { app: 'x' }, [], { type: 'ExternalName', externalName: 'db.example.com' });
    expect(findingsOf(graphOf([external]), SVC, 'SVC-SELECTOR-NOMATCH')).toEqual([]);
  });
});

describe('SVC-TARGETPORT-NAMED', () => {
  const named = (name: string, protocol = 'TCP') => container('app', [{ name, containerPort: 8080, protocol }]);
  const svc = service('shop', 'catalog', { app: 'c' }, [{ name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' }]);

  it('is critical when no selected pod declares the name', () => {
    const [finding] = findingsOf(graphOf([svc, pod('shop', 'c-1', { labels: { app: 'c' }, containers: [named('web')] })]), SVC, 'SVC-TARGETPORT-NAMED');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('declare no container port named "http" (c-1 has web(8080))');
  });

  it('is a warning when only some pods miss it', () => {
    const objects = [svc, pod('shop', 'c-1', { labels: { app: 'c' }, containers: [named('http')] }), pod('shop', 'c-2', { labels: { app: 'c' }, containers: [named('web')] })];
    const [finding] = findingsOf(graphOf(objects), SVC, 'SVC-TARGETPORT-NAMED');
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toContain('but 1 of its 2 pods declare no container port named "http"');
  });

  it('leaves a name declared with another protocol to SVC-PORT-PROTOCOL', () => {
    const objects = [svc, pod('shop', 'c-1', { labels: { app: 'c' }, containers: [named('http')] }), pod('shop', 'c-2', { labels: { app: 'c' }, containers: [named('http', 'UDP')] })];
    const graph = graphOf(objects);
    expect(findingsOf(graph, SVC, 'SVC-TARGETPORT-NAMED')).toEqual([]);
    const [finding] = findingsOf(graph, SVC, 'SVC-PORT-PROTOCOL');
    expect(finding?.severity).toBe('critical');
    expect(finding?.message).toContain('targets "http", which pod c-2 declares only with another protocol (http(8080/UDP))');
  });

  it('does not fire when every pod resolves the name (even to different numbers), or for numeric targetPorts', () => {
    const other = container('app', [{ name: 'http', containerPort: 9090, protocol: 'TCP' }]);
    expect(findingsOf(graphOf([svc, pod('shop', 'c-1', { labels: { app: 'c' }, containers: [named('http')] }), pod('shop', 'c-2', { labels: { app: 'c' }, containers: [other] })]), SVC, 'SVC-TARGETPORT-NAMED')).toEqual([]);
    const numeric = service('shop', 'catalog', { app: 'c' }, [{ name: 'http', port: 80, targetPort: 9999, protocol: 'TCP' }]);
    expect(findingsOf(graphOf([numeric, pod('shop', 'c-1', { labels: { app: 'c' }, containers: [named('web')] })]), SVC, 'SVC-TARGETPORT-NAMED')).toEqual([]);
  });
});
