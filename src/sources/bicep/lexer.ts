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

export const MAX_IDENTIFIER_LENGTH = 255;

/** Maps offsets to 1-based line and column positions; fast for offsets asked in (roughly) increasing order. */
export class PositionMap {
  readonly lineStarts: number[];
  private hint = 0;

  constructor(text: string) {
    this.lineStarts = lineStartsOf(text);
  }

  position(offset: number): Position {
    const starts = this.lineStarts;
    const last = starts.length - 1;
    let i = this.hint;
    if (!(starts[i] <= offset && (i === last || offset < starts[i + 1]))) {
      if (i < last && starts[i + 1] <= offset && (i + 1 === last || offset < starts[i + 2])) {
        i++;
      } else {
        let lo = 0;
        let hi = last;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (starts[mid] <= offset) lo = mid;
          else hi = mid - 1;
        }
        i = lo;
      }
      this.hint = i;
    }
    return { line: i + 1, column: offset - starts[i] + 1 };
  }

  range(offset: number, length: number): Range {
    return { start: this.position(offset), end: this.position(offset + length) };
  }
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

const KEYWORD_TOKENS: ReadonlyMap<string, TokenKind> = new Map<string, TokenKind>([
  ['true', 'true'],
  ['false', 'false'],
  ['null', 'null'],
]);

const DISABLE_NEXT_LINE = '#disable-next-line';

const HOLE = 1;
const BRACE = 2;

