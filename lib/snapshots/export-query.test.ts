import { describe, expect, it } from 'vitest';
import { freezeRequestSchema } from './input';
import { exportQueryOf, parseExportQuery } from './export-query';

const parse = (query: string) => parseExportQuery(new URLSearchParams(query));

describe('the query of GET /api/export', () => {
  it('takes the namespaces as /api/graph does, and the rest of the view: selected hop, traced request, metrics window, title', () => {
    const parsed = parse('namespaces=shop,payments&node=service/shop/cart&url=https%3A%2F%2Fshop.example.com%2Fapi&method=post&header=X-Canary%3A%20yes&header=Accept%3A%20*%2F*&range=1h&title=users%20see%20503');
    expect(parsed).toEqual({
      ok: true,
      query: {
        title: 'users see 503',
        namespaces: ['shop', 'payments'],
        view: { node: 'service/shop/cart', trace: 'https://shop.example.com/api', method: 'POST', headers: ['X-Canary: yes', 'Accept: */*'], range: '1h' },
      },
    });
    // What it makes is a view a snapshot file may hold.
    expect(freezeRequestSchema.shape.view.safeParse({ namespaces: ['shop'], ...(parsed.ok ? parsed.query.view : {}) }).success).toBe(true);
    expect(parse('')).toEqual({ ok: true, query: { title: null, namespaces: undefined, view: { node: null, trace: null, method: 'GET', headers: [], range: '5m' } } });
  });

  it('refuses what it does not know, and bad values, with a sentence', () => {
    expect(parse('focus=service/shop/cart')).toEqual({ ok: false, error: 'unknown parameter "focus"' });
    expect(parse('url=ftp%3A%2F%2Fx')).toEqual({ ok: false, error: 'url: "ftp://x" is not an http(s) URL' });
    expect(parse('namespaces=Bad_NS')).toMatchObject({ ok: false, error: expect.stringContaining('namespaces: a namespace name') });
    expect(parse('node=nope')).toMatchObject({ ok: false, error: 'node: not a hop id' });
    expect(parse('header=nocolon')).toMatchObject({ ok: false, error: expect.stringContaining('header') });
    expect(parse('range=forever')).toMatchObject({ ok: false, error: expect.stringContaining('range: a window') });
  });

  it('is what exportQueryOf makes of a view (the page\'s, whose fields a snapshot view shares), and back', () => {
    const view = { namespaces: ['shop', 'payments'], node: 'service/shop/cart', trace: 'https://shop.example.com/api?x=1&y=2', method: 'POST', headers: ['X-Canary: yes'], range: '1h', search: 'ignored' };
    const query = exportQueryOf(view);
    expect(query).toBe('?namespaces=payments%2Cshop&node=service%2Fshop%2Fcart&url=https%3A%2F%2Fshop.example.com%2Fapi%3Fx%3D1%26y%3D2&method=POST&header=X-Canary%3A+yes&range=1h');
    expect(parseExportQuery(new URLSearchParams(query))).toEqual({ ok: true, query: { title: null, namespaces: ['payments', 'shop'], view: { node: 'service/shop/cart', trace: 'https://shop.example.com/api?x=1&y=2', method: 'POST', headers: ['X-Canary: yes'], range: '1h' } } });
    expect(exportQueryOf({ namespaces: [], node: null, trace: null, method: 'GET', headers: ['Ignored: without a trace'], range: '5m' })).toBe('');
  });
});
