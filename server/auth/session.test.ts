import { describe, expect, it } from 'vitest';
import { openSession, sealSession, SESSION_HOURS } from './session';

const SECRET = 'a'.repeat(32);

describe('token sessions', () => {
  it('opens what it sealed, and nothing tampered with, foreign or expired', () => {
    const sealed = sealSession('tok-123', SECRET, 1_000);
    expect(openSession(sealed, SECRET, 2_000)).toBe('tok-123');
    expect(openSession(sealed, 'b'.repeat(32), 2_000)).toBeNull();
    const flipped = Buffer.from(sealed, 'base64url');
    flipped[flipped.length - 1]! ^= 1;
    expect(openSession(flipped.toString('base64url'), SECRET, 2_000)).toBeNull();
    expect(openSession(sealed, SECRET, 1_000 + SESSION_HOURS * 3_600_000 + 1)).toBeNull();
    expect(openSession('not-a-session', SECRET)).toBeNull();
  });

  it('never carries the token in the clear', () => {
    expect(Buffer.from(sealSession('secret-token-value', SECRET), 'base64url').toString('latin1')).not.toContain('secret-token-value');
  });
});
