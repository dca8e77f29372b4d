import type {
  Comment,
  Diagnostic,
  DiagnosticCode,
  DisableNextLineDirective,
  Position,
  Range,
} from './ast.js';
import { lineStartsOf } from '../../model/range.js';

/**
 * The Bicep lexer: tokens as Bicep defines them (new lines are tokens, spaces and tabs are not; `true`,
 * `false` and `null` are the only reserved words, every other keyword is an identifier in context). A
 * string with interpolation is split into pieces around its holes: `'a${` (stringLeft), `}b${`
 * (stringMiddle), `}c'` (stringRight); a string without holes is one `string` token. Comments and
 * `#disable-next-line` directives are trivia, kept with their places.
 */

export type TokenKind =
  | 'identifier'
  | 'integer'
  | 'true'
  | 'false'
  | 'null'
  | 'string'
  | 'stringLeft'
  | 'stringMiddle'
  | 'stringRight'
  | 'multilineString'
  | '@'
  | '{'
  | '}'
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | '.'
  | '...'
  | '?'
  | '??'
  | ':'
  | '::'
  | ';'
  | '+'
  | '-'
  | '*'
  | '/'
  | '%'
  | '^'
  | '!'
  | '!='
  | '!~'
  | '<'
  | '<='
  | '>'
  | '>='
  | '='
  | '=='
  | '=~'
  | '=>'
  | '&&'
  | '||'
  | '|'
  | 'newline'
  | 'unrecognized'
  | 'eof';

export interface Token {
  kind: TokenKind;
  /** Offset of the first code unit. */
  start: number;
  /** Offset after the last code unit. */
  end: number;
  /** An identifier's name, an integer's digits, a string piece's decoded text; otherwise ''. */
  value: string;
  /** A string piece that the line or the file ended before closing (already reported). */
  unterminated: boolean;
}

export interface LexResult {
  tokens: Token[];
  comments: Comment[];
  directives: DisableNextLineDirective[];
  diagnostics: Diagnostic[];
  positions: PositionMap;
}

/** Every token kind; a token's kind is stored as its index in this list. */
export const TOKEN_KINDS = [
  'identifier',
  'integer',
  'true',
  'false',
  'null',
  'string',
  'stringLeft',
  'stringMiddle',
  'stringRight',
  'multilineString',
  '@',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  ',',
  '.',
  '...',
  '?',
  '??',
  ':',
  '::',
  ';',
  '+',
  '-',
  '*',
  '/',
  '%',
  '^',
  '!',
  '!=',
  '!~',
  '<',
  '<=',
  '>',
  '>=',
  '=',
  '==',
  '=~',
  '=>',
  '&&',
  '||',
  '|',
  'newline',
  'unrecognized',
  'eof',
] as const satisfies readonly TokenKind[];

// Compiles only if TOKEN_KINDS lists every kind.
const _everyKindListed: Exclude<TokenKind, (typeof TOKEN_KINDS)[number]> extends never ? true : never = true;

/**
 * Each kind's code (its index in TOKEN_KINDS). The lexer names codes with constant keys (`KIND['{']`),
 * which compile to plain loads; a lookup by a variable kind would cost a hash lookup per token.
 */
const KIND = Object.fromEntries(TOKEN_KINDS.map((kind, code) => [kind, code])) as Record<TokenKind, number>;

/**
 * The tokens of a text column by column, in typed arrays: a large file has millions of tokens, and one
 * object per token (or a push onto a growing JavaScript array per token) costs more than the lexing.
 */
export class TokenColumns {
  /** How many tokens there are; the last one is `eof`. */
  count = 0;
  /** Each token's kind, as its index in TOKEN_KINDS. */
  kindCodes: Uint8Array;
  /** Each token's first offset. */
  starts: Int32Array;
  /** Each token's offset after its last code unit. */
  ends: Int32Array;
  /**
   * The string pieces (one token in ten, say) in order: their indexes and their decoded texts. Other
   * tokens' values are their text (see `valueIsText`), cut from it only when asked for, or ''.
   */
  private pieceIndexes = new Int32Array(1024);
  private readonly pieceValues: string[] = [];
  /** Where in the pieces the last look-up found one: the parser asks for them in order. */
  private pieceCursor = 0;
  /** The indexes of the string pieces that the line or the file ended before closing. */
  readonly unterminated = new Set<number>();

