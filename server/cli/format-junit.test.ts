import { describe, expect, it } from 'vitest';
import { xmlAttr, xmlText } from './format-junit';

describe('XML escaping', () => {
  it('escapes markup in text and attributes, and keeps line breaks in attributes as references', () => {
    expect(xmlText(`a<b>&"c'\nd`)).toBe(`a&lt;b&gt;&amp;"c'\nd`);
    expect(xmlAttr(`a<b>&"c'\n\td`)).toBe(`"a&lt;b&gt;&amp;&quot;c&apos;&#10;&#9;d"`);
  });

  it('replaces what XML 1.0 cannot carry (control characters, lone surrogates), and keeps the rest of Unicode', () => {
    expect(xmlText('a\u0000b\u001bc\uD800d\uFFFEe')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe');
    expect(xmlText('✕ 🚀 é')).toBe('✕ 🚀 é');
  });
});
