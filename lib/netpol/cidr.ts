// IPv4 and IPv6 addresses as bigints, and CIDR blocks with NetworkPolicy's `except`.

export interface Cidr {
  family: 4 | 6;
  network: bigint;
  bits: number;
  text: string;
}

function parseIPv4(text: string): bigint | null {
  const parts = text.split('.');
  if (parts.length !== 4) return null;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return null;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function parseIPv6(text: string): bigint | null {
  const halves = text.split('::');
  if (halves.length > 2) return null;
  const groups = (s: string) => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  // An embedded IPv4 tail (::ffff:1.2.3.4) counts as two groups.
  const last = tail.length ? tail : head;
  if (last.length && last[last.length - 1]!.includes('.')) {
    const v4 = parseIPv4(last.pop()!);
    if (v4 === null) return null;
    last.push(((v4 >> 16n) & 0xffffn).toString(16), (v4 & 0xffffn).toString(16));
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  let value = 0n;
  for (const group of [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail]) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return null;
    value = (value << 16n) | BigInt(parseInt(group, 16));
  }
  return value;
}

export function parseIP(text: string): { family: 4 | 6; value: bigint } | null {
  const v4 = parseIPv4(text);
  if (v4 !== null) return { family: 4, value: v4 };
  const v6 = text.includes(':') ? parseIPv6(text) : null;
  return v6 === null ? null : { family: 6, value: v6 };
}

/** A CIDR block; host bits are masked off (`10.1.2.3/24` is `10.1.2.0/24`), as Kubernetes applies it. */
export function parseCidr(text: string): Cidr | null {
  const [address, prefix, extra] = text.split('/');
  if (extra !== undefined || !address || !prefix || !/^\d{1,3}$/.test(prefix)) return null;
  const ip = parseIP(address);
  const size = ip?.family === 4 ? 32 : 128;
  const bits = Number(prefix);
  if (!ip || bits > size) return null;
  const shift = BigInt(size - bits);
  return { family: ip.family, network: (ip.value >> shift) << shift, bits, text };
}

export function cidrContains(cidr: Cidr, ip: { family: 4 | 6; value: bigint }): boolean {
  if (cidr.family !== ip.family) return false;
  const shift = BigInt((cidr.family === 4 ? 32 : 128) - cidr.bits);
  return ip.value >> shift === cidr.network >> shift;
}
