import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  ARM_GUID_NAMESPACE,
  armGuid,
  armUniqueString,
  murmurHash64,
} from '../../../../src/sources/arm/expressions/index.js';

describe('armUniqueString', () => {
  it('matches outputs recorded from real deployments', () => {
    expect(armUniqueString(['aaa'])).toBe('zavj67f3en4hc');
    expect(armUniqueString(['bbb'])).toBe('w5eragfxe33cy');
    expect(armUniqueString(['zzz'])).toBe('cryksdzzzawae');
    expect(armUniqueString(['xxx', 'yyy', 'zzz'])).toBe('lghi7k5js7itq');
  });

  it('is always 13 lowercase base32 characters', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), (parts) => {
        expect(armUniqueString(parts)).toMatch(/^[a-z2-7]{13}$/);
      }),
      { numRuns: 100 },
    );
  });
});

describe('murmurHash64', () => {
  it('hashes every tail length differently and deterministically', () => {
    const hashes = new Set<bigint>();
    for (let length = 0; length <= 17; length++) {
      const bytes = Uint8Array.from({ length }, (_, index) => index + 1);
      const hash = murmurHash64(bytes);
      expect(murmurHash64(bytes)).toBe(hash);
      expect(hash >= 0n && hash < 1n << 64n).toBe(true);
      hashes.add(hash);
    }
    expect(hashes.size).toBe(18);
  });

  it('hashes the empty input to zero, as the seed-0 algorithm does', () => {
    expect(murmurHash64(new Uint8Array())).toBe(0n);
  });
});

describe('armGuid', () => {
  it('is the version 5 UUID of the hyphen-joined arguments in ARM’s namespace', () => {
    // Reference values from Python's uuid.uuid5(UUID('11fb06fb-712d-4ddd-98c7-e71bbd588830'), name).
    expect(ARM_GUID_NAMESPACE).toBe('11fb06fb-712d-4ddd-98c7-e71bbd588830');
    expect(armGuid(['a', 'b'])).toBe('2d796349-8c7e-55ec-9624-54ece82ed031');
    expect(armGuid(['abc'])).toBe('a9b46cc2-65a6-5559-9f14-7091827ab32f');
    expect(armGuid(['ünï'])).toBe('9622809a-7058-54f7-89d4-04c64d79f1c9');
    expect(
      armGuid([
        '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-0123456789/providers/Microsoft.KeyVault/managedHSMs/hsm1',
        'principal',
        'role',
      ]),
    ).toBe('73ea097e-8849-5839-a89d-48651aa9af2b');
  });

  it('always has the version and variant bits of a version 5 UUID', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 3 }), (parts) => {
        expect(armGuid(parts)).toMatch(
          /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        );
      }),
      { numRuns: 100 },
    );
  });
});
