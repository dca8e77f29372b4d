import { visit, printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';
import type { PropertyEntry, PropertyNode } from '../../model/node.js';
import { LineIndex, type SourceRange } from '../../model/range.js';

export interface JsonComment {
  /** The comment text without `//`, `/*` or `*\/`. */
  text: string;
  range: SourceRange;
}

export interface JsonError {
  message: string;
  range: SourceRange;
}

export interface JsonDocument {
  root?: PropertyNode;
  comments: JsonComment[];
  errors: JsonError[];
  lines: LineIndex;
}

export interface JsonLimits {
  /** Deepest nesting of objects and arrays accepted before parsing stops with an error. */
  maxDepth: number;
}

export const DEFAULT_JSON_LIMITS: JsonLimits = { maxDepth: 256 };

/**
 * Parses JSON with comments and trailing commas (as ARM accepts) into a property tree in which every
 * node keeps its range. Never throws: syntax errors are returned with their position.
 */
export function parseJsonc(
  file: string,
  text: string,
  limits: JsonLimits = DEFAULT_JSON_LIMITS,
): JsonDocument {
  const fast = parseJsoncFast(file, text, limits);
  return fast ?? parseJsoncWithVisitor(file, text, limits);
}

/**
 * The fast path of {@link parseJsonc}: a single pass over well-formed input. Returns undefined, and
 * the caller takes the slow path, on anything it does not accept exactly as {@link
 * parseJsoncWithVisitor} would (any syntax error, whitespace other than space, tab, CR and LF,
 * nesting beyond the limit), so both produce the same document. Exported for tests.
 */
export function parseJsoncFast(
  file: string,
  text: string,
  limits: JsonLimits = DEFAULT_JSON_LIMITS,
): JsonDocument | undefined {
  const parser = new FastParser(file, text, limits.maxDepth);
  let root: PropertyNode;
  try {
    root = parser.parseDocument();
  } catch {
    // A syntax error (or anything unexpected, such as a stack overflow): the slow path decides.
    return undefined;
  }
  return { root, comments: parser.comments, errors: [], lines: new LineIndex(text) };
}

/**
 * The reference implementation of {@link parseJsonc}, built on jsonc-parser's visitor: it recovers
 * from syntax errors and reports them. Well-formed input takes the faster {@link parseJsoncFast}.
 */
export function parseJsoncWithVisitor(
  file: string,
  text: string,
  limits: JsonLimits = DEFAULT_JSON_LIMITS,
): JsonDocument {
  const lines = new LineIndex(text);
  const comments: JsonComment[] = [];
  const errors: JsonError[] = [];
  const rangeOf = (offset: number, length: number) => lines.range(file, offset, length);

  const tooDeep = findExcessiveNesting(text, limits.maxDepth);
  if (tooDeep !== undefined) {
    errors.push({
      message: `Nesting deeper than ${limits.maxDepth} levels; the file is not parsed.`,
      range: rangeOf(tooDeep, 1),
    });
    return { comments, errors, lines };
  }

  type Frame =
    | {
        kind: 'object';
        offset: number;
        entries: PropertyEntry[];
        pendingKey?: { name: string; range: SourceRange };
      }
    | { kind: 'array'; offset: number; items: PropertyNode[] };
  const stack: Frame[] = [];
  let root: PropertyNode | undefined;

  const attach = (node: PropertyNode) => {
    const top = stack[stack.length - 1];
    if (!top) {
      root ??= node;
      return;
    }
    if (top.kind === 'array') top.items.push(node);
    else if (top.pendingKey) {
      top.entries.push({ name: top.pendingKey.name, keyRange: top.pendingKey.range, node });
      top.pendingKey = undefined;
    }
  };

  visit(
    text,
    {
      onObjectBegin: (offset) => {
        stack.push({ kind: 'object', offset, entries: [] });
      },
      onObjectProperty: (name, offset, length) => {
        const top = stack[stack.length - 1];
        if (top?.kind === 'object') top.pendingKey = { name, range: rangeOf(offset, length) };
      },
      onObjectEnd: (offset, length) => {
        const frame = stack.pop();
        if (frame?.kind !== 'object') return;
        const map = new Map<string, PropertyEntry>();
        for (const entry of frame.entries) map.set(entry.name.toLowerCase(), entry);
        attach({
          kind: 'object',
          entries: map,
          range: rangeOf(frame.offset, offset + length - frame.offset),
        });
      },
      onArrayBegin: (offset) => {
        stack.push({ kind: 'array', offset, items: [] });
      },
      onArrayEnd: (offset, length) => {
        const frame = stack.pop();
        if (frame?.kind !== 'array') return;
        attach({
          kind: 'array',
          items: frame.items,
          range: rangeOf(frame.offset, offset + length - frame.offset),
        });
      },
      onLiteralValue: (value: unknown, offset, length) => {
        const scalar = value as string | number | boolean | null;
        attach({ kind: 'scalar', value: scalar, range: rangeOf(offset, length) });
      },
      onComment: (offset, length) => {
        const raw = text.slice(offset, offset + length);
        const body = raw.startsWith('//') ? raw.slice(2) : raw.slice(2, raw.endsWith('*/') ? -2 : undefined);
        comments.push({ text: body, range: rangeOf(offset, length) });
      },
      onError: (code: ParseErrorCode, offset, length) => {
        errors.push({ message: describeError(code), range: rangeOf(offset, Math.max(length, 1)) });
      },
    },
    { allowTrailingComma: true, disallowComments: false, allowEmptyContent: false },
  );

  // An unterminated document leaves frames open: close them so that what was read is still usable.
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const range = rangeOf(frame.offset, text.length - frame.offset);
    if (frame.kind === 'object') {
      const map = new Map<string, PropertyEntry>();
      for (const entry of frame.entries) map.set(entry.name.toLowerCase(), entry);
      attach({ kind: 'object', entries: map, range });
    } else attach({ kind: 'array', items: frame.items, range });
  }
  return { root, comments, errors, lines };
}