  constructor(
    private readonly text: string,
    capacity: number,
  ) {
    this.kindCodes = new Uint8Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  kind(index: number): TokenKind {
    return TOKEN_KINDS[this.kindCodes[index]];
  }

  /** As `Token.value`. */
  value(index: number): string {
    const kind = this.kind(index);
    if (valueIsText(kind)) return this.textOf(index);
    return isStringPiece(kind) ? this.pieceValues[this.pieceOf(index)] : '';
  }

  /** The place in the pieces of the string piece at token `index`. */
  private pieceOf(index: number): number {
    const pieces = this.pieceIndexes;
    let piece = this.pieceCursor;
    if (pieces[piece] !== index) {
      if (piece + 1 < this.pieceValues.length && pieces[piece + 1] === index) {
        piece++;
      } else {
        let lo = 0;
        let hi = this.pieceValues.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (pieces[mid] < index) lo = mid + 1;
          else hi = mid;
        }
        piece = lo;
      }
      this.pieceCursor = piece;
    }
    return piece;
  }

  /** The text of the token at `index`: its value if it is an identifier, an integer or a reserved word. */
  textOf(index: number): string {
    return this.text.slice(this.starts[index], this.ends[index]);
  }

  /** Whether the token at `index` is the identifier `name`; cuts no string from the text. */
  isIdentifier(index: number, name: string): boolean {
    const start = this.starts[index];
    return (
      this.kindCodes[index] === KIND.identifier &&
      this.ends[index] - start === name.length &&
      this.text.startsWith(name, start)
    );
  }

  /**
   * Adds a token of the kind whose code (index in TOKEN_KINDS) is `kindCode`; `value` is a string piece's
   * decoded text, null for any other token.
   */
  push(kindCode: number, start: number, end: number, value: string | null): void {
    if (this.count === this.starts.length) this.grow();
    const index = this.count++;
    this.kindCodes[index] = kindCode;
    this.starts[index] = start;
    this.ends[index] = end;
    if (value !== null) {
      const piece = this.pieceValues.length;
      if (piece === this.pieceIndexes.length) {
        const pieceIndexes = new Int32Array(piece * 2);
        pieceIndexes.set(this.pieceIndexes);
        this.pieceIndexes = pieceIndexes;
      }
      this.pieceIndexes[piece] = index;
      this.pieceValues.push(value);
    }
  }

  private grow(): void {
    const capacity = this.starts.length * 2;
    const kindCodes = new Uint8Array(capacity);
    kindCodes.set(this.kindCodes);
    this.kindCodes = kindCodes;
    const starts = new Int32Array(capacity);
    starts.set(this.starts);
    this.starts = starts;
    const ends = new Int32Array(capacity);
    ends.set(this.ends);
    this.ends = ends;
  }
}

export interface ScanResult {
  tokens: TokenColumns;
  comments: Comment[];
  directives: DisableNextLineDirective[];
  diagnostics: Diagnostic[];
  positions: PositionMap;
}

export const MAX_IDENTIFIER_LENGTH = 255;

/** Maps offsets to 1-based line and column positions; fast for offsets asked in (roughly) increasing order. */
export class PositionMap {
  readonly lineStarts: number[];
  private hint = 0;

  constructor(text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  position(offset: number): Position {
    const line = this.lineIndexOf(offset);
    return { line: line + 1, column: offset - this.lineStarts[line] + 1 };
  }

  /**
   * The 0-based line of `offset`. A parser asks mostly on the line it reads or a little past it (where the
   * hint follows), and now and then back at the start of a node that spans lines, which leaves the hint
   * where reading is. Both ways it gallops from the hint, since the answer is usually a few lines away.
   */
  private lineIndexOf(offset: number): number {
    const starts = this.lineStarts;
    const last = starts.length - 1;
    const hint = this.hint;
    if (offset < starts[hint]) {
      // the line is in [lo, hi]; widen the step back until a line starts at or before the offset
      let hi = hint - 1;
      let step = 1;
      let lo = hi - step;
      while (lo > 0 && starts[lo] > offset) {
        hi = lo - 1;
        step *= 2;
        lo = hi - step;
      }
      return lastLineStartingBy(starts, offset, Math.max(lo, 0), hi);
    }
    if (hint === last || offset < starts[hint + 1]) return hint;
    // forward: the line is in [lo, hi]
    let lo = hint + 1;
    let step = 1;
    let hi = lo + step;
    while (hi < last && starts[hi] <= offset) {
      lo = hi;
      step *= 2;
      hi = lo + step;
    }
    const line = lastLineStartingBy(starts, offset, lo, Math.min(hi, last));
    this.hint = line;
    return line;
  }

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + length) };
  }
}

