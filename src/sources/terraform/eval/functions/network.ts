import type { FunctionTable } from '../context.js';
import { EvalError, list, scalar, toInteger, toText } from '../nodes.js';

/** An IP network: `bits` is 32 or 128, `address` the (masked) network address. */
interface Network {
  bits: 32 | 128;
  address: bigint;
  prefix: number;
}

function parseIPv4(text: string): bigint | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0n;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = (value << 8n) | BigInt(Number(part));
  }
  return value;
}

function parseIPv6(text: string): bigint | undefined {
  let body = text;
  let tail: bigint[] = [];
  // An embedded IPv4 address fills the last two groups.
  const v4 = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (v4) {
    const low = parseIPv4(v4[2]);
    if (low === undefined) return undefined;
    body = v4[1].endsWith('::') ? v4[1] : v4[1].slice(0, -1);
    tail = [low >> 16n, low & 0xffffn];
  }
  const halves = body.split('::');
  if (halves.length > 2) return undefined;
  const groups = (half: string) => (half === '' ? [] : half.split(':'));
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const words = [...head, ...rest].map((g) => (/^[0-9a-fA-F]{1,4}$/.test(g) ? BigInt(`0x${g}`) : undefined));
  if (words.some((w) => w === undefined)) return undefined;
  const fill = 8 - words.length - tail.length;
  if (halves.length === 2 ? fill < 1 : fill !== 0) return undefined;
  const all = [
    ...(words.slice(0, head.length) as bigint[]),
    ...Array<bigint>(fill).fill(0n),
    ...(words.slice(head.length) as bigint[]),
    ...tail,
  ];
  return all.reduce((value, word) => (value << 16n) | word, 0n);
}

const maskOf = (bits: number, prefix: number) =>
  ((1n << BigInt(bits)) - 1n) ^ ((1n << BigInt(bits - prefix)) - 1n);

function parseNetwork(text: string): Network {
  const slash = text.indexOf('/');
  const prefixText = text.slice(slash + 1);
  const ip = text.slice(0, slash);
  const v4 = slash > 0 ? parseIPv4(ip) : undefined;
  const v6 = slash > 0 && v4 === undefined ? parseIPv6(ip) : undefined;
  const bits = v4 !== undefined ? 32 : 128;
  const prefix = Number(prefixText);
  if ((v4 === undefined && v6 === undefined) || !/^\d{1,3}$/.test(prefixText) || prefix > bits) {
    throw new EvalError(`"${text}" is not a valid CIDR prefix`);
  }
  return { bits, prefix, address: ((v4 ?? v6) as bigint) & maskOf(bits, prefix) };
}

/** Go's net.IP String(): dotted IPv4, or IPv6 with the longest run of zero groups as `::`. */
function formatAddress(bits: 32 | 128, address: bigint): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((shift) => String((address >> shift) & 0xffn)).join('.');
  const groups = Array.from({ length: 8 }, (_, i) => Number((address >> BigInt(112 - i * 16)) & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) [bestStart, bestLength] = [i, j - i];
    i = j;
  }
  const hex = (from: number, to: number) =>
    groups
      .slice(from, to)
      .map((g) => g.toString(16))
      .join(':');
  if (bestStart < 0) return hex(0, 8);
  return `${hex(0, bestStart)}::${hex(bestStart + bestLength, 8)}`;
}

function subnet(network: Network, newBits: number, netNumber: number): Network {
  const prefix = network.prefix + newBits;
  if (newBits < 0 || prefix > network.bits) {
    throw new EvalError(`cannot extend a /${network.prefix} prefix by ${newBits} bits`);
  }
  if (netNumber < 0 || BigInt(netNumber) >= 1n << BigInt(newBits)) {
    throw new EvalError(`the network number ${netNumber} does not fit in ${newBits} bits`);
  }
  return {
    ...network,
    prefix,
    address: network.address | (BigInt(netNumber) << BigInt(network.bits - prefix)),
  };
}

const cidrText = (n: Network) => `${formatAddress(n.bits, n.address)}/${n.prefix}`;

export const networkFunctions: FunctionTable = {
  cidrsubnet: {
    arity: [3, 3],
    impl(call) {
      const network = parseNetwork(toText(call.args[0], 'the prefix'));
      const result = subnet(network, toInteger(call.args[1], 'newbits'), toInteger(call.args[2], 'netnum'));
      return scalar(cidrText(result), call.range);
    },
  },
  cidrhost: {
    arity: [2, 2],
    impl(call) {
      const network = parseNetwork(toText(call.args[0], 'the prefix'));
      const size = 1n << BigInt(network.bits - network.prefix);
      const requested = BigInt(toInteger(call.args[1], 'hostnum'));
      const host = requested < 0n ? size + requested : requested;
      if (host < 0n || host >= size) {
        throw new EvalError(`the host number ${requested} does not fit in the /${network.prefix} prefix`);
      }
      return scalar(formatAddress(network.bits, network.address | host), call.range);
    },
  },
  cidrnetmask: {
    arity: [1, 1],
    impl(call) {
      const network = parseNetwork(toText(call.args[0], 'the prefix'));
      if (network.bits !== 32) throw new EvalError('only IPv4 networks have a netmask');
      return scalar(formatAddress(32, maskOf(32, network.prefix)), call.range);
    },
  },
  cidrsubnets: {
    arity: [1, Infinity],
    impl(call) {
      const network = parseNetwork(toText(call.args[0], 'the prefix'));
      const all = (1n << BigInt(network.bits)) - 1n;
      const lengths = call.args.slice(1).map((arg) => network.prefix + toInteger(arg, 'newbits'));
      const out: string[] = [];
      // Each subnet follows the previous one, aligned to its own size (as Terraform's cidrsubnets does).
      let current: Network | undefined;
      for (const length of lengths) {
        if (length < network.prefix || length > network.bits) throw new EvalError('invalid newbits');
        let start: bigint;
        if (!current) {
          start = network.address;
        } else {
          const last = current.address | (all ^ maskOf(network.bits, current.prefix));
          const lastOfNew = (last & maskOf(network.bits, length)) | (all ^ maskOf(network.bits, length));
          start = (lastOfNew + 1n) & all;
          if (start === 0n) throw new EvalError('not enough remaining address space');
        }
        if ((start & maskOf(network.bits, network.prefix)) !== network.address) {
          throw new EvalError('not enough remaining address space');
        }
        current = { bits: network.bits, prefix: length, address: start };
        out.push(cidrText(current));
      }
      return list(
        out.map((text) => scalar(text, call.range)),
        call.range,
      );
    },
  },
};
