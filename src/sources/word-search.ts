/**
 * Finds which of a fixed set of ASCII words occur in a text, ignoring ASCII case, in one pass over its
 * bytes (or characters). It answers the same as one `/word/i` test per word, without decoding the bytes
 * and without one regular-expression pass per word: most files of a sweep are decided by a handful of
 * such tests, and their bytes are all a decision needs.
 *
 * Bytes and text agree: UTF-8 encodes every non-ASCII character (and an invalid sequence decodes to
 * U+FFFD) without ASCII bytes, and a JavaScript `/i` pattern without the `u` flag never folds a
 * non-ASCII character to an ASCII one.
 *
 * A word may be asked for at a word start only, as `/\bword/i` finds it (after no ASCII letter, digit or
 * underscore).
 *
 * The search is Wu–Manber's: a window as long as the shortest word moves along the text by the distance
 * its last two characters allow, and only where they end some word's first part are words compared.
 */
export class WordSearch {
  private readonly words: Uint8Array[];
  /** A bit for each word found at a word start only. */
  private readonly atWordStart: number;
  /** The shortest word's length: the window. */
  private readonly window: number;
  /** For each pair of folded characters, how far the window may move when they end it. */
  private readonly shifts = new Uint8Array(PAIRS);
  /** For each pair that ends some word's first `window` characters, those words: `candidates[from..to]`. */
  private readonly candidateStarts = new Int32Array(PAIRS + 1);
  private readonly candidates: Int32Array;

  constructor(entries: ReadonlyArray<string | { word: string; atWordStart: boolean }>) {
    if (entries.length === 0 || entries.length > 31) throw new RangeError('WordSearch takes 1 to 31 words.');
    const words = entries.map((entry) => (typeof entry === 'string' ? entry : entry.word));
    this.atWordStart = entries.reduce(
      (bits, entry, i) => (typeof entry !== 'string' && entry.atWordStart ? bits | (1 << i) : bits),
      0,
    );
    for (const word of words) {
      if (word.length < 2 || !/^[\x20-\x7e]+$/.test(word))
        throw new RangeError(`WordSearch words are printable ASCII, two characters or more: '${word}'.`);
    }
    for (const [i, word] of words.entries()) {
      if (this.atWordStart & (1 << i) && !/^\w/.test(word))
        throw new RangeError(`A word asked for at a word start begins with a word character: '${word}'.`);
    }
    this.words = words.map((word) => Uint8Array.from(word.toLowerCase(), (c) => c.charCodeAt(0)));
    this.window = Math.min(...this.words.map((w) => w.length));
    this.shifts.fill(this.window - 1);
    // Built at start-up: a few pairs end a word's window, so they are listed rather than tabled.
    const ending = new Map<number, number[]>();
    this.words.forEach((word, index) => {
      for (let end = 1; end < this.window; end++) {
        const pair = pairOf(word[end - 1], word[end]);
        const shift = this.window - 1 - end;
        if (shift < this.shifts[pair]) this.shifts[pair] = shift;
        if (shift === 0) ending.set(pair, [...(ending.get(pair) ?? []), index]);
      }
    });
    // Filled a range at a time: a loop over the 65,536 pairs costs a short run milliseconds before it is
    // optimised.
    const flat: number[] = [];
    let pair = 0;
    for (const [ends, indexes] of [...ending].sort((a, b) => a[0] - b[0])) {
      this.candidateStarts.fill(flat.length, pair, ends + 1);
      pair = ends + 1;
      flat.push(...indexes);
    }
    this.candidateStarts.fill(flat.length, pair, PAIRS + 1);
    this.candidates = Int32Array.from(flat);
  }

  /**
   * The words in `bytes` (UTF-8 or any ASCII-compatible encoding), as a bit set: bit i for word i. With
   * `firstOnly`, the search stops at the first word found, for a caller that asks whether there is any.
   */
  inBytes(bytes: Uint8Array, firstOnly = false): number {
    const { shifts, candidateStarts, candidates, words } = this;
    const length = bytes.length;
    const all = (1 << words.length) - 1;
    let found = 0;
    for (let end = this.window - 1; end < length;) {
      const pair = pairOf(bytes[end - 1], bytes[end]);
      const shift = shifts[pair];
      if (shift !== 0) {
        end += shift;
        continue;
      }
      const start = end - this.window + 1;
      for (let k = candidateStarts[pair]; k < candidateStarts[pair + 1]; k++) {
        const index = candidates[k];
        const bit = 1 << index;
        if ((found & bit) !== 0 || !bytesHoldWordAt(bytes, start, words[index])) continue;
        if ((this.atWordStart & bit) === 0 || start === 0 || !isWordCharacter(bytes[start - 1])) found |= bit;
      }
      if (found === all || (firstOnly && found !== 0)) return found;
      end++;
    }
    return found;
  }

  /**
   * The words in `text`, as a bit set: bit i for word i. The loop of `inBytes` over characters: one loop
   * for both would read each character through a call, on the path most of a sweep's bytes take.
   */
  inText(text: string, firstOnly = false): number {
    const { shifts, candidateStarts, candidates, words } = this;
    const length = text.length;
    const all = (1 << words.length) - 1;
    let found = 0;
    for (let end = this.window - 1; end < length;) {
      const pair = pairOf(text.charCodeAt(end - 1), text.charCodeAt(end));
      const shift = shifts[pair];
      if (shift !== 0) {
        end += shift;
        continue;
      }
      const start = end - this.window + 1;
      for (let k = candidateStarts[pair]; k < candidateStarts[pair + 1]; k++) {
        const index = candidates[k];
        const bit = 1 << index;
        if ((found & bit) !== 0 || !textHoldsWordAt(text, start, words[index])) continue;
        if ((this.atWordStart & bit) === 0 || start === 0 || !isWordCharacter(text.charCodeAt(start - 1)))
          found |= bit;
      }
      if (found === all || (firstOnly && found !== 0)) return found;
      end++;
    }
    return found;
  }
}

/** Pairs are indexed by their two characters folded to lower case and cut to 8 bits each. */
const PAIRS = 1 << 16;

function pairOf(first: number, second: number): number {
  // `| 32` lowers ASCII letters; it also merges a few other characters, which only costs a comparison.
  return (((first | 32) & 0xff) << 8) | ((second | 32) & 0xff);
}

/** A letter, digit or underscore: what `\b` tells from other characters (without the u flag). */
function isWordCharacter(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  );
}

/** Whether `word` (lower case) is at `start`, ignoring the case of ASCII letters. */
function bytesHoldWordAt(bytes: Uint8Array, start: number, word: Uint8Array): boolean {
  if (start + word.length > bytes.length) return false;
  for (let i = 0; i < word.length; i++) {
    const wanted = word[i];
    const seen = bytes[start + i];
    if (seen !== wanted && !(wanted >= 97 && wanted <= 122 && seen === wanted - 32)) return false;
  }
  return true;
}

function textHoldsWordAt(text: string, start: number, word: Uint8Array): boolean {
  if (start + word.length > text.length) return false;
  for (let i = 0; i < word.length; i++) {
    const wanted = word[i];
    const seen = text.charCodeAt(start + i);
    if (seen !== wanted && !(wanted >= 97 && wanted <= 122 && seen === wanted - 32)) return false;
  }
  return true;
}