/** The last line in [lo, hi] that starts at or before `offset`; the line `lo` does. */
function lastLineStartingBy(starts: number[], offset: number, lo: number, hi: number): number {
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function makeDiagnostic(
  positions: PositionMap,
  code: string,
  message: string,
  offset: number,
  length: number,
): Diagnostic {
  return { severity: 'error', code, message, offset, length, range: positions.range(offset, length) };
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isIdentifierStart(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}

function isIdentifierPart(c: number): boolean {
  return isIdentifierStart(c) || isDigit(c);
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}

function isNewLine(c: number): boolean {
  return c === 10 || c === 13;
}

/** Characters that begin some token or trivia; a run of any others is one unrecognized token. */
function beginsToken(c: number): boolean {
  if (isIdentifierPart(c)) return true;
  switch (c) {
    case 9: // tab
    case 10:
    case 13:
    case 32: // space
    case 33: // !
    case 37: // %
    case 38: // &
    case 39: // '
    case 40: // (
    case 41: // )
    case 42: // *
    case 43: // +
    case 44: // ,
    case 45: // -
    case 46: // .
    case 47: // /
    case 58: // :
    case 59: // ;
    case 60: // <
    case 61: // =
    case 62: // >
    case 63: // ?
    case 64: // @
    case 91: // [
    case 93: // ]
    case 94: // ^
    case 123: // {
    case 124: // |
    case 125: // }
    case 34: // "
    case 35: // #
      return true;
    default:
      return false;
  }
}

/** Whether a token is a string or a piece of one (whose value is its decoded text). */
function isStringPiece(kind: TokenKind): boolean {
  return (
    kind === 'string' ||
    kind === 'stringLeft' ||
    kind === 'stringMiddle' ||
    kind === 'stringRight' ||
    kind === 'multilineString'
  );
}

/** Whether a token's value is its text: an identifier's name, an integer's digits, a reserved word. */
function valueIsText(kind: TokenKind): boolean {
  return (
    kind === 'identifier' || kind === 'integer' || kind === 'true' || kind === 'false' || kind === 'null'
  );
}

/**
 * The kind code of the reserved word (`true`, `false`, `null`) that is the name from `start` to `end`, or
 * -1 for any other name; compares in place rather than cut every name from the text.
 */
function reservedWordCode(text: string, start: number, end: number): number {
  // the first two letters rule out most names (`name`, `type`) before a comparison of the whole word
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  switch (end - start) {
    case 4:
      if (first === 116 && second === 114 && text.startsWith('true', start)) return KIND.true;
      if (first === 110 && second === 117 && text.startsWith('null', start)) return KIND.null;
      return -1;
    case 5:
      return first === 102 && second === 97 && text.startsWith('false', start) ? KIND.false : -1;
    default:
      return -1;
  }
}

const DISABLE_NEXT_LINE = '#disable-next-line';

const HOLE = 1;
const BRACE = 2;

export function lex(text: string, positions: PositionMap = new PositionMap(text)): LexResult {
  const { tokens: columns, comments, directives, diagnostics } = scan(text, positions);
  const tokens: Token[] = [];
  for (let i = 0; i < columns.count; i++) {
    tokens.push({
      kind: columns.kind(i),
      start: columns.starts[i],
      end: columns.ends[i],
      value: columns.value(i),
      unterminated: columns.unterminated.has(i),
    });
  }
  return { tokens, comments, directives, diagnostics, positions };
}

/** Lexes `text` into token columns (see `lex`). */
export function scan(text: string, positions: PositionMap): ScanResult {
  return new Scanner(text, positions).run();
}

/**
 * The state of one lexing. The main loop keeps its position in a local variable, and the helpers take a
 * position and return the one after what they read: a variable that closures share lives in memory, and
 * the loop would load and store it for every character.
 */
class Scanner {
  private readonly length: number;
  private readonly tokens: TokenColumns;
  private readonly comments: Comment[] = [];
  private readonly directives: DisableNextLineDirective[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  /** Inside an interpolation hole, `}` closes the hole unless it closes an object opened in that hole. */
  private readonly modes: number[] = [];

  constructor(
    private readonly text: string,
    private readonly positions: PositionMap,
  ) {
    this.length = text.length;
    // about one token per five characters in typical files; the columns grow as needed
    this.tokens = new TokenColumns(text, (text.length >> 2) + 16);
  }

  run(): ScanResult {
    const { text, length, tokens, modes } = this;
    let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (pos < length) {
      const start = pos;
      const c = text.charCodeAt(pos);

      if (c === 32 || c === 9) {
        pos = blanksEnd(text, pos + 1);
        continue;
      }
      if (c === 10 || c === 13) {
        if (modes.length > 0) this.closeOpenStrings(pos);
        pos = newLinesEnd(text, pos + 1);
        tokens.push(KIND.newline, start, pos, null);
        continue;
      }
      if (c === 47) {
        const next = text.charCodeAt(pos + 1);
        if (next === 47) {
          pos = this.scanLineComment(start);
          continue;
        }
        if (next === 42) {
          pos = this.scanBlockComment(start);
          continue;
        }
      }
      if (c === 35 && text.startsWith(DISABLE_NEXT_LINE, pos) && atLineStart(text, pos)) {
        pos = this.scanDirective(start);
        continue;
      }

      pos++;
      // the kind of a token from `start` to `pos`, added after the switch; a case that adds its own
      // tokens (a string piece, an unrecognized run) goes on with the next token instead
      let kindCode: number;
      switch (c) {
        case 123: // {
          if (modes.length > 0) modes.push(BRACE);
          kindCode = KIND['{'];
          break;
        case 125: // }
          if (modes.length > 0 && modes[modes.length - 1] === HOLE) {
            pos = this.scanStringPiece(start, pos, false);
            if (tokens.kind(tokens.count - 1) === 'stringRight') modes.pop();
            continue;
          }
          if (modes.length > 0) modes.pop();
          kindCode = KIND['}'];
          break;
        case 40:
          kindCode = KIND['('];
          break;
        case 41:
          kindCode = KIND[')'];
          break;
        case 91:
          kindCode = KIND['['];
          break;
        case 93:
          kindCode = KIND[']'];
          break;
        case 64:
          kindCode = KIND['@'];
          break;
        case 44:
          kindCode = KIND[','];
          break;
        case 59:
          kindCode = KIND[';'];
          break;
        case 43:
          kindCode = KIND['+'];
          break;
        case 45:
          kindCode = KIND['-'];
          break;
        case 42:
          kindCode = KIND['*'];
          break;
        case 47:
          kindCode = KIND['/'];
          break;
        case 37:
          kindCode = KIND['%'];
          break;
        case 94:
          kindCode = KIND['^'];
          break;
        case 46: // .
          if (text.charCodeAt(pos) === 46 && text.charCodeAt(pos + 1) === 46) {
            pos += 2;
            kindCode = KIND['...'];
          } else {
            kindCode = KIND['.'];
          }
          break;
        case 63: // ?
          if (text.charCodeAt(pos) === 63) {
            pos++;
            kindCode = KIND['??'];
          } else {
            kindCode = KIND['?'];
          }
          break;
        case 58: // :
          if (text.charCodeAt(pos) === 58) {
            pos++;
            kindCode = KIND['::'];
          } else {
            kindCode = KIND[':'];
          }
          break;
        case 33: {
          // !
          const next = text.charCodeAt(pos);
          if (next === 61) {
            pos++;
            kindCode = KIND['!='];
          } else if (next === 126) {
            pos++;
            kindCode = KIND['!~'];
          } else {
            kindCode = KIND['!'];
          }
          break;
        }
        case 60: // <
          if (text.charCodeAt(pos) === 61) {
            pos++;
            kindCode = KIND['<='];
          } else {
            kindCode = KIND['<'];
          }
          break;
        case 62: // >
          if (text.charCodeAt(pos) === 61) {
            pos++;
            kindCode = KIND['>='];
          } else {
            kindCode = KIND['>'];
          }
          break;
        case 61: {
          // =
          const next = text.charCodeAt(pos);
          if (next === 61) {
            pos++;
            kindCode = KIND['=='];
          } else if (next === 126) {
            pos++;
            kindCode = KIND['=~'];
          } else if (next === 62) {
            pos++;
            kindCode = KIND['=>'];
          } else {
            kindCode = KIND['='];
          }
          break;
        }
        case 38: // &
          if (text.charCodeAt(pos) === 38) {
            pos++;
            kindCode = KIND['&&'];
          } else {
            this.report('unrecognized-token', "unexpected '&': the logical and is '&&'", start, 1);
            kindCode = KIND.unrecognized;
          }
          break;
        case 124: // |
          if (text.charCodeAt(pos) === 124) {
            pos++;
            kindCode = KIND['||'];
          } else {
            kindCode = KIND['|'];
          }
          break;
        case 39: // '
          if (text.charCodeAt(pos) === 39 && text.charCodeAt(pos + 1) === 39) {
            pos = this.scanMultilineString(start, pos + 2);
          } else {
            pos = this.scanStringPiece(start, pos, true);
            if (tokens.kind(tokens.count - 1) === 'stringLeft') modes.push(HOLE);
          }
          continue;
        case 34: // "
          this.report('unrecognized-token', "unexpected '\"': Bicep strings use single quotes", start, 1);
          kindCode = KIND.unrecognized;
          break;
        default:
          if (isDigit(c)) {
            pos = digitsEnd(text, pos);
            kindCode = KIND.integer;
          } else if (isIdentifierStart(c)) {
            pos = identifierEnd(text, pos);
            kindCode = reservedWordCode(text, start, pos);
            if (kindCode < 0) {
              kindCode = KIND.identifier;
              if (pos - start > MAX_IDENTIFIER_LENGTH) {
                this.report(
                  'identifier-too-long',
                  `an identifier may have at most ${MAX_IDENTIFIER_LENGTH} characters`,
                  start,
                  pos - start,
                );
              }
            }
          } else {
            pos = this.scanUnrecognized(start, pos);
            continue;
          }
      }
      tokens.push(kindCode, start, pos, null);
    }
    this.closeOpenStrings(pos);
    tokens.push(KIND.eof, length, length, null);
    return {
      tokens,
      comments: this.comments,
      directives: this.directives,
      diagnostics: this.diagnostics,
      positions: this.positions,
    };
  }

  private report(code: string, message: string, offset: number, size: number): void {
    this.diagnostics.push(makeDiagnostic(this.positions, code, message, offset, size));
  }

  /** Adds a string piece that the line or the file ended before closing. */
  private pushUnterminated(kindCode: number, start: number, end: number, value: string): void {
    this.tokens.unterminated.add(this.tokens.count);
    this.tokens.push(kindCode, start, end, value);
  }

  /** Ends every open interpolated string at `at` (a line or the file ended inside a hole). */
  private closeOpenStrings(at: number): void {
    if (this.modes.length === 0) return;
    this.report(
      'unterminated-string',
      'the interpolated string is not closed before the end of the line',
      at,
      0,
    );
    this.pushUnterminated(KIND.stringRight, at, at, '');
    this.modes.length = 0;
  }

  /** At `//`; returns the end of the comment. */
  private scanLineComment(start: number): number {
    const { text, length } = this;
    let pos = start + 2;
    while (pos < length && !isNewLine(text.charCodeAt(pos))) pos++;
    const raw = text.slice(start, pos);
    this.comments.push({
      kind: 'LineComment',
      text: raw,
      value: raw.slice(2),
      offset: start,
      length: pos - start,
      range: this.positions.range(start, pos - start),
    });
    return pos;
  }

  /** At `/*`; returns the end of the comment. */
  private scanBlockComment(start: number): number {
    const text = this.text;
    const close = text.indexOf('*/', start + 2);
    let pos: number;
    let value: string;
    if (close < 0) {
      pos = this.length;
      value = text.slice(start + 2);
      this.report('unterminated-comment', 'the comment is not closed: add */', start, pos - start);
    } else {
      pos = close + 2;
      value = text.slice(start + 2, close);
    }
    this.comments.push({
      kind: 'BlockComment',
      text: text.slice(start, pos),
      value,
      offset: start,
      length: pos - start,
      range: this.positions.range(start, pos - start),
    });
    return pos;
  }

  /** At `#disable-next-line`; returns the end of its list of codes. */
  private scanDirective(start: number): number {
    const { text, length } = this;
    let pos = start + DISABLE_NEXT_LINE.length;
    const codes: DiagnosticCode[] = [];
    let end = pos;
    for (;;) {
      while (pos < length && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9)) pos++;
      if (pos >= length || isNewLine(text.charCodeAt(pos))) break;
      if (
        text.charCodeAt(pos) === 47 &&
        (text.charCodeAt(pos + 1) === 47 || text.charCodeAt(pos + 1) === 42)
      ) {
        break;
      }
      const codeStart = pos;
      while (pos < length) {
        const c = text.charCodeAt(pos);
        if (c === 32 || c === 9 || isNewLine(c)) break;
        pos++;
      }
      codes.push({
        code: text.slice(codeStart, pos),
        offset: codeStart,
        length: pos - codeStart,
        range: this.positions.range(codeStart, pos - codeStart),
      });
      end = pos;
    }
    if (codes.length === 0) {
      this.report(
        'missing-diagnostic-codes',
        '#disable-next-line needs at least one diagnostic code',
        start,
        end - start,
      );
    }
    this.directives.push({
      kind: 'DisableNextLine',
      codes,
      offset: start,
      length: end - start,
      range: this.positions.range(start, end - start),
    });
    return end;
  }

  /** After a character that begins no token: the run of such characters is one token; returns its end. */
  private scanUnrecognized(start: number, from: number): number {
    const { text, length } = this;
    let pos = from;
    while (pos < length && !beginsToken(text.charCodeAt(pos))) pos++;
    const shown = text.slice(start, Math.min(pos, start + 20));
    this.report(
      'unrecognized-token',
      `unexpected ${pos - start === 1 ? 'character' : 'characters'} '${shown}${pos - start > 20 ? '…' : ''}'`,
      start,
      pos - start,
    );
    this.tokens.push(KIND.unrecognized, start, pos, null);
    return pos;
  }

  /**
   * Scans a string piece from `from` (after the opening quote, or after the `}` closing a hole) to its
   * closing quote or the next `${`; returns the end of the piece.
   */
  private scanStringPiece(start: number, from: number, first: boolean): number {
    const { text, length } = this;
    let pos = from;
    // the value so far, with its escapes decoded, up to `chunk`
    let value = '';
    let chunk = pos;
    for (;;) {
      if (pos >= length || isNewLine(text.charCodeAt(pos))) {
        value += text.slice(chunk, pos);
        this.report(
          'unterminated-string',
          pos >= length
            ? "the string is not closed: the file ends before the closing '"
            : "the string is not closed before the end of the line (use '''...''' for text on several lines)",
          start,
          pos - start,
        );
        this.pushUnterminated(first ? KIND.string : KIND.stringRight, start, pos, value);
        return pos;
      }
      const c = text.charCodeAt(pos);
      if (c === 39) {
        value += text.slice(chunk, pos);
        pos++;
        this.tokens.push(first ? KIND.string : KIND.stringRight, start, pos, value);
        return pos;
      }
      if (c === 36 && text.charCodeAt(pos + 1) === 123) {
        value += text.slice(chunk, pos);
        pos += 2;
        this.tokens.push(first ? KIND.stringLeft : KIND.stringMiddle, start, pos, value);
        return pos;
      }
      if (c !== 92) {
        pos++;
        continue;
      }
      // an escape sequence
      value += text.slice(chunk, pos);
      const escapeStart = pos;
      pos++;
      if (pos >= length) {
        chunk = pos;
        continue;
      }
      const e = text.charCodeAt(pos);
      switch (e) {
        case 110: // n
          value += '\n';
          pos++;
          break;
        case 114: // r
          value += '\r';
          pos++;
          break;
        case 116: // t
          value += '\t';
          pos++;
          break;
        case 92: // backslash
          value += '\\';
          pos++;
          break;
        case 39: // '
          value += "'";
          pos++;
          break;
        case 36: // $
          value += '$';
          pos++;
          break;
        case 117: {
          // u{hex}
          pos++;
          if (text.charCodeAt(pos) !== 123) {
            this.report(
              'invalid-escape',
              'a \\u escape needs a code point in braces: \\u{...}',
              escapeStart,
              pos - escapeStart,
            );
            break;
          }
          pos++;
          const hexStart = pos;
          while (pos < length && isHexDigit(text.charCodeAt(pos))) pos++;
          const hex = text.slice(hexStart, pos);
          if (hex.length === 0 || text.charCodeAt(pos) !== 125) {
            if (text.charCodeAt(pos) === 125) pos++;
            this.report(
              'invalid-escape',
              'a \\u escape needs hexadecimal digits closed by a brace: \\u{...}',
              escapeStart,
              pos - escapeStart,
            );
            break;
          }
          pos++;
          const codePoint = hex.length > 8 ? Infinity : parseInt(hex, 16);
          if (codePoint > 0x10ffff) {
            this.report(
              'invalid-escape',
              `\\u{${hex}} is not a code point (the highest is 10FFFF)`,
              escapeStart,
              pos - escapeStart,
            );
            break;
          }
          value += String.fromCodePoint(codePoint);
          break;
        }
        default:
          if (isNewLine(e)) {
            this.report('invalid-escape', 'a backslash cannot end a line in a string', escapeStart, 1);
            break;
          }
          this.report(
            'invalid-escape',
            `'\\${String.fromCodePoint(text.codePointAt(pos)!)}' is not an escape sequence; Bicep knows \\' \\\\ \\n \\r \\t \\$ and \\u{...}`,
            escapeStart,
            2,
          );
          value += text[pos];
          pos++;
      }
      chunk = pos;
    }
  }

  /** From `from`, after the opening `'''`; returns the end of the string. */
  private scanMultilineString(start: number, from: number): number {
    const { text, length } = this;
    let pos = from;
    let quotes = 0;
    while (pos < length) {
      const c = text.charCodeAt(pos);
      pos++;
      if (c !== 39) {
        quotes = 0;
        continue;
      }
      if (++quotes === 3) {
        // the closing quotes; any more quotes belong to the text
        while (text.charCodeAt(pos) === 39) pos++;
        this.tokens.push(KIND.multilineString, start, pos, multilineValue(text, start + 3, pos - 3));
        return pos;
      }
    }
    this.report(
      'unterminated-string',
      "the multi-line string is not closed: add the closing '''",
      start,
      pos - start,
    );
    this.pushUnterminated(KIND.multilineString, start, pos, multilineValue(text, start + 3, pos));
    return pos;
  }
}

/** Whether only spaces and tabs stand between the start of the line and `offset`. */
function atLineStart(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) continue;
    return isNewLine(c) || (i === 0 && c === 0xfeff);
  }
  return true;
}

// The ends of runs of characters, in loops of their own: the main loop would go round once per character.
// (`charCodeAt` past the end of the text is NaN, which ends every run.)

function blanksEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c === 32 || c === 9; c = text.charCodeAt(++i));
  return i;
}

function newLinesEnd(text: string, from: number): number {
  let i = from;
  for (let c = text.charCodeAt(i); c === 10 || c === 13; c = text.charCodeAt(++i));
  return i;
}

function digitsEnd(text: string, from: number): number {
  let i = from;
  while (isDigit(text.charCodeAt(i))) i++;
  return i;
}

function identifierEnd(text: string, from: number): number {
  let i = from;
  while (isIdentifierPart(text.charCodeAt(i))) i++;
  return i;
}

/** A multi-line string's value: the text between the quotes, less one leading new line. */
function multilineValue(text: string, from: number, to: number): string {
  let start = from;
  if (text.charCodeAt(start) === 13 && start < to) start++;
  if (text.charCodeAt(start) === 10 && start < to) start++;
  return text.slice(start, Math.max(start, to));
}
