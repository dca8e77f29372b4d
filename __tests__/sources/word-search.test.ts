import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { WordSearch } from '../../src/sources/word-search.js';

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('WordSearch', () => {
  const words = ['managedhsm', 'sentinel', '"resources"', 'relativepath', 'a290e904'];
  const search = new WordSearch(words);
  const both = (text: string) => {
    const inText = search.inText(text);
    expect(search.inBytes(Buffer.from(text, 'utf8'))).toBe(inText);
    return inText;
  };

  it('finds words in any ASCII case, wherever they are', () => {
    expect(both('Microsoft.KeyVault/managedHSMs')).toBe(0b1);
    expect(both('SENTINEL')).toBe(0b10);
    expect(both('{ "Resources": [] }')).toBe(0b100);
    expect(both('"relativePath": "x.json", role a290E904-')).toBe(0b11000);
    expect(both('managedhsm sentinel "resources" relativepath a290e904')).toBe(0b11111);
  });

  it('finds nothing in text without the words, text shorter than a word, or a word cut short', () => {
    expect(both('')).toBe(0);
    expect(both('a')).toBe(0);
    expect(both('managedhs')).toBe(0);
    expect(both('"resources ":')).toBe(0);
    expect(both('sentine')).toBe(0);
  });

  it('does not fold characters other than ASCII letters', () => {
    // '_' and DEL share the folded pair of '\x7f' and '_'; '@' and '`' likewise: only letters fold.
    const odd = new WordSearch(['a_b@c']);
    expect(odd.inText('a_b@c')).toBe(1);
    expect(odd.inText('A_B@C')).toBe(1);
    expect(odd.inText('a\x7fb@c')).toBe(0);
    expect(odd.inText('a_b`c')).toBe(0);
    // Non-ASCII letters never fold to ASCII, as in a regular expression without the u flag.
    expect(both('ſentinel')).toBe(0);
    expect(both('sentİnel')).toBe(0);
  });

  it('reads words between multi-byte characters in bytes as in text', () => {
    expect(both('→managedHSM←')).toBe(0b1);
    expect(both('é'.repeat(10) + 'SentiNel' + '😀')).toBe(0b10);
  });

  it('refuses words it cannot search for', () => {
    expect(() => new WordSearch([])).toThrow(RangeError);
    expect(() => new WordSearch(['x'])).toThrow(RangeError);
    expect(() => new WordSearch(['café'])).toThrow(RangeError);
    expect(() => new WordSearch(Array.from({ length: 32 }, (_, i) => `word${i}`))).toThrow(RangeError);
  });

  it('answers as one case-insensitive regular expression per word, on text and on its UTF-8 bytes', () => {
    // A small alphabet makes words, near misses and overlaps frequent.
    const letter = fc.constantFrom('a', 'b', 'A', 'B', '_', '-', '"', ' ');
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'A', '_', '-', '"'),
      minLength: 2,
      maxLength: 6,
    });
    const textUnit = fc.oneof(
      { weight: 8, arbitrary: letter },
      fc.constantFrom('é', '→', '😀', '\x7f', '`', '1'),
    );
    const entry = fc
      .tuple(word, fc.boolean())
      .map(([w, start]) => ({ word: w, atWordStart: start && /^\w/.test(w) }));
    fc.assert(
      fc.property(
        fc.uniqueArray(entry, { minLength: 1, maxLength: 6, selector: (e) => e.word }),
        fc.string({ unit: textUnit, maxLength: 60 }),
        (entries, text) => {
          const s = new WordSearch(entries);
          const expected = entries.reduce(
            (bits, e, i) =>
              new RegExp((e.atWordStart ? '\\b' : '') + escape(e.word), 'i').test(text)
                ? bits | (1 << i)
                : bits,
            0,
          );
          expect(s.inText(text)).toBe(expected);
          expect(s.inBytes(Buffer.from(text, 'utf8'))).toBe(expected);
          // Stopping at the first word found finds some of them, and only when there are any.
          for (const first of [s.inText(text, true), s.inBytes(Buffer.from(text, 'utf8'), true)]) {
            expect(first === 0).toBe(expected === 0);
            expect(first & ~expected).toBe(0);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('finds a word asked for at a word start only there, as \\b does', () => {
    const search = new WordSearch([{ word: 'source', atWordStart: true }, 'managedhsm']);
    expect(search.inText('resource "x" {}')).toBe(0);
    expect(search.inText('  source = "./m"')).toBe(0b1);
    expect(search.inText('{source="./m"}')).toBe(0b1);
    expect(search.inText('Source')).toBe(0b1);
    expect(search.inBytes(Buffer.from('é_source é-source'))).toBe(0b1);
    expect(search.inBytes(Buffer.from('é_source 9source'))).toBe(0);
    expect(() => new WordSearch([{ word: '-x', atWordStart: true }])).toThrow(RangeError);
  });
});
