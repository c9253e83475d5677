import { describe, expect, it } from 'vitest';
import { fromRecording, type RecordedMetrics } from './recorded';
import type { ScreenEdge } from './screen';
import { DEFAULT_THRESHOLDS } from './thresholds';

const EDGE = 'ingress/shop/shop->service/shop/web';
const recorded: RecordedMetrics = {
  window: '5m',
  at: 1_795_402_800,
  profiles: ['ingress-nginx', 'kube-state-metrics'],
  edges: { [EDGE]: { rate: 10, errorRatio: 0.5, clientErrorRatio: 0, p95Seconds: 0.2 } },
  nodes: { 'pod/shop/web-1': { restarts: 3 } },
  kubeProxyStuck: null,
};
const screen = { namespaces: null, edges: [{ id: EDGE, route: { kind: 'ingress', namespace: 'shop', name: 'shop' }, service: { namespace: 'shop', name: 'web', ports: [80] } }] as ScreenEdge[] };

describe('a recorded metrics layer (the demo\'s)', () => {
  it('answers for the window asked, held flat: the same rates and ratios, counts over the longer window, findings saying which window', () => {
    const layer = fromRecording(recorded, screen, DEFAULT_THRESHOLDS, '1h');
    expect(layer.window).toBe('1h');
    expect(layer.edges[EDGE]).toEqual(recorded.edges[EDGE]);
    expect(layer.nodes['pod/shop/web-1']!.restarts).toBe(36);
    expect(layer.findings.find((f) => f.id === 'MET-5XX-RATIO')?.message).toContain('in the last 1h');
    expect(layer.findings.find((f) => f.id === 'MET-RESTARTS')?.message).toBe('Pod web-1 restarted 36 times in the last 1h.');
  });

  it('is the recording itself for the window it was recorded over', () => {
    const layer = fromRecording(recorded, screen, DEFAULT_THRESHOLDS, '5m');
    expect(layer).toMatchObject({ status: 'ok', window: '5m', nodes: recorded.nodes });
  });
});
