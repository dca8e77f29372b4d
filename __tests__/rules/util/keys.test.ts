import { describe, expect, it } from '@jest/globals';
import { asKeySize, keyFamily, normalizeCurve, normalizeKeyType } from '../../../rules/util/keys.js';

describe('normalizeKeyType', () => {
  it.each([
    ['RSA', 'RSA-HSM'],
    ['rsa', 'RSA-HSM'],
    ['RSA-HSM', 'RSA-HSM'],
    ['Rsa-Hsm', 'RSA-HSM'],
    ['EC', 'EC-HSM'],
    ['ec-hsm', 'EC-HSM'],
    ['oct-HSM', 'oct-HSM'],
    ['OCT-HSM', 'oct-HSM'],
    ['oct', 'oct'],
    ['DSA', 'DSA'],
  ])('%s → %s', (written, canonical) => {
    expect(normalizeKeyType(written)).toBe(canonical);
  });

  it('gives the family', () => {
    expect(keyFamily('RSA')).toBe('RSA');
    expect(keyFamily('ec-HSM')).toBe('EC');
    expect(keyFamily('oct-hsm')).toBe('oct');
    expect(keyFamily('oct')).toBeUndefined();
    expect(keyFamily(3)).toBeUndefined();
  });
});

describe('normalizeCurve', () => {
  it.each([
    ['P-256', 'P-256'],
    ['p-384', 'P-384'],
    ['SECP256K1', 'P-256K'],
    ['secp256k1', 'P-256K'],
    ['P-256K', 'P-256K'],
    ['P-521', 'P-521'],
    ['P-192', 'P-192'],
  ])('%s → %s', (written, canonical) => {
    expect(normalizeCurve(written)).toBe(canonical);
  });
});

describe('asKeySize', () => {
  it('reads integers and digit strings only', () => {
    expect(asKeySize(2048)).toBe(2048);
    expect(asKeySize('3072')).toBe(3072);
    expect(asKeySize(2048.5)).toBeUndefined();
    expect(asKeySize('big')).toBeUndefined();
    expect(asKeySize(null)).toBeUndefined();
  });
});
