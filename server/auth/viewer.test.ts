import { describe, expect, it } from 'vitest';
import type { AuthConfig } from '../config';
import { authModeFor } from './viewer';

const config: AuthConfig = { trustedProxies: ['127.0.0.1'], sreGroups: ['hopscope-sre'], accessCacheMs: 30_000 };

describe('the auth mode in force', () => {
  it('is none only from loopback when unset, token from anywhere else or an unknown address', () => {
    expect(authModeFor('127.0.0.1', config)).toBe('none');
    expect(authModeFor('127.8.9.10', config)).toBe('none');
    expect(authModeFor('::1', config)).toBe('none');
    expect(authModeFor('10.0.0.7', config)).toBe('token');
    expect(authModeFor('::ffff:10.0.0.7', config)).toBe('token');
    expect(authModeFor(null, config)).toBe('token');
    expect(authModeFor('not-an-ip', config)).toBe('token');
  });

  it('is whatever is configured, wherever the request comes from', () => {
    expect(authModeFor('127.0.0.1', { ...config, mode: 'header' })).toBe('header');
    expect(authModeFor('10.0.0.7', { ...config, mode: 'none' })).toBe('none');
  });
});
