import { describe, expect, it } from 'vitest';
import { cidrContains, parseCidr, parseIP } from './cidr';

describe('CIDR blocks', () => {
  it('parses IPv4 and IPv6, masking host bits', () => {
    expect(parseCidr('192.168.242.213/24')).toMatchObject({ family: 4, network: parseIP('192.168.242.0')!.value, bits: 24 });
    expect(cidrContains(parseCidr('2001:db8::1/32')!, parseIP('2001:db8:ffff::9')!)).toBe(true);
    expect(cidrContains(parseCidr('2001:db8::/32')!, parseIP('2001:db9::')!)).toBe(false);
    expect(cidrContains(parseCidr('0.0.0.0/0')!, parseIP('203.0.113.9')!)).toBe(true);
    expect(cidrContains(parseCidr('::/0')!, parseIP('10.0.0.1')!)).toBe(false);
    expect(parseIP('::ffff:10.0.0.1')?.value).toBe(0xffff0a000001n);
  });

  it('rejects what is not a CIDR', () => {
    expect([parseCidr('10.0.0.0'), parseCidr('10.0.0.0/33'), parseCidr('10.0.0.256/8'), parseCidr('1::2::3/64'), parseCidr('x/8')]).toEqual([null, null, null, null, null]);
  });
});
