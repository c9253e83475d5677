import { describe, expect, it } from 'vitest';
import { dotString } from './format-dot';

describe('DOT strings', () => {
  it('escape quotes and backslashes, and turn line breaks into DOT line breaks', () => {
    expect(dotString('plain')).toBe('"plain"');
    expect(dotString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(dotString('one\ntwo\r\nthree\rfour')).toBe('"one\\ntwo\\nthree\\nfour"');
    // A backslash before n stays a backslash and an n, not a line break.
    expect(dotString('\\n')).toBe('"\\\\n"');
  });
});