const MESSAGES: Partial<Record<string, string>> = {
  InvalidSymbol: 'Invalid symbol',
  InvalidNumberFormat: 'Invalid number format',
  PropertyNameExpected: 'Property name expected',
  ValueExpected: 'Value expected',
  ColonExpected: 'Colon expected',
  CommaExpected: 'Comma expected',
  CloseBraceExpected: 'Closing brace expected',
  CloseBracketExpected: 'Closing bracket expected',
  EndOfFileExpected: 'End of file expected',
  InvalidCommentToken: 'Invalid comment token',
  UnexpectedEndOfComment: 'Unterminated comment',
  UnexpectedEndOfString: 'Unterminated string',
  UnexpectedEndOfNumber: 'Unexpected end of number',
  InvalidUnicode: 'Invalid unicode escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character',
};

function describeError(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return `JSON syntax error: ${MESSAGES[name] ?? name}.`;
}

/**
 * Returns the offset where nesting first exceeds `maxDepth`, or undefined. The parser recurses per
 * level, so a pathological document must be stopped before it reaches the parser.
 */
export function findExcessiveNesting(text: string, maxDepth: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash escapes the next character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > maxDepth) return i;
    } else if (c === 125 || c === 93) depth--;
    else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 1;
    }
  }
  return undefined;
}

/** Thrown by {@link FastParser} when the input needs the slow path. */
class Bail extends Error {}
const BAIL = new Bail('not accepted by the fast path');

/**
 * Nesting beyond this depth takes the slow path even when the limit allows it, so that the recursive
 * descent below never risks the stack (the slow path behaves as it always did).
 */
const FAST_MAX_DEPTH = 512;

/**
 * A recursive-descent parser for well-formed JSONC that tracks lines incrementally. It accepts exactly
 * the documents on which jsonc-parser reports no error (with comments and trailing commas allowed),
 * restricted further so that {@link findExcessiveNesting} is known to agree with the depth it counts,
 * and throws {@link BAIL} on anything else.
 */
class FastParser {
  readonly comments: JsonComment[] = [];
  private pos = 0;
  /** The 1-based line at `pos`, and the offset at which it starts (as LineIndex counts them). */
  private line = 1;
  private lineStart = 0;
  private depth = 0;
  private readonly len: number;
  private readonly maxDepth: number;

  constructor(
    private readonly file: string,
    private readonly text: string,
    maxDepth: number,
  ) {
    this.len = text.length;
    this.maxDepth = maxDepth;
  }

  parseDocument(): PropertyNode {
    const c = this.skipTrivia();
    if (c < 0) throw BAIL; // empty content is an error
    const root = this.parseValue(c);
    if (this.skipTrivia() >= 0) throw BAIL; // content after the root value
    return root;
  }

  /** A range within the current line. */
  private range(start: number, end: number): SourceRange {
    const line = this.line;
    const lineStart = this.lineStart;
    return {
      file: this.file,
      start: { line, column: start - lineStart + 1 },
      end: { line, column: end - lineStart + 1 },
    };
  }

