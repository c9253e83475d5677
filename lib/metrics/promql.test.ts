import { describe, expect, it } from 'vitest';
import { INGRESS_NGINX_PROFILE } from './profiles';
import { anyOf, nameLiteral, windowLiteral } from './promql';

describe('PromQL from validated inputs only', () => {
  it('accepts Kubernetes names and windows, and builds the grouped queries', () => {
    expect(nameLiteral('shop-1')).toBe('"shop-1"');
    expect(anyOf('namespace', ['shop', 'blog'])).toBe('namespace=~"shop|blog"');
    expect(windowLiteral('15m')).toBe('15m');
    expect(INGRESS_NGINX_PROFILE.queries({ namespace: 'exported_namespace', service: 'exported_service' }, ['shop', 'blog'], '5m').p95).toBe(
      'histogram_quantile(0.95, sum by (le, exported_namespace, ingress, exported_service) (rate(nginx_ingress_controller_request_duration_seconds_bucket{exported_namespace=~"shop|blog"}[5m])))',
    );
  });

  it('refuses anything that could change the query', () => {
    expect(() => nameLiteral('shop"} or vector(1) #')).toThrow('not a Kubernetes name');
    expect(() => anyOf('namespace', ['shop|.*'])).toThrow('not a Kubernetes name');
    expect(() => windowLiteral('5m] or up[5m')).toThrow('not a window');
    expect(() => anyOf('namespace"', ['shop'])).toThrow('not a label name');
    expect(() => INGRESS_NGINX_PROFILE.queries({ namespace: 'namespace', service: 'service' }, ['a|b'], '5m')).toThrow('not a Kubernetes name');
  });
});
