import type { Resource } from '../../src/model/resource.js';
import type { UnknownValue, Value } from '../../src/model/value.js';
import { writtenInProviderTerms } from './names.js';

/**
 * Key types and curves of Managed HSM keys, and how the rules compare them
 * (shared/research/rule-semantics.md §2.2, pitfalls 16 and 23).
 */

/** The key types a Managed HSM accepts in their canonical (`-HSM`) spelling, as Azure Policy 1fd3b2cc lists them. */
export const KEY_TYPES = ['RSA-HSM', 'EC-HSM', 'oct-HSM'] as const;

/** The elliptic curves of `curveName`, as the ARM spec and Azure Policy e58fd0c1 list them. */
export const CURVES = ['P-256', 'P-256K', 'P-384', 'P-521'] as const;

export type KeyFamily = 'RSA' | 'EC' | 'oct';

const TYPE_ALIASES: Record<string, string> = {
  rsa: 'RSA-HSM',
  'rsa-hsm': 'RSA-HSM',
  ec: 'EC-HSM',
  'ec-hsm': 'EC-HSM',
  'oct-hsm': 'oct-HSM',
};

const CURVE_ALIASES: Record<string, string> = {
  'p-256': 'P-256',
  'p-256k': 'P-256K',
  // The name some services report for P-256K (the azurerm provider treats the two as equal).
  secp256k1: 'P-256K',
  'p-384': 'P-384',
  'p-521': 'P-521',
};

/**
 * The canonical key type: `RSA` and `RSA-HSM` are both `RSA-HSM`, `EC` and `EC-HSM` both `EC-HSM` (a
 * Managed HSM keeps every key in the HSM), compared case-insensitively. Unrecognised text comes back as
 * written, so a message can show it.
 */
export function normalizeKeyType(kty: string): string {
  return TYPE_ALIASES[kty.trim().toLowerCase()] ?? kty;
}

/** The family of a key type value, or undefined when it is not a recognised type. */
export function keyFamily(kty: unknown): KeyFamily | undefined {
  if (typeof kty !== 'string') return undefined;
  switch (normalizeKeyType(kty)) {
    case 'RSA-HSM':
      return 'RSA';
    case 'EC-HSM':
      return 'EC';
    case 'oct-HSM':
      return 'oct';
    default:
      return undefined;
  }
}

/** The canonical curve name (`p-384` → `P-384`, `SECP256K1` → `P-256K`); unrecognised text as written. */
export function normalizeCurve(name: string): string {
  return CURVE_ALIASES[name.trim().toLowerCase()] ?? name;
}

/** What a rule about one key family learns from `properties.kty`. */
export type FamilyCheck =
  | { kind: 'yes' }
  | { kind: 'no' }
  /** kty is an expression: the rule applies only if the key turns out to be of the family. */
  | { kind: 'unknown'; kty: UnknownValue };

/**
 * Whether a key belongs to a family. A key without `kty` belongs to none (key-type reports the missing
 * type, which the service requires).
 */
export function checkFamily(key: Resource, family: KeyFamily): FamilyCheck {
  const kty = key.get('properties.kty');
  if (kty.kind === 'unknown') return { kind: 'unknown', kty };
  if (kty.kind === 'absent') return { kind: 'no' };
  return keyFamily(kty.value) === family ? { kind: 'yes' } : { kind: 'no' };
}

/** An integer key size from a number or a numeric string; undefined for anything else. */
export function asKeySize(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

/** The operations a key allows, as far as they are known. */
export interface KeyOperations {
  /** The `keyOps` value itself. */
  value: Value;
  /** Known operations as written. */
  known: string[];
  /** Elements (or the whole list) that are expressions. */
  unknown: UnknownValue[];
}

export function keyOperations(key: Resource): KeyOperations {
  const value = key.get('properties.keyOps');
  if (value.kind === 'unknown') return { value, known: [], unknown: [value] };
  const known: string[] = [];
  const unknown: UnknownValue[] = [];
  for (const element of key.items('properties.keyOps')) {
    const op = element.value;
    if (op.kind === 'unknown') unknown.push(op);
    else if (op.kind === 'known' && typeof op.value === 'string') known.push(op.value);
  }
  return { value, known, unknown };
}

export function isImport(op: string): boolean {
  return op.toLowerCase() === 'import';
}

/**
 * How a key's expiry is written where the key is declared: azurerm's `expiration_date` takes an RFC 3339
 * time, ARM, Bicep and AzAPI bodies take `attributes.exp` in seconds since the Unix epoch.
 */
export function expiryWording(key: Resource): { attribute: string; hint: string; writeAs: string } {
  return writtenInProviderTerms(key)
    ? {
        attribute: 'expiration_date',
        hint: 'an RFC 3339 time',
        writeAs: 'an RFC 3339 time (for example 2027-01-01T00:00:00Z)',
      }
    : {
        attribute: 'attributes.exp',
        hint: 'seconds since the Unix epoch',
        writeAs: 'whole seconds since the Unix epoch (for example 1798761600 for 2027-01-01)',
      };
}