  /** Skips whitespace, line breaks and comments; returns the next character code, or -1 at the end. */
  private skipTrivia(): number {
    const text = this.text;
    const len = this.len;
    let pos = this.pos;
    for (;;) {
      if (pos >= len) {
        this.pos = pos;
        return -1;
      }
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9) pos++;
      else if (c === 10) {
        pos++;
        this.line++;
        this.lineStart = pos;
      } else if (c === 13) {
        pos++;
        if (text.charCodeAt(pos) === 10) pos++;
        this.line++;
        this.lineStart = pos;
      } else if (c === 47) {
        this.pos = pos;
        this.comment();
        pos = this.pos;
      } else {
        this.pos = pos;
        return c;
      }
    }
  }

  private comment(): void {
    const text = this.text;
    const start = this.pos;
    const next = text.charCodeAt(start + 1);
    if (next === 47) {
      let p = start + 2;
      const len = this.len;
      while (p < len) {
        const c = text.charCodeAt(p);
        if (c === 10 || c === 13) break;
        p++;
      }
      // findExcessiveNesting reads a line comment up to LF: one ended by a lone CR takes the slow path.
      if (text.charCodeAt(p) === 13 && text.charCodeAt(p + 1) !== 10) throw BAIL;
      this.comments.push({ text: text.slice(start + 2, p), range: this.range(start, p) });
      this.pos = p;
      return;
    }
    if (next !== 42) throw BAIL; // a lone slash
    const close = text.indexOf('*/', start + 2);
    if (close < 0) throw BAIL; // unterminated comment
    const startPos = { line: this.line, column: start - this.lineStart + 1 };
    for (let p = start + 2; p < close; p++) {
      const c = text.charCodeAt(p);
      if (c === 10) {
        this.line++;
        this.lineStart = p + 1;
      } else if (c === 13) {
        if (text.charCodeAt(p + 1) === 10) p++;
        this.line++;
        this.lineStart = p + 1;
      }
    }
    const end = close + 2;
    this.comments.push({
      text: text.slice(start + 2, close),
      range: { file: this.file, start: startPos, end: { line: this.line, column: end - this.lineStart + 1 } },
    });
    this.pos = end;
  }

  /** Parses the value starting with character `c` at `pos`. */
  private parseValue(c: number): PropertyNode {
    const start = this.pos;
    switch (c) {
      case 123: // {
        return this.parseObject();
      case 91: // [
        return this.parseArray();
      case 34: {
        // "
        const value = this.scanString();
        return { kind: 'scalar', value, range: this.range(start, this.pos) };
      }
      case 116: // t
        return this.keyword('true', true);
      case 102: // f
        return this.keyword('false', false);
      case 110: // n
        return this.keyword('null', null);
      default:
        if (c === 45 || (c >= 48 && c <= 57)) return this.parseNumber();
        throw BAIL;
    }
  }

  /**
   * A keyword must be followed by a delimiter; the caller checks that what follows is one (a
   * following letter, as in `trueish`, is not accepted after a value).
   */
  private keyword(word: string, value: boolean | null): PropertyNode {
    const start = this.pos;
    if (!this.text.startsWith(word, start)) throw BAIL;
    this.pos = start + word.length;
    return { kind: 'scalar', value, range: this.range(start, this.pos) };
  }

  /** JSON's number grammar, as jsonc-parser's scanner reads it. */
  private parseNumber(): PropertyNode {
    const text = this.text;
    const start = this.pos;
    let p = start;
    let c = text.charCodeAt(p);
    if (c === 45) c = text.charCodeAt(++p);
    if (c === 48) c = text.charCodeAt(++p);
    else if (c >= 49 && c <= 57) {
      do c = text.charCodeAt(++p);
      while (c >= 48 && c <= 57);
    } else throw BAIL;
    if (c === 46) {
      c = text.charCodeAt(++p);
      if (!(c >= 48 && c <= 57)) throw BAIL;
      do c = text.charCodeAt(++p);
      while (c >= 48 && c <= 57);
    }
    if (c === 101 || c === 69) {
      c = text.charCodeAt(++p);
      if (c === 43 || c === 45) c = text.charCodeAt(++p);
      if (!(c >= 48 && c <= 57)) throw BAIL;
      do c = text.charCodeAt(++p);
      while (c >= 48 && c <= 57);
    }
    this.pos = p;
    return { kind: 'scalar', value: numberValue(text, start, p), range: this.range(start, p) };
  }

  /** Reads the string whose opening quote is at `pos`; leaves `pos` after the closing quote. */
  private scanString(): string {
    const text = this.text;
    const start = this.pos + 1;
    let p = start;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 34) {
        this.pos = p + 1;
        return text.slice(start, p);
      }
      if (c === 92) return this.scanEscapedString(start, p);
      // A control character (line breaks included) is an error; NaN means the string is unterminated.
      if (!(c >= 32)) throw BAIL;
      p++;
    }
  }

  private scanEscapedString(start: number, backslash: number): string {
    const text = this.text;
    let out = text.slice(start, backslash);
    let p = backslash;
    let segment = p;
    for (;;) {
      const c = text.charCodeAt(p);
      if (c === 34) {
        this.pos = p + 1;
        return out + text.slice(segment, p);
      }
      if (c === 92) {
        out += text.slice(segment, p);
        switch (text.charCodeAt(p + 1)) {
          case 34:
            out += '"';
            break;
          case 92:
            out += '\\';
            break;
          case 47:
            out += '/';
            break;
          case 98:
            out += '\b';
            break;
          case 102:
            out += '\f';
            break;
          case 110:
            out += '\n';
            break;
          case 114:
            out += '\r';
            break;
          case 116:
            out += '\t';
            break;
          case 117: {
            let code = 0;
            for (let k = p + 2; k < p + 6; k++) {
              const h = text.charCodeAt(k);
              if (h >= 48 && h <= 57) code = code * 16 + h - 48;
              else if (h >= 65 && h <= 70) code = code * 16 + h - 55;
              else if (h >= 97 && h <= 102) code = code * 16 + h - 87;
              else throw BAIL;
            }
            // Each escape is one UTF-16 code unit, so a surrogate pair is two escapes, as in JSON.
            out += String.fromCharCode(code);
            p += 4;
            break;
          }
          default:
            throw BAIL;
        }
        p += 2;
        segment = p;
        continue;
      }
      if (!(c >= 32)) throw BAIL;
      p++;
    }
  }

  private enter(): void {
    if (++this.depth > this.maxDepth || this.depth > FAST_MAX_DEPTH) throw BAIL;
  }

  private parseObject(): PropertyNode {
    this.enter();
    const start = this.pos;
    const startPos = { line: this.line, column: start - this.lineStart + 1 };
    this.pos++;
    const entries = new Map<string, PropertyEntry>();
    let c = this.skipTrivia();
    if (c !== 125) {
      for (;;) {
        if (c !== 34) throw BAIL; // property name expected
        const keyStart = this.pos;
        const name = this.scanString();
        const keyRange = this.range(keyStart, this.pos);
        if (this.skipTrivia() !== 58) throw BAIL; // colon expected
        this.pos++;
        const node = this.parseValue(this.skipTrivia());
        entries.set(hasNoUpperCase(name) ? name : name.toLowerCase(), { name, keyRange, node });
        c = this.skipTrivia();
        if (c === 44) {
          this.pos++;
          c = this.skipTrivia();
          if (c === 125) break; // trailing comma
        } else if (c === 125) break;
        else throw BAIL; // comma expected
      }
    }
    this.pos++;
    this.depth--;
    return {
      kind: 'object',
      entries,
      range: {
        file: this.file,
        start: startPos,
        end: { line: this.line, column: this.pos - this.lineStart + 1 },
      },
    };
  }

  private parseArray(): PropertyNode {
    this.enter();
    const start = this.pos;
    const startPos = { line: this.line, column: start - this.lineStart + 1 };
    this.pos++;
    const items: PropertyNode[] = [];
    let c = this.skipTrivia();
    if (c !== 93) {
      for (;;) {
        items.push(this.parseValue(c));
        c = this.skipTrivia();
        if (c === 44) {
          this.pos++;
          c = this.skipTrivia();
          if (c === 93) break; // trailing comma
        } else if (c === 93) break;
        else throw BAIL; // comma expected
      }
    }
    this.pos++;
    this.depth--;
    return {
      kind: 'array',
      items,
      range: {
        file: this.file,
        start: startPos,
        end: { line: this.line, column: this.pos - this.lineStart + 1 },
      },
    };
  }
}

/** Whether `toLowerCase` would leave the string as it is (checked only for ASCII). */
function hasNoUpperCase(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

/**
 * The value of the well-formed JSON number `text[start, end)`, as `Number` reads it. Short integers
 * are accumulated exactly (below 2^53) without taking a slice.
 */
function numberValue(text: string, start: number, end: number): number {
  const negative = text.charCodeAt(start) === 45;
  const first = negative ? start + 1 : start;
  if (end - first <= 15) {
    let value = 0;
    let i = first;
    for (; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) break;
      value = value * 10 + (c - 48);
    }
    if (i === end) return negative ? -value : value;
  }
  return Number(text.slice(start, end));
}
