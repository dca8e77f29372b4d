import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { lineStartsOf } from '../../src/model/range.js';

/** Line starts by a look at every character: LF, CRLF and CR each end a line. */
function byCharacter(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\n') starts.push(i + 1);
    else if (text[i] === '\r') {
      if (text[i + 1] === '\n') i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

describe('lineStartsOf', () => {
  it('finds where each line starts, with LF, CRLF or CR line ends', () => {
    expect(lineStartsOf('')).toEqual([0]);
    expect(lineStartsOf('a\nbc\n')).toEqual([0, 2, 5]);
    expect(lineStartsOf('a\r\nbc\rd')).toEqual([0, 3, 6]);
    expect(lineStartsOf('\n\n')).toEqual([0, 1, 2]);
  });

  it('agrees with a look at every character, with and without carriage returns', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', '\n', '\r', ' '), maxLength: 40 });
    fc.assert(
      fc.property(text, (t) => expect(lineStartsOf(t)).toEqual(byCharacter(t))),
      { numRuns: 2000 },
    );
  });
});
