import { describe, expect, it } from 'vitest';
import { parseViewState, viewStateQuery } from './view-state';

describe('view state in the URL', () => {
  it('round-trips namespaces, the selected hop and the search', () => {
    const view = { namespaces: ['shop', 'payments'], node: 'service/shop/catalog', search: 'cart', trace: null, method: 'GET', headers: [], range: '5m', snapshot: null, focus: null, open: [], problemsOnly: false, problems: false };
    const query = viewStateQuery(view);
    expect(query).toBe('?ns=payments%2Cshop&node=service%2Fshop%2Fcatalog&q=cart');
    expect(parseViewState(new URLSearchParams(query))).toEqual({ ...view, namespaces: ['payments', 'shop'] });
  });

  it('leaves defaults out and reads an empty URL as the default view', () => {
    const empty = { namespaces: [], node: null, search: '', trace: null, method: 'GET', headers: [], range: '5m', snapshot: null, focus: null, open: [], problemsOnly: false, problems: false };
    expect(viewStateQuery(empty)).toBe('');
    expect(parseViewState(new URLSearchParams(''))).toEqual(empty);
  });

  it('drops malformed parts instead of failing', () => {
    expect(parseViewState(new URLSearchParams('ns=Bad_NS&node=<script>&q=ok&method=get%20x'))).toEqual({ namespaces: [], node: null, search: 'ok', trace: null, method: 'GET', headers: [], range: '5m', snapshot: null, focus: null, open: [], problemsOnly: false, problems: false });
  });

  it('keeps the level of detail: the focused hop, opened groups, only problems and the Problems list', () => {
    const view = { namespaces: [], node: null, search: '', trace: null, method: 'GET', headers: [], range: '5m', snapshot: null, focus: 'service/shop/cart', open: ['group/endpoints/shop/cart', 'group/namespaces'], problemsOnly: true, problems: true };
    const query = viewStateQuery(view);
    expect(query).toBe('?focus=service%2Fshop%2Fcart&open=group%2Fendpoints%2Fshop%2Fcart%2Cgroup%2Fnamespaces&only=problems&panel=problems');
    expect(parseViewState(new URLSearchParams(query))).toEqual(view);
    expect(parseViewState(new URLSearchParams('focus=nope&open=<x>&only=all')).focus).toBeNull();
    expect(parseViewState(new URLSearchParams('open=<x>,group/a')).open).toEqual([]);
  });

  it('keeps the traced URL and its method, so a trace is a shareable link', () => {
    const view = { namespaces: [], node: null, search: '', trace: 'https://shop.example.com/api/cart?id=1', method: 'POST', headers: ['Version: two', 'X-Canary: yes'], range: '1h', snapshot: null, focus: null, open: [], problemsOnly: false, problems: false };
    const query = viewStateQuery(view);
    expect(query).toBe('?trace=https%3A%2F%2Fshop.example.com%2Fapi%2Fcart%3Fid%3D1&method=POST&h=Version%3A+two&h=X-Canary%3A+yes&range=1h');
    expect(parseViewState(new URLSearchParams(query))).toEqual(view);
    expect(parseViewState(new URLSearchParams('trace=x&h=bad%20name%3A%20v')).headers).toEqual([]);
    expect(parseViewState(new URLSearchParams('range=5m%5D%20or%20up')).range).toBe('5m');
    expect(parseViewState(new URLSearchParams('snapshot=AbCdEfGhIjKlMnOpQrStUv')).snapshot).toBe('AbCdEfGhIjKlMnOpQrStUv');
    expect(parseViewState(new URLSearchParams('snapshot=../../etc')).snapshot).toBeNull();
  });
});
