import { describe, expect, it } from 'vitest';
import { rulesAllow, type ResourceRule } from './rules';

describe('RBAC rules', () => {
  const view: ResourceRule[] = [
    { verbs: ['get', 'list', 'watch'], apiGroups: [''], resources: ['pods', 'services', 'namespaces'] },
    { verbs: ['get', 'list', 'watch'], apiGroups: ['apps'], resources: ['deployments'] },
    { verbs: ['get'], apiGroups: [''], resources: ['configmaps'], resourceNames: ['kube-proxy'] },
    { verbs: ['*'], apiGroups: ['networking.k8s.io'], resources: ['*'] },
  ];

  it('matches verb, group and resource, with wildcards', () => {
    expect(rulesAllow(view, 'list', '', 'pods')).toBe(true);
    expect(rulesAllow(view, 'list', 'apps', 'pods')).toBe(false);
    expect(rulesAllow(view, 'list', 'apps', 'deployments')).toBe(true);
    expect(rulesAllow(view, 'delete', '', 'pods')).toBe(false);
    expect(rulesAllow(view, 'list', 'networking.k8s.io', 'ingresses')).toBe(true);
    expect(rulesAllow(view, 'list', '', 'secrets')).toBe(false);
  });

  it('grants by resourceNames only for that named object', () => {
    expect(rulesAllow(view, 'get', '', 'configmaps', 'kube-proxy')).toBe(true);
    expect(rulesAllow(view, 'get', '', 'configmaps', 'other')).toBe(false);
    expect(rulesAllow(view, 'list', '', 'configmaps')).toBe(false);
    expect(rulesAllow([], 'list', '', 'pods')).toBe(false);
  });
});
