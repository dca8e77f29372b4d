import type { Value } from '../../src/model/value.js';
import { displayValue } from '../../src/model/value.js';

/** True for `true` and the string "true" (ARM accepts both for booleans). */
export function isTrue(value: unknown): boolean {
  return value === true || (typeof value === 'string' && value.toLowerCase() === 'true');
}

export function isFalse(value: unknown): boolean {
  return value === false || (typeof value === 'string' && value.toLowerCase() === 'false');
}

/** Message data for a value: what it is, and why when the platform chose it. */
export function describeValue(v: Value): { value: string; why: string } {
  return { value: displayValue(v), why: v.kind === 'default' ? v.why : '' };
}
