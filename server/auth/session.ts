// Token-mode sessions: the person's Kubernetes token, sealed (AES-256-GCM) into an HttpOnly cookie,
// so no server keeps sessions and replicas sharing HOPSCOPE_SESSION_SECRET all read them.
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'hopscope_session';
export const SESSION_HOURS = 8;

let processKey: Buffer | null = null;

function keyOf(secret: string | undefined): Buffer {
  if (secret) return createHash('sha256').update(secret).digest();
  processKey ??= randomBytes(32);
  return processKey;
}

export function sealSession(token: string, secret: string | undefined, now = Date.now()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify({ token, exp: now + SESSION_HOURS * 3_600_000 }), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The token, or null for anything tampered with, sealed with another key, or expired. */
export function openSession(sealed: string, secret: string | undefined, now = Date.now()): string | null {
  try {
    const raw = Buffer.from(sealed, 'base64url');
    if (raw.length < 29) return null;
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secret), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const { token, exp } = JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8')) as { token?: unknown; exp?: unknown };
    return typeof token === 'string' && typeof exp === 'number' && exp > now ? token : null;
  } catch {
    return null;
  }
}
