import { describe, expect, it } from 'vitest';
import { parseViewState } from '../url/view-state';
import { snapshotLink } from './link';

describe('the link a snapshot opens with', () => {
  it('carries its frozen view: namespaces, selected hop, trace and window', () => {
    const link = snapshotLink('AbCdEfGhIjKlMnOpQrStUv', { namespaces: ['shop', 'ingress-nginx'], node: 'service/shop/catalog', trace: 'http://shop.example.com/api', method: 'POST', headers: ['X-Canary: yes'], range: '1h' });
    expect(link.startsWith('/?')).toBe(true);
    expect(parseViewState(new URLSearchParams(link.slice(2)))).toMatchObject({
      snapshot: 'AbCdEfGhIjKlMnOpQrStUv',
      namespaces: ['ingress-nginx', 'shop'],
      node: 'service/shop/catalog',
      trace: 'http://shop.example.com/api',
      method: 'POST',
      headers: ['X-Canary: yes'],
      range: '1h',
    });
  });

  it('is short for a view of everything', () => {
    expect(snapshotLink('AbCdEfGhIjKlMnOpQrStUv', { namespaces: [], node: null, trace: null, method: 'GET', headers: [], range: '5m' })).toBe('/?snapshot=AbCdEfGhIjKlMnOpQrStUv');
  });
});
