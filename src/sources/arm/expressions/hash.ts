import { createHash } from '../../../model/hash.js';

/*
 * ARM's uniqueString() hashes the UTF-8 bytes of its arguments joined with '-' using the 64-bit MurmurHash
 * variant of Microsoft's ResourceStack library (two interleaved 32-bit lanes, seed 0), then writes the 64 bits
 * as 13 base32 characters, most significant 5 bits first. Checked against outputs of real deployments:
 * uniqueString('aaa') = 'zavj67f3en4hc', uniqueString('xxx', 'yyy', 'zzz') = 'lghi7k5js7itq'.
 */

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x561ccd1b;
const C4 = 0x0bcaa747;
const C5 = 0x85ebca6b;
const C6 = 0xc2b2ae35;

function rotateLeft(value: number, count: number): number {
  return ((value << count) | (value >>> (32 - count))) >>> 0;
}

function multiply(left: number, right: number): number {
  return Math.imul(left, right) >>> 0;
}

function readLittleEndian(bytes: Uint8Array, offset: number, count: number): number {
  let value = 0;
  for (let index = 0; index < count; index++) value |= bytes[offset + index] << (8 * index);
  return value >>> 0;
}

function mixLane1(block: number): number {
  return multiply(rotateLeft(multiply(block, C1), 15), C2);
}

function mixLane2(block: number): number {
  return multiply(rotateLeft(multiply(block, C2), 17), C1);
}

function finalize(hash: number): number {
  let h = (hash ^ (hash >>> 16)) >>> 0;
  h = multiply(h, C5);
  h = (h ^ (h >>> 13)) >>> 0;
  h = multiply(h, C6);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The ResourceStack 64-bit MurmurHash (seed 0) of some bytes. */
export function murmurHash64(bytes: Uint8Array): bigint {
  const length = bytes.length;
  let h1 = 0;
  let h2 = 0;
  let index = 0;
  for (; index + 8 <= length; index += 8) {
    h1 = (h1 ^ mixLane1(readLittleEndian(bytes, index, 4))) >>> 0;
    h1 = (multiply((rotateLeft(h1, 19) + h2) >>> 0, 5) + C3) >>> 0;
    h2 = (h2 ^ mixLane2(readLittleEndian(bytes, index + 4, 4))) >>> 0;
    h2 = (multiply((rotateLeft(h2, 13) + h1) >>> 0, 5) + C4) >>> 0;
  }
  const tail = length - index;
  if (tail > 0) {
    h1 = (h1 ^ mixLane1(readLittleEndian(bytes, index, Math.min(tail, 4)))) >>> 0;
    if (tail > 4) h2 = (h2 ^ mixLane2(readLittleEndian(bytes, index + 4, tail - 4))) >>> 0;
  }
  h1 = (h1 ^ length) >>> 0;
  h2 = (h2 ^ length) >>> 0;
  h1 = (h1 + h2) >>> 0;
  h2 = (h2 + h1) >>> 0;
  h1 = finalize(h1);
  h2 = finalize(h2);
  h1 = (h1 + h2) >>> 0;
  h2 = (h2 + h1) >>> 0;
  return (BigInt(h2) << 32n) | BigInt(h1);
}

const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';
const MASK_64 = (1n << 64n) - 1n;

/** ARM uniqueString(): 13 lowercase base32 characters. */
export function armUniqueString(parts: readonly string[]): string {
  let hash = murmurHash64(Buffer.from(parts.join('-'), 'utf8'));
  let text = '';
  for (let index = 0; index < 13; index++) {
    text += BASE32_ALPHABET[Number(hash >> 59n)];
    hash = (hash << 5n) & MASK_64;
  }
  return text;
}

/** The name-based UUID namespace ARM's guid() hashes under. */
export const ARM_GUID_NAMESPACE = '11fb06fb-712d-4ddd-98c7-e71bbd588830';

/** ARM guid(): a version 5 (SHA-1, RFC 4122 §4.3) UUID of the arguments joined with '-', in ARM's namespace. */
export function armGuid(parts: readonly string[]): string {
  const namespace = Buffer.from(ARM_GUID_NAMESPACE.replace(/-/g, ''), 'hex');
  const digest = createHash('sha1')
    .update(namespace)
    .update(Buffer.from(parts.join('-'), 'utf8'))
    .digest();
  const bytes = digest.subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x50;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
