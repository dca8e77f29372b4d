/** An IPv4 address or CIDR range as written in a firewall rule (`10.0.0.0/16`, or `203.0.113.7` = /32). */
export interface Ipv4Range {
  /** The address as written, as an unsigned 32-bit number (host bits are kept). */
  address: number;
  /** The prefix length, 0..32; a bare address is /32. */
  prefix: number;
  /** Whether the text had a `/prefix` part. */
  explicitPrefix: boolean;
}

// Octets with leading zeros are read as decimal; how Azure reads them is not verified.
const OCTET = /^\d{1,3}$/;
const PREFIX = /^(?:\d|[12]\d|3[0-2])$/;

/**
 * Parses dotted-quad IPv4 with an optional `/prefix`. Anything else (IPv6, host names, ranges with a
 * dash, octets over 255, prefixes over 32, surrounding spaces) is `undefined`.
 */
export function parseIpv4Range(text: string): Ipv4Range | undefined {
  const slash = text.indexOf('/');
  const addressText = slash < 0 ? text : text.slice(0, slash);
  const prefixText = slash < 0 ? undefined : text.slice(slash + 1);
  const octets = addressText.split('.');
  if (octets.length !== 4) return undefined;
  let address = 0;
  for (const octet of octets) {
    if (!OCTET.test(octet)) return undefined;
    const n = Number(octet);
    if (n > 255) return undefined;
    address = address * 256 + n;
  }
  if (prefixText === undefined) return { address, prefix: 32, explicitPrefix: false };
  if (!PREFIX.test(prefixText)) return undefined;
  return { address, prefix: Number(prefixText), explicitPrefix: true };
}

/** The netmask of a prefix length as an unsigned 32-bit number (`/16` → 255.255.0.0). */
export function prefixMask(prefix: number): number {
  return prefix <= 0 ? 0 : (0xffffffff << (32 - Math.min(prefix, 32))) >>> 0;
}

/** The network address of a range (`10.1.2.3/16` → 10.1.0.0). */
export function networkAddress(range: Ipv4Range): number {
  return (range.address & prefixMask(range.prefix)) >>> 0;
}

/** How many addresses a prefix length covers (`/16` → 65536, `/0` → 4294967296). */
export function addressCount(prefix: number): number {
  return 2 ** (32 - prefix);
}

/** Dotted-quad text of an unsigned 32-bit address. */
export function formatIpv4(address: number): string {
  return [24, 16, 8, 0].map((shift) => (address >>> shift) & 0xff).join('.');
}

/** The canonical CIDR text of a range (`10.1.2.3/16` → `10.1.0.0/16`). */
export function formatCidr(range: Ipv4Range): string {
  return `${formatIpv4(networkAddress(range))}/${range.prefix}`;
}

/** Whether the range covers every IPv4 address (any `/0`, such as `0.0.0.0/0`). */
export function coversAllIpv4(range: Ipv4Range): boolean {
  return range.prefix === 0;
}
