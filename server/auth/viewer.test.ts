import { describe, expect, it } from 'vitest';
import type { AuthConfig } from '../config';
import { authModeFor } from './viewer';

const config: AuthConfig = { trustedProxies: ['127.0.0.1'], sreGroups: ['hopscope-sre'], accessCacheMs: 30_000 };

describe('the auth mode in force', () => {
  it('is none from loopback when unset; from anywhere else token for a live cluster', () => {
    expect(authModeFor('127.0.0.1', config, 'live')).toBe('none');
    expect(authModeFor('127.8.9.10', config, 'live')).toBe('none');
    expect(authModeFor('::1', config, 'file')).toBe('none');
    expect(authModeFor('10.0.0.7', config, 'live')).toBe('token');
    expect(authModeFor('::ffff:10.0.0.7', config, 'live')).toBe('token');
    expect(authModeFor(null, config, 'live')).toBe('token');
    expect(authModeFor('not-an-ip', config, 'live')).toBe('token');
  });

  it('opens the demo to anyone, and keeps dumps on this machine, unless set', () => {
    expect(authModeFor('10.0.0.7', config, 'demo')).toBe('none');
    expect(authModeFor('10.0.0.7', config, 'file')).toBeNull();
  });

  it('is whatever is configured, wherever the request comes from', () => {
    expect(authModeFor('127.0.0.1', { ...config, mode: 'header' }, 'live')).toBe('header');
    expect(authModeFor('10.0.0.7', { ...config, mode: 'none' }, 'file')).toBe('none');
  });
});
