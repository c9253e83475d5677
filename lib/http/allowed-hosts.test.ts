import { describe, expect, it } from 'vitest';
import { allowedHosts, hostAllowed, hostName } from './allowed-hosts';

describe('allowed hosts', () => {
  it('serves loopback names by default and the configured ones, with or without a port', () => {
    const allowed = allowedHosts(['hopscope.example.com', '*.apps.example.com', 'hopscope.ops.svc:8080']);
    for (const host of ['localhost:3000', 'LOCALHOST', 'app.localhost:3000', '127.0.0.1:3000', '127.1.2.3', '[::1]:3000', 'hopscope.example.com', 'x.apps.example.com:443', 'hopscope.ops.svc']) {
      expect(hostAllowed(host, allowed), host).toBe(true);
    }
  });

  it('refuses any other name, a missing Host and look-alikes', () => {
    const allowed = allowedHosts(['hopscope.example.com', '*.apps.example.com']);
    for (const host of [null, '', 'attacker.example:3000', 'hopscope.example.com.attacker.example', 'apps.example.com', 'localhost.attacker.example', '10.0.0.5:3000', '[::2]:3000']) {
      expect(hostAllowed(host, allowed), String(host)).toBe(false);
    }
  });

  it('takes the port off names and IPv6 addresses', () => {
    expect(hostName('Example.COM:8080')).toBe('example.com');
    expect(hostName('[::1]:3000')).toBe('[::1]');
  });
});
