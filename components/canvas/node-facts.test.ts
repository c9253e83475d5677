import { describe, expect, it } from 'vitest';
import type { EndpointsNode } from '../../lib/graph/types';
import { nodeFacts } from './node-facts';

const endpoints = (counts: EndpointsNode['counts']): EndpointsNode => ({ id: 'endpoints/shop/web', kind: 'endpoints', ref: { kind: 'EndpointSlice', namespace: 'shop', name: 'web' }, health: 'ok', findings: [], service: 'service/shop/web', slices: [], counts });

describe('card facts', () => {
  it('counts an EndpointSlices hop by the endpoints that serve the Service port, and says how many do not', () => {
    expect(nodeFacts(endpoints({ ready: 2, notReady: 1, terminating: 0 }))).toBe('2 ready · 1 not ready · 0 terminating');
    expect(nodeFacts(endpoints({ ready: 0, notReady: 0, terminating: 0, withoutPort: 2 }))).toBe('0 ready · 0 not ready · 0 terminating · 2 lack a Service port');
  });
});
