import { describe, expect, it } from 'vitest';
import { parseViewState, viewStateQuery } from './view-state';

describe('view state in the URL', () => {
  it('round-trips namespaces, the selected hop and the search', () => {
    const view = { namespaces: ['shop', 'payments'], node: 'service/shop/catalog', search: 'cart' };
    const query = viewStateQuery(view);
    expect(query).toBe('?ns=payments%2Cshop&node=service%2Fshop%2Fcatalog&q=cart');
    expect(parseViewState(new URLSearchParams(query))).toEqual({ ...view, namespaces: ['payments', 'shop'] });
  });

  it('leaves defaults out and reads an empty URL as the default view', () => {
    expect(viewStateQuery({ namespaces: [], node: null, search: '' })).toBe('');
    expect(parseViewState(new URLSearchParams(''))).toEqual({ namespaces: [], node: null, search: '' });
  });

  it('drops malformed parts instead of failing', () => {
    expect(parseViewState(new URLSearchParams('ns=Bad_NS&node=<script>&q=ok'))).toEqual({ namespaces: [], node: null, search: 'ok' });
  });
});
