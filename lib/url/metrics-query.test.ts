import { describe, expect, it } from 'vitest';
import { metricsQuerySchema, rangeSchema, seriesQuerySchema } from './metrics-query';

describe('the metrics window a request may ask for', () => {
  it('takes the presets and custom windows from a minute to a week', () => {
    for (const range of ['5m', '15m', '1h', '6h', '30m', '90s', '2d', '7d']) expect(rangeSchema.safeParse(range).success, range).toBe(true);
  });

  it('refuses windows Prometheus cannot answer usefully or cheaply, saying which it takes', () => {
    for (const range of ['10s', '59s', '8d', '9999d', '1000h']) {
      const parsed = metricsQuerySchema.safeParse({ range });
      expect(parsed.success, range).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('a window from 1m to 7d');
    }
    expect(seriesQuerySchema.safeParse({ edge: 'ingress/shop/shop->service/shop/web', range: '30d' }).success).toBe(false);
    expect(metricsQuerySchema.safeParse({ range: '5m] or up' }).error?.issues.map((i) => i.message)).toEqual(['a window such as 5m, 15m, 1h or 6h']);
  });
});
