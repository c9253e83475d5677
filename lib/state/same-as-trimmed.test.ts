import { describe, expect, it } from 'vitest';
import { sameAsTrimmed } from './same-as-trimmed';

describe('sameAsTrimmed', () => {
  const trimmed = { name: 'app', ports: [{ name: 'http', containerPort: 8080 }], probe: undefined };

  it('ignores raw fields the trimmed shape does not keep', () => {
    expect(sameAsTrimmed(trimmed, { name: 'app', ports: [{ name: 'http', containerPort: 8080, hostIP: 'x' }], env: [{ name: 'A' }] })).toBe(true);
  });

  it('sees a changed, added or removed kept field', () => {
    expect(sameAsTrimmed(trimmed, { name: 'app', ports: [{ name: 'http', containerPort: 9090 }] })).toBe(false);
    expect(sameAsTrimmed(trimmed, { name: 'app', ports: [{ name: 'http', containerPort: 8080 }], probe: { tcpSocket: {} } })).toBe(false);
    expect(sameAsTrimmed(trimmed, { name: 'app', ports: [] })).toBe(false);
    expect(sameAsTrimmed([1, 2], [1])).toBe(false);
  });
});