export function lex(text: string, positions: PositionMap = new PositionMap(text)): LexResult {
  const tokens: Token[] = [];
  const comments: Comment[] = [];
  const directives: DisableNextLineDirective[] = [];
  const diagnostics: Diagnostic[] = [];
  const length = text.length;
  // Inside an interpolation hole, `}` closes the hole unless it closes an object opened in that hole.
  const modes: number[] = [];
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const report = (code: string, message: string, offset: number, size: number): void => {
    diagnostics.push(makeDiagnostic(positions, code, message, offset, size));
  };

  const push = (kind: TokenKind, start: number, value = '', unterminated = false): void => {
    tokens.push({ kind, start, end: pos, value, unterminated });
  };

  /** Ends every open interpolated string (a line or the file ended inside a hole). */
  const closeOpenStrings = (): void => {
    if (modes.length === 0) return;
    report('unterminated-string', 'the interpolated string is not closed before the end of the line', pos, 0);
    tokens.push({ kind: 'stringRight', start: pos, end: pos, value: '', unterminated: true });
    modes.length = 0;
  };

  /** Whether only spaces and tabs stand between the start of the line and `offset`. */
  const atLineStart = (offset: number): boolean => {
    for (let i = offset - 1; i >= 0; i--) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9) continue;
      return isNewLine(c) || (i === 0 && c === 0xfeff);
    }
    return true;
  };

  /**
   * Scans a string piece from `pos` (after the opening quote, or after the `}` closing a hole) to its
   * closing quote or the next `${`.
   */
  const scanStringPiece = (start: number, first: boolean): void => {
    let value = '';
    let chunk = pos;
    for (;;) {
      if (pos >= length || isNewLine(text.charCodeAt(pos))) {
        value += text.slice(chunk, pos);
        report(
          'unterminated-string',
          pos >= length
            ? "the string is not closed: the file ends before the closing '"
            : "the string is not closed before the end of the line (use '''...''' for text on several lines)",
          start,
          pos - start,
        );
        push(first ? 'string' : 'stringRight', start, value, true);
        return;
      }
      const c = text.charCodeAt(pos);
      if (c === 39) {
        value += text.slice(chunk, pos);
        pos++;
        push(first ? 'string' : 'stringRight', start, value);
        return;
      }
      if (c === 36 && text.charCodeAt(pos + 1) === 123) {
        value += text.slice(chunk, pos);
        pos += 2;
        push(first ? 'stringLeft' : 'stringMiddle', start, value);
        return;
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
            report(
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
            report(
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
            report(
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
            report('invalid-escape', 'a backslash cannot end a line in a string', escapeStart, 1);
            break;
          }
          report(
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
  };

  const scanMultilineString = (start: number): void => {
    // `pos` is after the opening '''
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
        push('multilineString', start, multilineValue(text, start + 3, pos - 3));
        return;
      }
    }
    report(
      'unterminated-string',
      "the multi-line string is not closed: add the closing '''",
      start,
      pos - start,
    );
    push('multilineString', start, multilineValue(text, start + 3, pos), true);
  };

  const scanDirective = (start: number): void => {
    pos = start + DISABLE_NEXT_LINE.length;
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
        range: positions.range(codeStart, pos - codeStart),
      });
      end = pos;
    }
    pos = end;
    if (codes.length === 0) {
      report(
        'missing-diagnostic-codes',
        '#disable-next-line needs at least one diagnostic code',
        start,
        end - start,
      );
    }
    directives.push({
      kind: 'DisableNextLine',
      codes,
      offset: start,
      length: end - start,
      range: positions.range(start, end - start),
    });
  };

  while (pos < length) {
    const start = pos;
    const c = text.charCodeAt(pos);

    if (c === 32 || c === 9) {
      pos++;
      continue;
    }
    if (isNewLine(c)) {
      closeOpenStrings();
      while (pos < length && isNewLine(text.charCodeAt(pos))) pos++;
      push('newline', start);
      continue;
    }
    if (c === 47) {
      const next = text.charCodeAt(pos + 1);
      if (next === 47) {
        pos += 2;
        while (pos < length && !isNewLine(text.charCodeAt(pos))) pos++;
        const raw = text.slice(start, pos);
        comments.push({
          kind: 'LineComment',
          text: raw,
          value: raw.slice(2),
          offset: start,
          length: pos - start,
          range: positions.range(start, pos - start),
        });
        continue;
      }
      if (next === 42) {
        const close = text.indexOf('*/', pos + 2);
        let value: string;
        if (close < 0) {
          pos = length;
          value = text.slice(start + 2);
          report('unterminated-comment', 'the comment is not closed: add */', start, pos - start);
        } else {
          pos = close + 2;
          value = text.slice(start + 2, close);
        }
        comments.push({
          kind: 'BlockComment',
          text: text.slice(start, pos),
          value,
          offset: start,
          length: pos - start,
          range: positions.range(start, pos - start),
        });
        continue;
      }
    }
    if (c === 35 && text.startsWith(DISABLE_NEXT_LINE, pos) && atLineStart(pos)) {
      scanDirective(start);
      continue;
    }

    pos++;
    switch (c) {
      case 123: // {
        if (modes.length > 0) modes.push(BRACE);
        push('{', start);
        break;
      case 125: // }
        if (modes.length > 0 && modes[modes.length - 1] === HOLE) {
          scanStringPiece(start, false);
          if (tokens[tokens.length - 1].kind === 'stringRight') modes.pop();
        } else {
          if (modes.length > 0) modes.pop();
          push('}', start);
        }
        break;
      case 40:
        push('(', start);
        break;
      case 41:
        push(')', start);
        break;
      case 91:
        push('[', start);
        break;
      case 93:
        push(']', start);
        break;
      case 64:
        push('@', start);
        break;
      case 44:
        push(',', start);
        break;
      case 59:
        push(';', start);
        break;
      case 43:
        push('+', start);
        break;
      case 45:
        push('-', start);
        break;
      case 42:
        push('*', start);
        break;
      case 47:
        push('/', start);
        break;
      case 37:
        push('%', start);
        break;
      case 94:
        push('^', start);
        break;
      case 46: // .
        if (text.charCodeAt(pos) === 46 && text.charCodeAt(pos + 1) === 46) {
          pos += 2;
          push('...', start);
        } else {
          push('.', start);
        }
        break;
      case 63: // ?
        if (text.charCodeAt(pos) === 63) {
          pos++;
          push('??', start);
        } else {
          push('?', start);
        }
        break;
      case 58: // :
        if (text.charCodeAt(pos) === 58) {
          pos++;
          push('::', start);
        } else {
          push(':', start);
        }
        break;
      case 33: {
        // !
        const next = text.charCodeAt(pos);
        if (next === 61) {
          pos++;
          push('!=', start);
        } else if (next === 126) {
          pos++;
          push('!~', start);
        } else {
          push('!', start);
        }
        break;
      }
      case 60: // <
        if (text.charCodeAt(pos) === 61) {
          pos++;
          push('<=', start);
        } else {
          push('<', start);
        }
        break;
      case 62: // >
        if (text.charCodeAt(pos) === 61) {
          pos++;
          push('>=', start);
        } else {
          push('>', start);
        }
        break;
      case 61: {
        // =
        const next = text.charCodeAt(pos);
        if (next === 61) {
          pos++;
          push('==', start);
        } else if (next === 126) {
          pos++;
          push('=~', start);
        } else if (next === 62) {
          pos++;
          push('=>', start);
        } else {
          push('=', start);
        }
        break;
      }
      case 38: // &
        if (text.charCodeAt(pos) === 38) {
          pos++;
          push('&&', start);
        } else {
          report('unrecognized-token', "unexpected '&': the logical and is '&&'", start, 1);
          push('unrecognized', start);
        }
        break;
      case 124: // |
        if (text.charCodeAt(pos) === 124) {
          pos++;
          push('||', start);
        } else {
          push('|', start);
        }
        break;
      case 39: // '
        if (text.charCodeAt(pos) === 39 && text.charCodeAt(pos + 1) === 39) {
          pos += 2;
          scanMultilineString(start);
        } else {
          scanStringPiece(start, true);
          if (tokens[tokens.length - 1].kind === 'stringLeft') modes.push(HOLE);
        }
        break;
      case 34: // "
        report('unrecognized-token', "unexpected '\"': Bicep strings use single quotes", start, 1);
        push('unrecognized', start);
        break;
      default:
        if (isDigit(c)) {
          while (pos < length && isDigit(text.charCodeAt(pos))) pos++;
          push('integer', start, text.slice(start, pos));
        } else if (isIdentifierStart(c)) {
          while (pos < length && isIdentifierPart(text.charCodeAt(pos))) pos++;
          const name = text.slice(start, pos);
          const keyword = KEYWORD_TOKENS.get(name);
          if (keyword) {
            push(keyword, start, name);
          } else {
            if (name.length > MAX_IDENTIFIER_LENGTH) {
              report(
                'identifier-too-long',
                `an identifier may have at most ${MAX_IDENTIFIER_LENGTH} characters`,
                start,
                pos - start,
              );
            }
            push('identifier', start, name);
          }
        } else {
          while (pos < length && !beginsToken(text.charCodeAt(pos))) pos++;
          const shown = text.slice(start, Math.min(pos, start + 20));
          report(
            'unrecognized-token',
            `unexpected ${pos - start === 1 ? 'character' : 'characters'} '${shown}${pos - start > 20 ? '…' : ''}'`,
            start,
            pos - start,
          );
          push('unrecognized', start);
        }
    }
  }
  closeOpenStrings();
  tokens.push({ kind: 'eof', start: length, end: length, value: '', unterminated: false });
  return { tokens, comments, directives, diagnostics, positions };
}

/** A multi-line string's value: the text between the quotes, less one leading new line. */
function multilineValue(text: string, from: number, to: number): string {
  let start = from;
  if (text.charCodeAt(start) === 13 && start < to) start++;
  if (text.charCodeAt(start) === 10 && start < to) start++;
  return text.slice(start, Math.max(start, to));
}
