import { describe, expect, it } from '@jest/globals';
import { createHash } from '../../src/model/hash.js';

describe('createHash', () => {
  it('hashes as node:crypto does, loading it on first use', () => {
    expect(createHash('sha256').update('abc', 'utf8').digest('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(createHash('sha1').update('abc').digest('hex')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
});
