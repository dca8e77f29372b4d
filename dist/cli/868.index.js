export const id = 868;
export const ids = [868];
export const modules = {

/***/ 2868:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  deployersOf: () => (/* binding */ deployersOf),
  parseBicepSource: () => (/* binding */ parseBicepSource)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/model/range.ts
var model_range = __webpack_require__(12);
// EXTERNAL MODULE: ./src/sources/arm/parameters.ts
var parameters = __webpack_require__(275);
// EXTERNAL MODULE: ./src/sources/arm/template.ts
var arm_template = __webpack_require__(8765);
// EXTERNAL MODULE: ./src/sources/file-facts.ts
var file_facts = __webpack_require__(2348);
// EXTERNAL MODULE: ./src/sources/references.ts
var references = __webpack_require__(4942);
// EXTERNAL MODULE: ./src/sources/bicep/detect.ts
var detect = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/sources/bicep/lexer.ts

/** Every token kind; a token's kind is stored as its index in this list. */
const TOKEN_KINDS = [
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
];
// Compiles only if TOKEN_KINDS lists every kind.
const _everyKindListed = true;
/**
 * Each kind's code (its index in TOKEN_KINDS). The lexer names codes with constant keys (`KIND['{']`),
 * which compile to plain loads; a lookup by a variable kind would cost a hash lookup per token.
 */
const KIND = Object.fromEntries(TOKEN_KINDS.map((kind, code) => [kind, code]));
/**
 * The tokens of a text column by column, in typed arrays: a large file has millions of tokens, and one
 * object per token (or a push onto a growing JavaScript array per token) costs more than the lexing.
 */
class TokenColumns {
    text;
    /** How many tokens there are; the last one is `eof`. */
    count = 0;
    /** Each token's kind, as its index in TOKEN_KINDS. */
    kindCodes;
    /** Each token's first offset. */
    starts;
    /** Each token's offset after its last code unit. */
    ends;
    /**
     * The string pieces (one token in ten, say) in order: their indexes and their decoded texts. Other
     * tokens' values are their text (see `valueIsText`), cut from it only when asked for, or ''.
     */
    pieceIndexes = new Int32Array(1024);
    pieceValues = [];
    /** Where in the pieces the last look-up found one: the parser asks for them in order. */
    pieceCursor = 0;
    /** The indexes of the string pieces that the line or the file ended before closing. */
    unterminated = new Set();
    constructor(text, capacity) {
        this.text = text;
        this.kindCodes = new Uint8Array(capacity);
        this.starts = new Int32Array(capacity);
        this.ends = new Int32Array(capacity);
    }
    kind(index) {
        return TOKEN_KINDS[this.kindCodes[index]];
    }
    /** As `Token.value`. */
    value(index) {
        const kind = this.kind(index);
        if (valueIsText(kind))
            return this.textOf(index);
        return isStringPiece(kind) ? this.pieceValues[this.pieceOf(index)] : '';
    }
    /** The place in the pieces of the string piece at token `index`. */
    pieceOf(index) {
        const pieces = this.pieceIndexes;
        let piece = this.pieceCursor;
        if (pieces[piece] !== index) {
            if (piece + 1 < this.pieceValues.length && pieces[piece + 1] === index) {
                piece++;
            }
            else {
                let lo = 0;
                let hi = this.pieceValues.length - 1;
                while (lo < hi) {
                    const mid = (lo + hi) >> 1;
                    if (pieces[mid] < index)
                        lo = mid + 1;
                    else
                        hi = mid;
                }
                piece = lo;
            }
            this.pieceCursor = piece;
        }
        return piece;
    }
    /** The text of the token at `index`: its value if it is an identifier, an integer or a reserved word. */
    textOf(index) {
        return this.text.slice(this.starts[index], this.ends[index]);
    }
    /** Whether the token at `index` is the identifier `name`; cuts no string from the text. */
    isIdentifier(index, name) {
        const start = this.starts[index];
        return (this.kindCodes[index] === KIND.identifier &&
            this.ends[index] - start === name.length &&
            this.text.startsWith(name, start));
    }
    /**
     * Adds a token of the kind whose code (index in TOKEN_KINDS) is `kindCode`; `value` is a string piece's
     * decoded text, null for any other token.
     */
    push(kindCode, start, end, value) {
        if (this.count === this.starts.length)
            this.grow();
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
    grow() {
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
const MAX_IDENTIFIER_LENGTH = 255;
/** Maps offsets to 1-based line and column positions; fast for offsets asked in (roughly) increasing order. */
class PositionMap {
    lineStarts;
    hint = 0;
    constructor(text) {
        this.lineStarts = (0,model_range/* lineStartsOf */.xV)(text);
    }
    position(offset) {
        const line = this.lineIndexOf(offset);
        return { line: line + 1, column: offset - this.lineStarts[line] + 1 };
    }
    /**
     * The 0-based line of `offset`. A parser asks mostly on the line it reads or a little past it (where the
     * hint follows), and now and then back at the start of a node that spans lines, which leaves the hint
     * where reading is. Both ways it gallops from the hint, since the answer is usually a few lines away.
     */
    lineIndexOf(offset) {
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
        if (hint === last || offset < starts[hint + 1])
            return hint;
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
    range(offset, length) {
        return { start: this.position(offset), end: this.position(offset + length) };
    }
}
/** The last line in [lo, hi] that starts at or before `offset`; the line `lo` does. */
function lastLineStartingBy(starts, offset, lo, hi) {
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= offset)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
function makeDiagnostic(positions, code, message, offset, length) {
    return { severity: 'error', code, message, offset, length, range: positions.range(offset, length) };
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function isIdentifierStart(c) {
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95;
}
function isIdentifierPart(c) {
    return isIdentifierStart(c) || isDigit(c);
}
function isHexDigit(c) {
    return isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
}
function isNewLine(c) {
    return c === 10 || c === 13;
}
/** Characters that begin some token or trivia; a run of any others is one unrecognized token. */
function beginsToken(c) {
    if (isIdentifierPart(c))
        return true;
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
function isStringPiece(kind) {
    return (kind === 'string' ||
        kind === 'stringLeft' ||
        kind === 'stringMiddle' ||
        kind === 'stringRight' ||
        kind === 'multilineString');
}
/** Whether a token's value is its text: an identifier's name, an integer's digits, a reserved word. */
function valueIsText(kind) {
    return (kind === 'identifier' || kind === 'integer' || kind === 'true' || kind === 'false' || kind === 'null');
}
/**
 * The kind code of the reserved word (`true`, `false`, `null`) that is the name from `start` to `end`, or
 * -1 for any other name; compares in place rather than cut every name from the text.
 */
function reservedWordCode(text, start, end) {
    // the first two letters rule out most names (`name`, `type`) before a comparison of the whole word
    const first = text.charCodeAt(start);
    const second = text.charCodeAt(start + 1);
    switch (end - start) {
        case 4:
            if (first === 116 && second === 114 && text.startsWith('true', start))
                return KIND.true;
            if (first === 110 && second === 117 && text.startsWith('null', start))
                return KIND.null;
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
function lex(text, positions = new PositionMap(text)) {
    const { tokens: columns, comments, directives, diagnostics } = scan(text, positions);
    const tokens = [];
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
function scan(text, positions) {
    return new Scanner(text, positions).run();
}
/**
 * The state of one lexing. The main loop keeps its position in a local variable, and the helpers take a
 * position and return the one after what they read: a variable that closures share lives in memory, and
 * the loop would load and store it for every character.
 */
class Scanner {
    text;
    positions;
    length;
    tokens;
    comments = [];
    directives = [];
    diagnostics = [];
    /** Inside an interpolation hole, `}` closes the hole unless it closes an object opened in that hole. */
    modes = [];
    constructor(text, positions) {
        this.text = text;
        this.positions = positions;
        this.length = text.length;
        // about one token per five characters in typical files; the columns grow as needed
        this.tokens = new TokenColumns(text, (text.length >> 2) + 16);
    }
    run() {
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
                if (modes.length > 0)
                    this.closeOpenStrings(pos);
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
            let kindCode;
            switch (c) {
                case 123: // {
                    if (modes.length > 0)
                        modes.push(BRACE);
                    kindCode = KIND['{'];
                    break;
                case 125: // }
                    if (modes.length > 0 && modes[modes.length - 1] === HOLE) {
                        pos = this.scanStringPiece(start, pos, false);
                        if (tokens.kind(tokens.count - 1) === 'stringRight')
                            modes.pop();
                        continue;
                    }
                    if (modes.length > 0)
                        modes.pop();
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
                    }
                    else {
                        kindCode = KIND['.'];
                    }
                    break;
                case 63: // ?
                    if (text.charCodeAt(pos) === 63) {
                        pos++;
                        kindCode = KIND['??'];
                    }
                    else {
                        kindCode = KIND['?'];
                    }
                    break;
                case 58: // :
                    if (text.charCodeAt(pos) === 58) {
                        pos++;
                        kindCode = KIND['::'];
                    }
                    else {
                        kindCode = KIND[':'];
                    }
                    break;
                case 33: {
                    // !
                    const next = text.charCodeAt(pos);
                    if (next === 61) {
                        pos++;
                        kindCode = KIND['!='];
                    }
                    else if (next === 126) {
                        pos++;
                        kindCode = KIND['!~'];
                    }
                    else {
                        kindCode = KIND['!'];
                    }
                    break;
                }
                case 60: // <
                    if (text.charCodeAt(pos) === 61) {
                        pos++;
                        kindCode = KIND['<='];
                    }
                    else {
                        kindCode = KIND['<'];
                    }
                    break;
                case 62: // >
                    if (text.charCodeAt(pos) === 61) {
                        pos++;
                        kindCode = KIND['>='];
                    }
                    else {
                        kindCode = KIND['>'];
                    }
                    break;
                case 61: {
                    // =
                    const next = text.charCodeAt(pos);
                    if (next === 61) {
                        pos++;
                        kindCode = KIND['=='];
                    }
                    else if (next === 126) {
                        pos++;
                        kindCode = KIND['=~'];
                    }
                    else if (next === 62) {
                        pos++;
                        kindCode = KIND['=>'];
                    }
                    else {
                        kindCode = KIND['='];
                    }
                    break;
                }
                case 38: // &
                    if (text.charCodeAt(pos) === 38) {
                        pos++;
                        kindCode = KIND['&&'];
                    }
                    else {
                        this.report('unrecognized-token', "unexpected '&': the logical and is '&&'", start, 1);
                        kindCode = KIND.unrecognized;
                    }
                    break;
                case 124: // |
                    if (text.charCodeAt(pos) === 124) {
                        pos++;
                        kindCode = KIND['||'];
                    }
                    else {
                        kindCode = KIND['|'];
                    }
                    break;
                case 39: // '
                    if (text.charCodeAt(pos) === 39 && text.charCodeAt(pos + 1) === 39) {
                        pos = this.scanMultilineString(start, pos + 2);
                    }
                    else {
                        pos = this.scanStringPiece(start, pos, true);
                        if (tokens.kind(tokens.count - 1) === 'stringLeft')
                            modes.push(HOLE);
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
                    }
                    else if (isIdentifierStart(c)) {
                        pos = identifierEnd(text, pos);
                        kindCode = reservedWordCode(text, start, pos);
                        if (kindCode < 0) {
                            kindCode = KIND.identifier;
                            if (pos - start > MAX_IDENTIFIER_LENGTH) {
                                this.report('identifier-too-long', `an identifier may have at most ${MAX_IDENTIFIER_LENGTH} characters`, start, pos - start);
                            }
                        }
                    }
                    else {
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
    report(code, message, offset, size) {
        this.diagnostics.push(makeDiagnostic(this.positions, code, message, offset, size));
    }
    /** Adds a string piece that the line or the file ended before closing. */
    pushUnterminated(kindCode, start, end, value) {
        this.tokens.unterminated.add(this.tokens.count);
        this.tokens.push(kindCode, start, end, value);
    }
    /** Ends every open interpolated string at `at` (a line or the file ended inside a hole). */
    closeOpenStrings(at) {
        if (this.modes.length === 0)
            return;
        this.report('unterminated-string', 'the interpolated string is not closed before the end of the line', at, 0);
        this.pushUnterminated(KIND.stringRight, at, at, '');
        this.modes.length = 0;
    }
    /** At `//`; returns the end of the comment. */
    scanLineComment(start) {
        const { text, length } = this;
        let pos = start + 2;
        while (pos < length && !isNewLine(text.charCodeAt(pos)))
            pos++;
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
    scanBlockComment(start) {
        const text = this.text;
        const close = text.indexOf('*/', start + 2);
        let pos;
        let value;
        if (close < 0) {
            pos = this.length;
            value = text.slice(start + 2);
            this.report('unterminated-comment', 'the comment is not closed: add */', start, pos - start);
        }
        else {
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
    scanDirective(start) {
        const { text, length } = this;
        let pos = start + DISABLE_NEXT_LINE.length;
        const codes = [];
        let end = pos;
        for (;;) {
            while (pos < length && (text.charCodeAt(pos) === 32 || text.charCodeAt(pos) === 9))
                pos++;
            if (pos >= length || isNewLine(text.charCodeAt(pos)))
                break;
            if (text.charCodeAt(pos) === 47 &&
                (text.charCodeAt(pos + 1) === 47 || text.charCodeAt(pos + 1) === 42)) {
                break;
            }
            const codeStart = pos;
            while (pos < length) {
                const c = text.charCodeAt(pos);
                if (c === 32 || c === 9 || isNewLine(c))
                    break;
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
            this.report('missing-diagnostic-codes', '#disable-next-line needs at least one diagnostic code', start, end - start);
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
    scanUnrecognized(start, from) {
        const { text, length } = this;
        let pos = from;
        while (pos < length && !beginsToken(text.charCodeAt(pos)))
            pos++;
        const shown = text.slice(start, Math.min(pos, start + 20));
        this.report('unrecognized-token', `unexpected ${pos - start === 1 ? 'character' : 'characters'} '${shown}${pos - start > 20 ? '…' : ''}'`, start, pos - start);
        this.tokens.push(KIND.unrecognized, start, pos, null);
        return pos;
    }
    /**
     * Scans a string piece from `from` (after the opening quote, or after the `}` closing a hole) to its
     * closing quote or the next `${`; returns the end of the piece.
     */
    scanStringPiece(start, from, first) {
        const { text, length } = this;
        let pos = from;
        // the value so far, with its escapes decoded, up to `chunk`
        let value = '';
        let chunk = pos;
        for (;;) {
            if (pos >= length || isNewLine(text.charCodeAt(pos))) {
                value += text.slice(chunk, pos);
                this.report('unterminated-string', pos >= length
                    ? "the string is not closed: the file ends before the closing '"
                    : "the string is not closed before the end of the line (use '''...''' for text on several lines)", start, pos - start);
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
                        this.report('invalid-escape', 'a \\u escape needs a code point in braces: \\u{...}', escapeStart, pos - escapeStart);
                        break;
                    }
                    pos++;
                    const hexStart = pos;
                    while (pos < length && isHexDigit(text.charCodeAt(pos)))
                        pos++;
                    const hex = text.slice(hexStart, pos);
                    if (hex.length === 0 || text.charCodeAt(pos) !== 125) {
                        if (text.charCodeAt(pos) === 125)
                            pos++;
                        this.report('invalid-escape', 'a \\u escape needs hexadecimal digits closed by a brace: \\u{...}', escapeStart, pos - escapeStart);
                        break;
                    }
                    pos++;
                    const codePoint = hex.length > 8 ? Infinity : parseInt(hex, 16);
                    if (codePoint > 0x10ffff) {
                        this.report('invalid-escape', `\\u{${hex}} is not a code point (the highest is 10FFFF)`, escapeStart, pos - escapeStart);
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
                    this.report('invalid-escape', `'\\${String.fromCodePoint(text.codePointAt(pos))}' is not an escape sequence; Bicep knows \\' \\\\ \\n \\r \\t \\$ and \\u{...}`, escapeStart, 2);
                    value += text[pos];
                    pos++;
            }
            chunk = pos;
        }
    }
    /** From `from`, after the opening `'''`; returns the end of the string. */
    scanMultilineString(start, from) {
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
                while (text.charCodeAt(pos) === 39)
                    pos++;
                this.tokens.push(KIND.multilineString, start, pos, multilineValue(text, start + 3, pos - 3));
                return pos;
            }
        }
        this.report('unterminated-string', "the multi-line string is not closed: add the closing '''", start, pos - start);
        this.pushUnterminated(KIND.multilineString, start, pos, multilineValue(text, start + 3, pos));
        return pos;
    }
}
/** Whether only spaces and tabs stand between the start of the line and `offset`. */
function atLineStart(text, offset) {
    for (let i = offset - 1; i >= 0; i--) {
        const c = text.charCodeAt(i);
        if (c === 32 || c === 9)
            continue;
        return isNewLine(c) || (i === 0 && c === 0xfeff);
    }
    return true;
}
// The ends of runs of characters, in loops of their own: the main loop would go round once per character.
// (`charCodeAt` past the end of the text is NaN, which ends every run.)
function blanksEnd(text, from) {
    let i = from;
    for (let c = text.charCodeAt(i); c === 32 || c === 9; c = text.charCodeAt(++i))
        ;
    return i;
}
function newLinesEnd(text, from) {
    let i = from;
    for (let c = text.charCodeAt(i); c === 10 || c === 13; c = text.charCodeAt(++i))
        ;
    return i;
}
function digitsEnd(text, from) {
    let i = from;
    while (isDigit(text.charCodeAt(i)))
        i++;
    return i;
}
function identifierEnd(text, from) {
    let i = from;
    while (isIdentifierPart(text.charCodeAt(i)))
        i++;
    return i;
}
/** A multi-line string's value: the text between the quotes, less one leading new line. */
function multilineValue(text, from, to) {
    let start = from;
    if (text.charCodeAt(start) === 13 && start < to)
        start++;
    if (text.charCodeAt(start) === 10 && start < to)
        start++;
    return text.slice(start, Math.max(start, to));
}

;// CONCATENATED MODULE: ./src/sources/bicep/parser.ts

/**
 * A recursive-descent parser for Bicep (`.bicep`) and Bicep parameters (`.bicepparam`) files, following
 * the grammar of Azure/bicep (docs/grammar.md and its parser): new lines separate declarations and the
 * members of objects and arrays, operators bind as Bicep's precedence table says (`*` `/` `%` over `+` `-`
 * over comparisons over `==` `!=` `=~` `!~` over `&&` over `||` over `??`, all left-associative, and the
 * ternary `?:` lowest and right-associative), and a unary operator applies to a member expression.
 *
 * It never throws on any input. A syntax error becomes a diagnostic; the part that failed becomes an
 * `Error` node where an expression or a type was expected, and parsing goes on after it (at the end of the
 * member, the line, or the next line that starts a declaration).
 */
/** How deeply expressions and types may nest (brackets, parentheses, interpolations, lambdas, ternaries). */
const MAX_NESTING_DEPTH = 256;
/** How many operators or member accesses may follow one another in one expression. */
const MAX_CHAIN_LENGTH = 1000;
/** Diagnostics past this many are dropped (a note says so). */
const MAX_DIAGNOSTICS = 1000;
/** Binary operators and their precedence: higher binds tighter. */
const BINARY_PRECEDENCE = {
    '*': 100,
    '/': 100,
    '%': 100,
    '+': 90,
    '-': 90,
    '<': 80,
    '<=': 80,
    '>': 80,
    '>=': 80,
    '==': 70,
    '!=': 70,
    '=~': 70,
    '!~': 70,
    '&&': 50,
    '||': 40,
    '??': 30,
};
/**
 * BINARY_PRECEDENCE by token kind code (see TOKEN_KINDS), 0 for a kind that is no binary operator: the
 * parser asks after every operand, and most tokens there are not operators.
 */
const PRECEDENCE_BY_KIND_CODE = new Uint8Array(TOKEN_KINDS.length);
for (const [operator, precedence] of Object.entries(BINARY_PRECEDENCE)) {
    PRECEDENCE_BY_KIND_CODE[TOKEN_KINDS.indexOf(operator)] = precedence;
}
/** Keywords that begin a declaration in either kind of file. */
const DECLARATION_KEYWORDS = new Set([
    'targetScope',
    'metadata',
    'param',
    'var',
    'resource',
    'module',
    'output',
    'type',
    'func',
    'import',
    'extension',
    'provider',
    'test',
    'assert',
    'using',
    'extends',
    'extensionConfig',
]);
const BICEP_KEYWORDS = new Set([
    'targetScope',
    'metadata',
    'param',
    'var',
    'resource',
    'module',
    'output',
    'type',
    'func',
    'import',
    'extension',
    'provider',
    'test',
    'assert',
]);
const BICEPPARAM_KEYWORDS = new Set([
    'using',
    'extends',
    'param',
    'var',
    'import',
    'type',
    'extension',
    'extensionConfig',
]);
/** A syntax error on its way to the nearest point of recovery; not an Error, so throwing it is cheap. */
class SyntaxFailure {
    code;
    message;
    offset;
    length;
    silent;
    constructor(code, message, offset, length, 
    /** The lexer already reported this token (an unrecognized character). */
    silent = false) {
        this.code = code;
        this.message = message;
        this.offset = offset;
        this.length = length;
        this.silent = silent;
    }
}
const LINE = new Set(['newline']);
const OPERAND = new Set(['stringMiddle', 'stringRight', '}', ')', ']', ',', 'newline']);
const TERNARY_TRUE = new Set([':', 'stringMiddle', 'stringRight', '}', ')', ']', ',', 'newline']);
const OBJECT_MEMBER = new Set(['newline', '}', ',']);
const ARRAY_ITEM = new Set(['newline', ']', ',']);
const ARGUMENT = new Set(['newline', ',', ')']);
const TYPE_ARGUMENT = new Set(['newline', ',', '>']);
const PAREN_ITEM = new Set(['stringMiddle', 'stringRight', '}', ')', ']', ',', 'newline']);
const parser_HOLE = new Set(['stringMiddle', 'stringRight', 'newline']);
const INDEX = new Set([']', 'newline']);
const FOR_ITERABLE = new Set([':', ']', 'newline']);
const FOR_BODY = new Set([']', 'newline']);
const CLOSE_SQUARE = new Set([']']);
const CLOSE_PAREN = new Set([')']);
const CLOSE_PAREN_OR_LINE = new Set([')', 'newline']);
const CONDITION = new Set([')', '{', 'newline']);
const DECLARED_TYPE = new Set(['=', 'newline']);
const RETURN_TYPE = new Set(['=>', 'newline']);
const FUNCTION_PARAMETER = new Set([',', ')', 'newline']);
const UNION_MEMBER = new Set(['|', 'newline', '}', ')', ']', ',', '=']);
/**
 * A copy of a list built by pushes, without the spare room pushing leaves (room for 17 items after the
 * first push): the tree keeps every list, and on a large file the spare room is a seventh of its memory.
 * Short lists, the most, are copied by array literals: V8 sees that what a literal makes lives long and
 * allocates it in the old generation at once, where a copy made by `slice` is moved by every young
 * collection until it is promoted.
 */
function exactSize(items) {
    return items.length === 0 ? items : copyItems(items, 0, items.length);
}
/** The items at `from`, `from + 2`, ... before `to`, as `copyItems` copies them. */
function everyOther(items, from, to) {
    switch ((to - from + 1) >> 1) {
        case 1:
            return [items[from]];
        case 2:
            return [items[from], items[from + 2]];
        default: {
            const picked = [];
            for (let i = from; i < to; i += 2)
                picked.push(items[i]);
            return exactSize(picked);
        }
    }
}
/** `items.slice(from, to)`, by array literals for short lists (see `exactSize`). */
function copyItems(items, from, to) {
    switch (to - from) {
        case 0:
            return [];
        case 1:
            return [items[from]];
        case 2:
            return [items[from], items[from + 1]];
        case 3:
            return [items[from], items[from + 1], items[from + 2]];
        case 4:
            return [items[from], items[from + 1], items[from + 2], items[from + 3]];
        default:
            return items.slice(from, to);
    }
}
function isOpener(kind) {
    return kind === '{' || kind === '(' || kind === '[';
}
function isCloser(kind) {
    return kind === '}' || kind === ')' || kind === ']';
}
function parseBicep(text, file = '', options = {}) {
    const mode = options.mode ?? (file.toLowerCase().endsWith('.bicepparam') ? 'bicepparam' : 'bicep');
    return new Parser(text, file, mode).parseProgram();
}
class Parser {
    text;
    file;
    mode;
    tokens;
    // the columns of `tokens`, read directly in the hot paths
    kindCodes;
    starts;
    ends;
    positions;
    lexed;
    diagnostics = [];
    /**
     * The members of the lists being read, innermost last, up to `listItemCount`: one array for them all,
     * where an array per list would be garbage once the list is copied out at its size.
     */
    listItems = [];
    listItemCount = 0;
    pos = 0;
    /** The kind of the token at `pos`, which the parser asks for most. */
    currentKind;
    /** The end of the last token read that is not a new line: where a node being built ends. */
    lastEnd = 0;
    depth = 0;
    constructor(text, file, mode) {
        this.text = text;
        this.file = file;
        this.mode = mode;
        this.positions = new PositionMap(text);
        this.lexed = scan(text, this.positions);
        this.tokens = this.lexed.tokens;
        this.kindCodes = this.tokens.kindCodes;
        this.starts = this.tokens.starts;
        this.ends = this.tokens.ends;
        this.currentKind = this.kindOf(0);
    }
    // ---------------------------------------------------------------------------------------------------
    // Tokens
    /** The index of the token `ahead` of the current one (the end of the file past it). */
    peek(ahead = 0) {
        const i = this.pos + ahead;
        return i < this.tokens.count ? i : this.tokens.count - 1;
    }
    kindOf(token) {
        return TOKEN_KINDS[this.kindCodes[token]];
    }
    kindAhead(ahead) {
        return this.kindOf(this.peek(ahead));
    }
    at(kind) {
        return this.currentKind === kind;
    }
    atKeyword(word) {
        return this.tokens.isIdentifier(this.pos, word);
    }
    atLineEnd() {
        const kind = this.currentKind;
        return kind === 'newline' || kind === 'eof';
    }
    /** Reads the current token; returns its index. */
    next() {
        const token = this.pos;
        const kind = this.currentKind;
        if (kind !== 'eof') {
            this.pos = token + 1;
            this.currentKind = this.kindOf(token + 1);
            if (kind !== 'newline')
                this.lastEnd = this.ends[token];
        }
        return token;
    }
    /** Reads the current token; returns its start. */
    nextStart() {
        return this.starts[this.next()];
    }
    /** Reads a token of this kind if it is next. */
    eat(kind) {
        if (this.currentKind !== kind)
            return false;
        this.next();
        return true;
    }
    skipNewlines() {
        while (this.currentKind === 'newline')
            this.currentKind = this.kindOf(++this.pos);
    }
    /** The index of the first token at or after `from` that is not a new line. */
    indexPastNewlines(from = this.pos) {
        let i = from;
        while (this.kindOf(i) === 'newline')
            i++;
        return i;
    }
    kindPastNewlines(from = this.pos) {
        return this.kindOf(this.indexPastNewlines(from));
    }
    /** Whether the token at `index` is an identifier with this name. */
    isKeyword(index, word) {
        return this.tokens.isIdentifier(index, word);
    }
    isColumnOne(token) {
        const start = this.starts[token];
        if (start === 0)
            return true;
        const before = this.text.charCodeAt(start - 1);
        return before === 10 || before === 13 || (start === 1 && before === 0xfeff);
    }
    /** Whether the token at `index` begins a declaration (a keyword followed by what a declaration has next). */
    declarationStartsAt(index) {
        const kind = this.kindOf(index);
        if (kind === '@')
            return this.kindOf(index + 1) === 'identifier';
        if (kind !== 'identifier' || !DECLARATION_KEYWORDS.has(this.tokens.value(index)))
            return false;
        switch (this.kindOf(index + 1)) {
            case 'identifier':
            case 'string':
            case 'stringLeft':
            case '=':
            case '{':
            case '*':
                return true;
            default:
                return false;
        }
    }
    /** A declaration at the start of a line: an unclosed object, array or call ends before it. */
    atDeclarationBoundary() {
        return this.isColumnOne(this.pos) && this.declarationStartsAt(this.pos);
    }
    /** How a message names a token: "found X". */
    describe(token) {
        switch (this.kindOf(token)) {
            case 'newline':
                return 'a new line';
            case 'eof':
                return 'the end of the file';
            case 'string':
            case 'stringLeft':
            case 'multilineString':
                return 'a string';
            case 'stringMiddle':
            case 'stringRight':
                return "the end of the interpolation '}'";
            default: {
                const start = this.starts[token];
                const end = this.ends[token];
                const raw = this.text.slice(start, Math.min(end, start + 30));
                return `'${raw}${end - start > 30 ? '…' : ''}'`;
            }
        }
    }
    // ---------------------------------------------------------------------------------------------------
    // Nodes, diagnostics and recovery
    /** The length of a node that starts at `start` and ends with the last token read. */
    lengthFrom(start) {
        return Math.max(0, this.lastEnd - start);
    }
    report(code, message, offset, length) {
        if (this.diagnostics.length > MAX_DIAGNOSTICS)
            return;
        this.diagnostics.push(makeDiagnostic(this.positions, code, message, offset, length));
    }
    /** A token's length in a diagnostic: none for a new line or the end of the file. */
    reportedLength(token) {
        const kind = this.kindOf(token);
        return kind === 'newline' || kind === 'eof' ? 0 : this.ends[token] - this.starts[token];
    }
    reportAt(token, code, message) {
        this.report(code, message, this.starts[token], this.reportedLength(token));
    }
    failure(code, message, token = this.peek()) {
        return new SyntaxFailure(code, message, this.starts[token], this.reportedLength(token), this.kindOf(token) === 'unrecognized');
    }
    reportFailure(failure) {
        if (!failure.silent)
            this.report(failure.code, failure.message, failure.offset, failure.length);
    }
    /** Throws "expected X, found Y". */
    expected(what, token = this.peek()) {
        throw this.failure('unexpected-token', `expected ${what}, found ${this.describe(token)}`, token);
    }
    expect(kind, what) {
        if (this.at(kind))
            return this.next();
        return this.expected(what);
    }
    expectKeyword(word, what) {
        if (this.atKeyword(word))
            return this.next();
        return this.expected(what);
    }
    identifier() {
        const token = this.next();
        const start = this.starts[token];
        return {
            kind: 'Identifier',
            name: this.tokens.textOf(token),
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    expectIdentifier(what) {
        if (!this.at('identifier'))
            this.expected(what);
        return this.identifier();
    }
    enter() {
        if (this.depth >= MAX_NESTING_DEPTH) {
            throw this.failure('too-deep', `the expression nests more than ${MAX_NESTING_DEPTH} levels deep`);
        }
        this.depth++;
    }
    /**
     * Runs `parse`; on a syntax error, reports it, skips to one of `stops` (outside brackets opened since)
     * and returns an Error node for what was skipped.
     */
    recover(parse, stops) {
        const startPos = this.pos;
        const depth = this.depth;
        try {
            return parse();
        }
        catch (error) {
            return this.recovered(error, startPos, depth, stops);
        }
    }
    /** `recover` for an expression, the most common case, without a closure per call. */
    recoverExpression(complex, stops) {
        const startPos = this.pos;
        const depth = this.depth;
        try {
            return this.parseExpression(complex);
        }
        catch (error) {
            return this.recovered(error, startPos, depth, stops);
        }
    }
    /** After a syntax error thrown while parsing from `startPos`: the Error node `recover` returns. */
    recovered(error, startPos, depth, stops) {
        if (!(error instanceof SyntaxFailure))
            throw error;
        this.depth = depth;
        this.reportFailure(error);
        this.skip(stops, false);
        return this.errorNode(startPos);
    }
    /** Like `recover`, but what failed is dropped (a member of an object, say). */
    attempt(parse, stops) {
        const depth = this.depth;
        try {
            return parse();
        }
        catch (error) {
            this.dropped(error, depth, stops);
            return null;
        }
    }
    /** After a syntax error thrown while parsing what `attempt` drops. */
    dropped(error, depth, stops) {
        if (!(error instanceof SyntaxFailure))
            throw error;
        this.depth = depth;
        this.reportFailure(error);
        this.skip(stops, false);
    }
    errorNode(startPos) {
        let first = startPos;
        while (first < this.pos && this.kindOf(first) === 'newline')
            first++;
        if (first >= this.pos) {
            // nothing was read: an empty node right after the last token, inside whatever encloses it
            return { kind: 'Error', offset: this.lastEnd, length: 0 };
        }
        const start = this.starts[first];
        return { kind: 'Error', offset: start, length: this.lengthFrom(start) };
    }
    /**
     * Skips tokens up to one of `stops` that is not inside brackets opened while skipping, the end of an
     * interpolation hole, or a new line before a declaration that starts a line. A closing bracket that
     * was not opened while skipping ends the skip too (it belongs to an enclosing construct), unless
     * `consumeStrayClosers` (at the top level, where nothing encloses).
     */
    skip(stops, consumeStrayClosers) {
        let brackets = 0;
        let strings = 0;
        for (;;) {
            const kind = this.currentKind;
            if (kind === 'eof')
                return;
            if (kind === 'stringLeft') {
                strings++;
            }
            else if (kind === 'stringMiddle' || kind === 'stringRight') {
                if (strings === 0)
                    return;
                if (kind === 'stringRight')
                    strings--;
            }
            else if (strings === 0) {
                if (kind === 'newline') {
                    if (brackets === 0 && stops.has(kind))
                        return;
                    if (this.isColumnOne(this.pos + 1) && this.declarationStartsAt(this.pos + 1))
                        return;
                }
                else if (brackets === 0 && stops.has(kind)) {
                    return;
                }
                else if (isOpener(kind)) {
                    brackets++;
                }
                else if (isCloser(kind)) {
                    if (brackets > 0)
                        brackets--;
                    else if (!consumeStrayClosers)
                        return;
                }
            }
            this.next();
        }
    }
    /** After a declaration that failed: skips to the next line that starts a declaration. */
    skipToNextDeclaration(startPos) {
        if (this.pos === startPos && !this.atLineEnd())
            this.next();
        let brackets = 0;
        for (;;) {
            const kind = this.currentKind;
            if (kind === 'eof')
                return;
            if (kind === 'newline') {
                const following = this.pos + 1;
                if (this.declarationStartsAt(following) && (brackets === 0 || this.isColumnOne(following)))
                    return;
            }
            else if (isOpener(kind)) {
                brackets++;
            }
            else if (isCloser(kind)) {
                brackets = Math.max(0, brackets - 1);
            }
            this.next();
        }
    }
    // ---------------------------------------------------------------------------------------------------
    // Program and declarations
    parseProgram() {
        const declarations = [];
        for (;;) {
            this.skipNewlines();
            if (this.at('eof'))
                break;
            const startPos = this.pos;
            try {
                const declaration = this.parseDeclaration();
                declarations.push(declaration);
                // (an unclosed object or list may end where the next declaration starts, which was reported)
                if (!this.atLineEnd() && !this.atDeclarationBoundary()) {
                    this.reportAt(this.peek(), 'unexpected-token', `expected a new line after the declaration, found ${this.describe(this.peek())}`);
                    this.skip(LINE, true);
                }
            }
            catch (error) {
                if (!(error instanceof SyntaxFailure))
                    throw error;
                this.depth = 0;
                this.reportFailure(error);
                this.skipToNextDeclaration(startPos);
            }
        }
        const positions = this.positions;
        return {
            kind: 'Program',
            file: this.file,
            mode: this.mode,
            declarations,
            comments: this.lexed.comments,
            directives: this.lexed.directives,
            diagnostics: this.allDiagnostics(),
            offset: 0,
            length: this.text.length,
            rangeOf: (located) => positions.range(located.offset, located.length),
        };
    }
    allDiagnostics() {
        const all = [...this.lexed.diagnostics, ...this.diagnostics].sort((a, b) => a.offset - b.offset);
        if (all.length <= MAX_DIAGNOSTICS)
            return all;
        const kept = all.slice(0, MAX_DIAGNOSTICS);
        const last = kept[kept.length - 1];
        kept.push(makeDiagnostic(this.positions, 'too-many-errors', `more than ${MAX_DIAGNOSTICS} syntax errors; the rest are not reported`, last.offset, 0));
        return kept;
    }
    parseDecorators() {
        const decorators = [];
        while (this.at('@')) {
            const startPos = this.pos;
            const start = this.nextStart();
            const decorator = this.attempt(() => {
                const expression = this.parseDecoratorExpression();
                let name = '';
                let namespace = null;
                let args = [];
                if (expression.kind === 'FunctionCall') {
                    name = expression.name.name;
                    if (expression.object?.kind === 'Identifier')
                        namespace = expression.object.name;
                    args = expression.arguments;
                }
                else if (expression.kind === 'Identifier') {
                    name = expression.name;
                }
                else if (expression.kind === 'PropertyAccess') {
                    name = expression.property.name;
                    if (expression.object.kind === 'Identifier')
                        namespace = expression.object.name;
                }
                const node = {
                    kind: 'Decorator',
                    expression,
                    name,
                    namespace,
                    arguments: args,
                    offset: start,
                    length: this.lengthFrom(start),
                };
                return node;
            }, LINE);
            if (decorator)
                decorators.push(decorator);
            // (at a declaration that starts the next line, an unclosed argument list was reported)
            if (!this.atLineEnd() && !this.atDeclarationBoundary()) {
                this.reportAt(this.peek(), 'unexpected-token', `expected a new line after the decorator, found ${this.describe(this.peek())}`);
                // go on with a declaration on the same line; skip anything else
                if (!this.declarationStartsAt(this.pos))
                    this.skip(LINE, true);
            }
            this.skipNewlines();
            if (this.pos === startPos)
                break;
        }
        return exactSize(decorators);
    }
    /** `name`, `name(args)`, `ns.name(args)` ... */
    parseDecoratorExpression() {
        let expression = this.expectIdentifier('a decorator name after @');
        const start = expression.offset;
        if (this.at('(')) {
            expression = this.parseCall(start, null, expression, true);
        }
        while (this.at('.')) {
            this.next();
            const name = this.expectIdentifier("a decorator or property name after '.'");
            expression = this.at('(')
                ? this.parseCall(start, expression, name, true)
                : {
                    kind: 'PropertyAccess',
                    object: expression,
                    property: name,
                    safe: false,
                    offset: start,
                    length: this.lengthFrom(start),
                };
        }
        return expression;
    }
    parseDeclaration() {
        const start = this.starts[this.pos];
        const decorators = this.parseDecorators();
        const token = this.peek();
        const word = this.kindOf(token) === 'identifier' ? this.tokens.value(token) : '';
        const keywords = this.mode === 'bicep' ? BICEP_KEYWORDS : BICEPPARAM_KEYWORDS;
        if (keywords.has(word)) {
            return this.parseKeywordDeclaration(word, start, decorators);
        }
        if (DECLARATION_KEYWORDS.has(word)) {
            throw this.failure('wrong-file-kind', this.mode === 'bicep'
                ? `'${word}' declarations belong in a .bicepparam file`
                : `'${word}' declarations are not allowed in a .bicepparam file`, token);
        }
        if (decorators.length > 0) {
            this.reportAt(token, 'missing-declaration', `expected a declaration after the decorator, found ${this.describe(token)}`);
            const missing = {
                kind: 'MissingDeclaration',
                decorators,
                offset: start,
                length: this.lengthFrom(start),
            };
            if (!this.atLineEnd())
                this.skipToNextDeclaration(this.pos);
            return missing;
        }
        const list = this.mode === 'bicep'
            ? 'param, var, resource, module, output, type, func, import, metadata or targetScope'
            : 'using, param, var, import or type';
        return this.expected(`a declaration (${list})`);
    }
    parseKeywordDeclaration(keyword, start, decorators) {
        switch (keyword) {
            case 'targetScope': {
                this.next();
                this.expect('=', "'=' after targetScope");
                const value = this.parseValue();
                return {
                    kind: 'TargetScopeDeclaration',
                    decorators,
                    value,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            case 'metadata': {
                this.next();
                const name = this.expectIdentifier('the metadata name after metadata');
                this.expect('=', "'=' after the metadata name");
                const value = this.parseValue();
                return {
                    kind: 'MetadataDeclaration',
                    decorators,
                    name,
                    value,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            case 'param':
                return this.mode === 'bicep'
                    ? this.parseParameter(start, decorators)
                    : this.parseParameterAssignment(start, decorators);
            case 'var': {
                this.next();
                const name = this.expectIdentifier('the variable name after var');
                let type = null;
                if (this.atLineEnd())
                    this.expected("'=' after the variable name");
                if (!this.at('='))
                    type = this.recover(() => this.parseType(false), DECLARED_TYPE);
                this.expect('=', type ? "'=' after the variable type" : "'=' after the variable name");
                const value = this.parseValue();
                return {
                    kind: 'VariableDeclaration',
                    decorators,
                    name,
                    type,
                    value,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            case 'resource':
                return this.parseResource(start, decorators);
            case 'module': {
                this.next();
                const name = this.expectIdentifier('the module name after module');
                const path = this.expectString("the module path after the module name ('./module.bicep')");
                this.expect('=', "'=' after the module path");
                if (this.isKeyword(this.indexPastNewlines(), 'if'))
                    this.skipNewlines();
                const value = this.recover(() => this.parseResourceBody(false), LINE);
                return {
                    kind: 'ModuleDeclaration',
                    decorators,
                    name,
                    path,
                    value,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            case 'output': {
                this.next();
                const name = this.expectIdentifier('the output name after output');
                if (this.atLineEnd() || this.at('='))
                    this.expected('the output type after the output name');
                const type = this.recover(() => this.parseType(true), DECLARED_TYPE);
                this.expect('=', "'=' after the output type");
                const value = this.parseValue();
                return {
                    kind: 'OutputDeclaration',
                    decorators,
                    name,
                    type,
                    value,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            case 'type': {
                this.next();
                const name = this.expectIdentifier('the type name after type');
                this.expect('=', "'=' after the type name");
                const value = this.recover(() => this.parseType(false), LINE);
                return {
                    kind: 'TypeDeclaration',
                    decorators,
                    name,
                    value,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            case 'func':
                return this.parseFunction(start, decorators);
            case 'import':
                return this.parseImport(start, decorators);
            case 'extension':
            case 'provider': {
                this.next();
                return this.parseExtension(start, decorators, keyword);
            }
            case 'test': {
                this.next();
                const name = this.expectIdentifier('the test name after test');
                const path = this.expectString('the path of the tested file after the test name');
                this.expect('=', "'=' after the test path");
                if (!this.at('{'))
                    this.expected("'{' after '='");
                const value = this.parseObject(false);
                return {
                    kind: 'TestDeclaration',
                    decorators,
                    name,
                    path,
                    value,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            case 'assert': {
                this.next();
                const name = this.expectIdentifier('the assertion name after assert');
                this.expect('=', "'=' after the assertion name");
                const value = this.parseValue();
                return {
                    kind: 'AssertDeclaration',
                    decorators,
                    name,
                    value,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            case 'using': {
                this.next();
                let path = null;
                if (this.atKeyword('none'))
                    this.next();
                else
                    path = this.expectString("the path of a Bicep file (or 'none') after using");
                const config = this.parseWithClause();
                return {
                    kind: 'UsingDeclaration',
                    decorators,
                    path,
                    config,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            case 'extends': {
                this.next();
                const path = this.expectString('the path of a parameters file after extends');
                return {
                    kind: 'ExtendsDeclaration',
                    decorators,
                    path,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            case 'extensionConfig': {
                this.next();
                const alias = this.expectIdentifier('the extension alias after extensionConfig');
                const config = this.parseWithClause();
                if (!config)
                    this.expected("'with' after the extension alias");
                return {
                    kind: 'ExtensionConfigAssignment',
                    decorators,
                    alias,
                    config,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            default:
                return this.expected('a declaration');
        }
    }
    /** The value after `=` of a declaration: an expression, or an Error node up to the end of the line. */
    parseValue() {
        return this.recoverExpression(true, LINE);
    }
    parseParameter(start, decorators) {
        this.next();
        const name = this.expectIdentifier('the parameter name after param');
        if (this.atLineEnd() || this.at('='))
            this.expected('the parameter type after the parameter name');
        const type = this.recover(() => this.parseType(false), DECLARED_TYPE);
        let defaultValue = null;
        if (this.at('=')) {
            this.next();
            defaultValue = this.parseValue();
        }
        else if (!this.atLineEnd()) {
            this.reportAt(this.peek(), 'unexpected-token', `expected '=' or a new line after the parameter type, found ${this.describe(this.peek())}`);
            this.skip(LINE, true);
        }
        return {
            kind: 'ParameterDeclaration',
            decorators,
            name,
            type,
            defaultValue,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseParameterAssignment(start, decorators) {
        this.next();
        const name = this.expectIdentifier('the parameter name after param');
        this.expect('=', "'=' after the parameter name");
        const value = this.parseValue();
        return {
            kind: 'ParameterAssignment',
            decorators,
            name,
            value,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseResource(start, decorators) {
        this.next();
        const name = this.expectIdentifier('the resource name after resource');
        const type = this.expectString("the resource type after the resource name ('Namespace/type@version')");
        let existing = false;
        if (this.atKeyword('existing')) {
            this.next();
            existing = true;
        }
        this.expect('=', existing ? "'=' after existing" : "'=' after the resource type");
        if (this.isKeyword(this.indexPastNewlines(), 'if'))
            this.skipNewlines();
        const value = this.recover(() => this.parseResourceBody(true), LINE);
        return {
            kind: 'ResourceDeclaration',
            decorators,
            name,
            type,
            existing,
            value,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    /** `{...}`, `if (c) {...}` or `[for ...: ...]` after a resource's or a module's `=`. */
    parseResourceBody(allowResources) {
        if (this.at('{'))
            return this.parseObject(allowResources);
        if (this.atKeyword('if'))
            return this.parseIfCondition(allowResources);
        if (this.at('['))
            return this.parseFor(true, allowResources);
        return this.expected("'{', 'if' or '[for' after '='");
    }
    parseFunction(start, decorators) {
        this.next();
        const name = this.expectIdentifier('the function name after func');
        this.expect('(', "'(' after the function name");
        const parameters = [];
        this.skipNewlines();
        while (!this.at(')')) {
            const parameterStart = this.starts[this.pos];
            const parameterName = this.expectIdentifier("a parameter name or ')'");
            const type = this.recover(() => this.parseType(false), FUNCTION_PARAMETER);
            parameters.push({
                kind: 'FunctionParameter',
                name: parameterName,
                type,
                offset: parameterStart,
                length: this.lengthFrom(parameterStart),
            });
            this.skipNewlines();
            if (!this.at(','))
                break;
            this.next();
            this.skipNewlines();
        }
        this.expect(')', "',' or ')' after the function parameter");
        if (this.at('=>'))
            this.expected("the return type before '=>'");
        const returnType = this.recover(() => this.parseType(false), RETURN_TYPE);
        this.expect('=>', "'=>' after the return type");
        this.skipNewlinesBeforeLambdaBody();
        const body = this.parseValue();
        return {
            kind: 'FunctionDeclaration',
            decorators,
            name,
            parameters,
            returnType,
            body,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseImport(start, decorators) {
        this.next();
        if (this.at('string') || this.at('stringLeft')) {
            // the older form of a provider declaration: import 'az@1.0.0'
            return this.parseExtension(start, decorators, 'import');
        }
        let symbols = null;
        let namespace = null;
        if (this.at('{')) {
            const open = this.next();
            symbols = this.parseList('}', 'block', 'imported symbols', () => this.attempt(() => {
                const symbolStart = this.starts[this.pos];
                let name;
                if (this.at('identifier'))
                    name = this.identifier();
                else if (this.at('string'))
                    name = this.parseString();
                else
                    this.expected('the name of an exported symbol');
                let alias = null;
                if (this.atKeyword('as')) {
                    this.next();
                    alias = this.expectIdentifier("an alias after 'as'");
                }
                else if (name.kind === 'StringLiteral') {
                    this.reportAt(this.peek(), 'unexpected-token', "a symbol imported by a quoted name needs an alias: 'name' as alias");
                }
                return {
                    kind: 'ImportedSymbol',
                    name,
                    alias,
                    offset: symbolStart,
                    length: this.lengthFrom(symbolStart),
                };
            }, OBJECT_MEMBER));
            this.close('}', open, 'the list of imported symbols');
        }
        else if (this.at('*')) {
            this.next();
            this.expectKeyword('as', "'as' after '*'");
            namespace = this.expectIdentifier("a namespace name after 'as'");
        }
        else {
            this.expected("'{' or '*' after import");
        }
        this.expectKeyword('from', "'from' after the imported symbols");
        const from = this.expectString("the path of the file to import from after 'from'");
        return {
            kind: 'ImportDeclaration',
            decorators,
            symbols,
            namespace,
            from,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseExtension(start, decorators, keyword) {
        let specification;
        if (this.at('identifier'))
            specification = this.identifier();
        else
            specification = this.expectString(`the extension name or specification after ${keyword}`);
        const config = this.parseWithClause();
        let alias = null;
        if (this.atKeyword('as')) {
            this.next();
            alias = this.expectIdentifier("an alias after 'as'");
        }
        return {
            kind: 'ExtensionDeclaration',
            decorators,
            keyword,
            specification,
            config,
            alias,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseWithClause() {
        if (!this.atKeyword('with'))
            return null;
        this.next();
        if (!this.at('{'))
            this.expected("'{' after with");
        return this.parseObject(false);
    }
    // ---------------------------------------------------------------------------------------------------
    // Lists
    /**
     * The members between an opening token (already read) and `close` (not read): separated by new lines or
     * by single commas, as Bicep's objects, arrays and import lists are (`block`); or by commas with new
     * lines allowed around them, as arguments are (`call`). `parseElement` (a method, called with `flag`)
     * recovers by itself and returns null for a member it dropped.
     */
    parseList(close, style, what, parseElement, flag = false) {
        if (this.at(close))
            return [];
        const base = this.listItemCount;
        try {
            this.readListItems(close, style, what, parseElement, flag);
            return copyItems(this.listItems, base, this.listItemCount);
        }
        finally {
            this.listItemCount = base;
        }
    }
    /** The loop of `parseList`: adds the members to `listItems`. */
    readListItems(close, style, what, parseElement, flag) {
        this.skipNewlines();
        let expectElement = true;
        while (!this.at(close) && !this.at('eof')) {
            if (this.atDeclarationBoundary())
                break;
            if (!expectElement) {
                if (this.at('newline')) {
                    const following = this.indexPastNewlines();
                    this.skipNewlines();
                    if (style === 'call' &&
                        this.kindOf(following) !== close &&
                        this.kindOf(following) !== 'eof' &&
                        !this.atDeclarationBoundary()) {
                        this.reportAt(following, 'unexpected-token', `expected ',' between ${what}, found a new line`);
                    }
                }
                else if (this.at(',')) {
                    this.next();
                    if (this.at('newline')) {
                        if (style === 'block') {
                            this.reportAt(this.peek(), 'unexpected-token', `a new line cannot follow ',' between ${what}: separate them with either commas or new lines`);
                        }
                        this.skipNewlines();
                    }
                    if (style === 'call' && this.at(close)) {
                        this.reportAt(this.peek(), 'unexpected-token', `a trailing ',' is not allowed after the last of the ${what}`);
                    }
                }
                else {
                    const token = this.peek();
                    this.reportAt(token, 'unexpected-token', `expected ${style === 'block' ? "a new line or ','" : "','"} between ${what}, found ${this.describe(token)}`);
                    if (isCloser(this.kindOf(token)))
                        break;
                }
                expectElement = true;
                continue;
            }
            // a bracket that closes an enclosing construct: this one was left open
            if (isCloser(this.currentKind))
                break;
            const before = this.pos;
            const element = parseElement.call(this, flag);
            if (element !== null)
                this.listItems[this.listItemCount++] = element;
            if (this.pos === before) {
                // nothing could be read here
                if (isCloser(this.currentKind))
                    break;
                if (!this.at(',') && !this.atLineEnd())
                    this.next();
            }
            expectElement = false;
        }
    }
    /** Reads the closing token of a list, or reports that it is missing (and goes on without it). */
    close(kind, open, what) {
        if (this.at(kind)) {
            this.next();
            return;
        }
        const where = this.positions.position(this.starts[open]);
        this.reportAt(this.peek(), 'unclosed', `expected '${kind}' to close ${what} opened at line ${where.line}, column ${where.column}, found ${this.describe(this.peek())}`);
    }
    // ---------------------------------------------------------------------------------------------------
    // Expressions
    /**
     * An expression. `complex`: objects and arrays may appear (everywhere but in interpolation holes).
     */
    parseExpression(complex) {
        this.enter();
        const start = this.starts[this.pos];
        const condition = this.parseBinary(0, complex);
        if (this.kindPastNewlines() !== '?') {
            this.depth--;
            return condition;
        }
        this.skipNewlines();
        this.next();
        const consequent = this.recoverExpression(complex, TERNARY_TRUE);
        if (consequent.kind !== 'Error' && this.kindPastNewlines() === ':')
            this.skipNewlines();
        let alternate;
        if (this.at(':')) {
            this.next();
            alternate = this.recoverExpression(complex, OPERAND);
        }
        else {
            this.reportAt(this.peek(), 'unexpected-token', `expected ':' in the conditional expression, found ${this.describe(this.peek())}`);
            alternate = this.errorNode(this.pos);
        }
        this.depth--;
        return {
            kind: 'TernaryExpression',
            condition,
            consequent,
            alternate,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseBinary(minPrecedence, complex) {
        const start = this.starts[this.pos];
        let left = this.parseUnary(complex);
        let chain = 0;
        for (;;) {
            const precedence = PRECEDENCE_BY_KIND_CODE[this.kindCodes[this.pos]];
            if (precedence === 0 || precedence <= minPrecedence)
                break;
            const operator = this.currentKind;
            if (++chain > MAX_CHAIN_LENGTH) {
                throw this.failure('too-long', `the expression has more than ${MAX_CHAIN_LENGTH} operators in a row`);
            }
            this.next();
            const right = this.recoverBinary(precedence, complex);
            left = {
                kind: 'BinaryExpression',
                operator,
                left,
                right,
                offset: start,
                length: this.lengthFrom(start),
            };
        }
        return left;
    }
    /** `recover` for the right operand of a binary operator, without a closure per operator. */
    recoverBinary(minPrecedence, complex) {
        const startPos = this.pos;
        const depth = this.depth;
        try {
            return this.parseBinary(minPrecedence, complex);
        }
        catch (error) {
            return this.recovered(error, startPos, depth, OPERAND);
        }
    }
    parseUnary(complex) {
        const operator = this.currentKind;
        if (operator === '!' || operator === '-') {
            const start = this.nextStart();
            const operand = this.recover(() => this.parseMember(complex), OPERAND);
            return {
                kind: 'UnaryExpression',
                operator,
                operand,
                offset: start,
                length: this.lengthFrom(start),
            };
        }
        return this.parseMember(complex);
    }
    parseMember(complex) {
        const start = this.starts[this.pos];
        let expression = this.parsePrimary(complex);
        let chain = 0;
        for (;;) {
            const kind = this.currentKind;
            if (kind !== '[' && kind !== '.' && kind !== '::' && kind !== '!')
                break;
            if (++chain > MAX_CHAIN_LENGTH) {
                throw this.failure('too-long', `the expression has more than ${MAX_CHAIN_LENGTH} member accesses in a row`);
            }
            if (kind === '[') {
                const open = this.next();
                const safe = this.eat('?');
                const fromEnd = this.eat('^');
                let index;
                if (this.at(']')) {
                    this.reportAt(this.peek(), 'unexpected-token', 'expected an index expression between the brackets');
                    index = this.errorNode(this.pos);
                }
                else {
                    index = this.recoverExpression(complex, INDEX);
                }
                this.close(']', open, 'the index');
                expression = {
                    kind: 'IndexAccess',
                    object: expression,
                    index,
                    safe,
                    fromEnd,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            else if (kind === '.') {
                this.next();
                const safe = this.eat('?');
                const name = this.expectIdentifier(`a property or function name after '${safe ? '.?' : '.'}'`);
                if (this.at('(')) {
                    if (safe) {
                        this.report('unexpected-token', "'.?' cannot be used to call a function", name.offset, name.length);
                    }
                    expression = this.parseCall(start, expression, name, complex);
                }
                else {
                    expression = {
                        kind: 'PropertyAccess',
                        object: expression,
                        property: name,
                        safe,
                        offset: start,
                        length: this.lengthFrom(start),
                    };
                }
            }
            else if (kind === '::') {
                this.next();
                const name = this.expectIdentifier("a nested resource name after '::'");
                expression = {
                    kind: 'ResourceAccess',
                    object: expression,
                    name,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            else {
                this.next();
                expression = {
                    kind: 'NonNullAssertion',
                    expression,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
        }
        return expression;
    }
    parsePrimary(complex) {
        const token = this.pos;
        const start = this.starts[token];
        switch (this.kindOf(token)) {
            case 'integer':
                return this.parseInteger();
            case 'true':
            case 'false':
            case 'null':
            case 'multilineString':
                return this.parseKeywordOrMultilineLiteral();
            case 'string':
            case 'stringLeft':
                return this.parseString();
            case '{':
                if (!complex)
                    this.reportComplexLiteral(token);
                return this.parseObject(false);
            case '[': {
                if (!complex)
                    this.reportComplexLiteral(token);
                if (this.isKeyword(this.indexPastNewlines(token + 1), 'for'))
                    return this.parseFor(false, false);
                return this.parseArray();
            }
            case '(':
                return this.parseParenthesizedOrLambda(complex);
            case 'identifier': {
                const name = this.identifier();
                if (this.at('('))
                    return this.parseCall(start, null, name, complex);
                if (this.at('=>'))
                    return this.parseLambdaBody(start, [name]);
                return name;
            }
            default:
                return this.expected('an expression', token);
        }
    }
    /** At `true`, `false`, `null` or a multi-line string: literals that are both expressions and types. */
    parseKeywordOrMultilineLiteral() {
        const token = this.next();
        const kind = this.kindOf(token);
        const start = this.starts[token];
        const length = this.lengthFrom(start);
        if (kind === 'null')
            return { kind: 'NullLiteral', offset: start, length };
        if (kind === 'multilineString') {
            return {
                kind: 'StringLiteral',
                value: this.tokens.value(token),
                multiline: true,
                offset: start,
                length,
            };
        }
        return { kind: 'BooleanLiteral', value: kind === 'true', offset: start, length };
    }
    reportComplexLiteral(token) {
        this.reportAt(token, 'complex-literal', 'objects and arrays cannot be written inside a string interpolation');
    }
    parseInteger() {
        const token = this.next();
        const raw = this.tokens.value(token);
        if (raw.length > 19 && (raw.length > 20 || BigInt(raw) > 18446744073709551615n)) {
            this.reportAt(token, 'invalid-integer', `the integer ${raw} is too large`);
        }
        const start = this.starts[token];
        return {
            kind: 'IntegerLiteral',
            value: Number(raw),
            raw,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    /** A string (with or without interpolation) at the current token, which is `string` or `stringLeft`. */
    parseString() {
        const first = this.next();
        const start = this.starts[first];
        if (this.kindOf(first) === 'string') {
            return {
                kind: 'StringLiteral',
                value: this.tokens.value(first),
                multiline: false,
                offset: start,
                length: this.lengthFrom(start),
            };
        }
        // the segments and the expressions alternate in `listItems`: segment, expression, segment, ...
        const base = this.listItemCount;
        const items = this.listItems;
        try {
            items[this.listItemCount++] = this.tokens.value(first);
            this.readInterpolation();
            return {
                kind: 'InterpolatedString',
                segments: everyOther(items, base, this.listItemCount),
                expressions: everyOther(items, base + 1, this.listItemCount),
                offset: start,
                length: this.lengthFrom(start),
            };
        }
        finally {
            this.listItemCount = base;
        }
    }
    /** The holes of an interpolated string and the segments after them, added to `listItems`. */
    readInterpolation() {
        const items = this.listItems;
        for (;;) {
            const expression = this.recoverExpression(false, parser_HOLE);
            if (!this.at('stringMiddle') && !this.at('stringRight')) {
                const token = this.peek();
                if (this.kindOf(token) !== 'eof') {
                    this.reportAt(token, 'unexpected-token', `expected '}' to end the interpolation, found ${this.describe(token)}`);
                    this.skip(parser_HOLE, false);
                }
            }
            items[this.listItemCount++] = expression;
            if (!this.at('stringMiddle') && !this.at('stringRight')) {
                // only at the end of the file; the lexer closes every string
                items[this.listItemCount++] = '';
                return;
            }
            const piece = this.next();
            items[this.listItemCount++] = this.tokens.value(piece);
            if (this.kindOf(piece) === 'stringRight')
                return;
        }
    }
    expectString(what) {
        if (!this.at('string') && !this.at('stringLeft'))
            this.expected(what);
        return this.parseString();
    }
    parseObject(allowResources) {
        const open = this.next();
        const properties = this.parseList('}', 'block', 'properties', this.parseObjectMember, allowResources);
        this.close('}', open, 'the object');
        const start = this.starts[open];
        return {
            kind: 'ObjectExpression',
            properties,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    /** An object's member, or null for one that failed (reported, and skipped to its end). */
    parseObjectMember(allowResources) {
        const depth = this.depth;
        try {
            const token = this.pos;
            const kind = this.kindOf(token);
            const start = this.starts[token];
            if (allowResources &&
                (kind === '@' ||
                    (kind === 'identifier' && this.kindAhead(1) === 'identifier' && this.atKeyword('resource')))) {
                const decorators = this.parseDecorators();
                if (!this.atKeyword('resource'))
                    this.expected('a nested resource declaration after the decorator');
                return this.parseResource(start, decorators);
            }
            if (kind === '...')
                return this.parseSpread(OBJECT_MEMBER);
            let key;
            let name;
            if (kind === 'identifier') {
                key = this.identifier();
                name = key.name;
            }
            else if (kind === 'string' || kind === 'stringLeft') {
                key = this.parseString();
                name = key.kind === 'StringLiteral' ? key.value : null;
            }
            else {
                return this.expected('a property name');
            }
            this.expect(':', "':' after the property name");
            const value = this.recoverExpression(true, OBJECT_MEMBER);
            return {
                kind: 'ObjectProperty',
                key,
                name,
                value,
                offset: start,
                length: this.lengthFrom(start),
            };
        }
        catch (error) {
            this.dropped(error, depth, OBJECT_MEMBER);
            return null;
        }
    }
    parseSpread(stops) {
        const start = this.nextStart();
        const expression = this.recoverExpression(true, stops);
        return {
            kind: 'SpreadElement',
            expression,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseArray() {
        const open = this.next();
        const items = this.parseList(']', 'block', 'array items', this.parseArrayItem);
        this.close(']', open, 'the array');
        const start = this.starts[open];
        return {
            kind: 'ArrayExpression',
            items,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseArrayItem() {
        return this.at('...') ? this.parseSpread(ARRAY_ITEM) : this.recoverExpression(true, ARRAY_ITEM);
    }
    /**
     * `[for ...]`; in a resource or module body (`resourceBody`) the loop body is an object or a condition.
     * A loop whose head cannot be read becomes an Error node up to its `]`.
     */
    parseFor(resourceBody, allowResources) {
        this.enter();
        const startPos = this.pos;
        const open = this.next();
        let item;
        let index = null;
        let iterable;
        let inVariableBlock = false;
        try {
            this.skipNewlines();
            this.expectKeyword('for', "'for' after '['");
            if (this.at('identifier')) {
                item = this.identifier();
            }
            else if (this.at('(')) {
                this.next();
                inVariableBlock = true;
                item = this.expectIdentifier('the item variable of the loop');
                this.expect(',', "',' and the index variable after the item variable");
                index = this.expectIdentifier('the index variable of the loop');
                this.expect(')', "')' after the index variable");
                inVariableBlock = false;
            }
            else {
                this.expected("the loop variable or '(item, index)' after 'for'");
            }
            this.expectKeyword('in', "'in' after the loop variable");
            iterable = this.recoverExpression(true, FOR_ITERABLE);
            this.expect(':', "':' after the loop collection");
        }
        catch (error) {
            if (!(error instanceof SyntaxFailure) || error.code === 'too-deep')
                throw error;
            this.reportFailure(error);
            // skip the rest of the loop, up to its ']'
            if (inVariableBlock) {
                this.skip(CLOSE_PAREN, false);
                this.eat(')');
            }
            this.skip(CLOSE_SQUARE, false);
            this.eat(']');
            this.depth--;
            return this.errorNode(startPos);
        }
        const body = this.recover(() => {
            if (!resourceBody)
                return this.parseExpression(true);
            if (this.at('{'))
                return this.parseObject(allowResources);
            if (this.atKeyword('if'))
                return this.parseIfCondition(allowResources);
            return this.expected("'{' or 'if' for the loop body");
        }, FOR_BODY);
        if (body.kind !== 'Error')
            this.skipNewlines();
        this.close(']', open, 'the loop');
        this.depth--;
        const start = this.starts[open];
        return {
            kind: 'ForExpression',
            item,
            index,
            iterable,
            body,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseIfCondition(allowResources) {
        const start = this.nextStart();
        this.expect('(', "'(' after if");
        this.skipNewlines();
        const condition = this.recoverExpression(true, CONDITION);
        this.skipNewlines();
        if (!this.at(')')) {
            this.reportAt(this.peek(), 'unexpected-token', `expected ')' after the condition, found ${this.describe(this.peek())}`);
            this.skip(CONDITION, false);
            this.skipNewlines();
        }
        if (this.at(')'))
            this.next();
        if (!this.at('{'))
            this.expected("'{' after the condition");
        const body = this.parseObject(allowResources);
        return {
            kind: 'IfCondition',
            condition,
            body,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    /** `(expression)` or a lambda's `(a, b) =>`. */
    parseParenthesizedOrLambda(complex) {
        this.enter();
        const open = this.next();
        const items = [];
        this.skipNewlines();
        while (!this.at(')') && !this.at('eof') && !this.atDeclarationBoundary()) {
            const before = this.pos;
            items.push(this.recoverExpression(complex, PAREN_ITEM));
            this.skipNewlines();
            if (this.at(',')) {
                this.next();
                this.skipNewlines();
                continue;
            }
            if (this.pos === before && !this.at(')'))
                break;
            if (!this.at(')')) {
                this.reportAt(this.peek(), 'unexpected-token', `expected ')' or ',', found ${this.describe(this.peek())}`);
                this.skip(PAREN_ITEM, false);
                this.skipNewlines();
                if (this.at(',')) {
                    this.next();
                    this.skipNewlines();
                    continue;
                }
            }
            break;
        }
        this.close(')', open, 'the parenthesis');
        if (this.at('=>')) {
            const parameters = [];
            for (const item of items) {
                if (item.kind === 'Identifier')
                    parameters.push(item);
                else if (item.kind !== 'Error') {
                    this.report('unexpected-token', 'expected a lambda parameter name', item.offset, item.length);
                }
            }
            this.depth--;
            return this.parseLambdaBody(this.starts[open], parameters);
        }
        this.depth--;
        let expression;
        if (items.length === 1) {
            expression = items[0];
        }
        else {
            const openEnd = this.ends[open];
            const at = items.length === 0 ? openEnd : items[1].offset;
            this.report('unexpected-token', 'parentheses must hold exactly one expression', at, 0);
            expression = items[0] ?? {
                kind: 'Error',
                offset: openEnd,
                length: 0,
            };
        }
        const start = this.starts[open];
        return {
            kind: 'ParenthesizedExpression',
            expression,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    /** New lines may come between `=>` and the body, unless the next line starts a declaration. */
    skipNewlinesBeforeLambdaBody() {
        const following = this.indexPastNewlines();
        if (!(this.kindOf(following) === 'identifier' && DECLARATION_KEYWORDS.has(this.tokens.value(following)))) {
            this.skipNewlines();
        }
    }
    /** At `=>`. */
    parseLambdaBody(start, parameters) {
        this.next();
        this.skipNewlinesBeforeLambdaBody();
        const body = this.recoverExpression(true, OPERAND);
        return {
            kind: 'LambdaExpression',
            parameters,
            body,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    /** At `(` after a function name. */
    parseCall(start, object, name, complex) {
        const open = this.next();
        const args = this.parseList(')', 'call', 'arguments', this.parseArgument, complex);
        this.close(')', open, 'the argument list');
        return {
            kind: 'FunctionCall',
            object,
            name,
            arguments: args,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseArgument(complex) {
        return this.recoverExpression(complex, ARGUMENT);
    }
    // ---------------------------------------------------------------------------------------------------
    // Types
    /** A declared type: `resource 'T@v'` (for an output the type string may be left out) or a type expression. */
    parseType(allowOptionalResourceType) {
        if (this.atKeyword('resource') && this.kindAhead(1) !== '<') {
            const start = this.nextStart();
            let typeString = null;
            if (this.at('string') || this.at('stringLeft'))
                typeString = this.parseString();
            else if (!allowOptionalResourceType)
                this.expected("the resource type string after 'resource'");
            return {
                kind: 'ResourceType',
                typeString,
                offset: start,
                length: this.lengthFrom(start),
            };
        }
        return this.parseTypeExpression();
    }
    atUnionSeparator() {
        return this.at('|') || (this.at('newline') && this.kindPastNewlines() === '|');
    }
    parseTypeExpression() {
        this.enter();
        const start = this.starts[this.indexPastNewlines()];
        let members = null;
        if (this.atUnionSeparator()) {
            this.skipNewlines();
            this.next();
            members = [];
        }
        const first = this.parseUnaryType();
        if (members === null && !this.atUnionSeparator()) {
            this.depth--;
            return first;
        }
        members = members ?? [];
        members.push(first);
        while (this.atUnionSeparator()) {
            this.skipNewlines();
            this.next();
            if (this.at('newline') || this.at('eof')) {
                this.reportAt(this.peek(), 'unexpected-token', "expected a type after '|'");
                members.push(this.errorNode(this.pos));
                break;
            }
            members.push(this.recover(() => this.parseUnaryType(), UNION_MEMBER));
        }
        this.depth--;
        return {
            kind: 'UnionType',
            members,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseUnaryType() {
        const operator = this.currentKind;
        const start = this.starts[this.pos];
        let type;
        if (operator === '!' || operator === '-') {
            this.next();
            const operand = this.parseMemberType();
            type = {
                kind: 'UnaryType',
                operator: operator,
                operand,
                offset: start,
                length: this.lengthFrom(start),
            };
        }
        else {
            type = this.parseMemberType();
        }
        for (;;) {
            if (this.at('?')) {
                this.next();
                type = {
                    kind: 'NullableType',
                    base: type,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            else if (this.at('!')) {
                this.next();
                type = {
                    kind: 'NonNullableType',
                    base: type,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            else {
                return type;
            }
        }
    }
    parseMemberType() {
        const start = this.starts[this.pos];
        let type = this.parsePrimaryType();
        let chain = 0;
        for (;;) {
            if (!this.at('[') && !this.at('.'))
                return type;
            if (++chain > MAX_CHAIN_LENGTH) {
                throw this.failure('too-long', `the type has more than ${MAX_CHAIN_LENGTH} member accesses in a row`);
            }
            if (this.at('[')) {
                const open = this.next();
                if (this.at(']')) {
                    this.next();
                    type = {
                        kind: 'ArrayType',
                        element: type,
                        offset: start,
                        length: this.lengthFrom(start),
                    };
                }
                else if (this.at('*')) {
                    this.next();
                    this.close(']', open, 'the index');
                    type = {
                        kind: 'TypeItemsAccess',
                        object: type,
                        offset: start,
                        length: this.lengthFrom(start),
                    };
                }
                else {
                    const index = this.recoverExpression(false, INDEX);
                    this.close(']', open, 'the index');
                    type = {
                        kind: 'TypeIndexAccess',
                        object: type,
                        index,
                        offset: start,
                        length: this.lengthFrom(start),
                    };
                }
            }
            else {
                this.next();
                if (this.at('*')) {
                    this.next();
                    type = {
                        kind: 'TypeAdditionalPropertiesAccess',
                        object: type,
                        offset: start,
                        length: this.lengthFrom(start),
                    };
                    continue;
                }
                const name = this.expectIdentifier("a property name after '.'");
                type = this.at('<')
                    ? this.parseTypeArguments(start, type, name)
                    : {
                        kind: 'TypePropertyAccess',
                        object: type,
                        property: name,
                        offset: start,
                        length: this.lengthFrom(start),
                    };
            }
        }
    }
    parsePrimaryType() {
        const token = this.pos;
        const start = this.starts[token];
        switch (this.kindOf(token)) {
            case 'integer':
                return this.parseInteger();
            case 'true':
            case 'false':
            case 'null':
            case 'multilineString':
                return this.parseKeywordOrMultilineLiteral();
            case 'string':
            case 'stringLeft': {
                const value = this.parseString();
                if (value.kind === 'InterpolatedString') {
                    this.report('type-interpolation', 'a string literal type cannot use interpolation', value.offset, value.length);
                }
                return value;
            }
            case '{':
                return this.parseObjectType();
            case '[':
                return this.parseTupleType();
            case '(': {
                this.enter();
                const open = this.next();
                const type = this.recover(() => this.parseTypeExpression(), PAREN_ITEM);
                if (this.at(',')) {
                    this.reportAt(this.peek(), 'unexpected-token', 'parentheses must hold exactly one type');
                    this.skip(CLOSE_PAREN_OR_LINE, false);
                }
                this.close(')', open, 'the parenthesis');
                this.depth--;
                return {
                    kind: 'ParenthesizedType',
                    type,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            case 'identifier': {
                const name = this.identifier();
                if (this.at('<'))
                    return this.parseTypeArguments(start, null, name);
                return {
                    kind: 'TypeReference',
                    name,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            default:
                return this.expected('a type', token);
        }
    }
    /** At `<` after a parameterized type's name: `resourceInput<'T@v'>`. */
    parseTypeArguments(start, object, name) {
        const open = this.next();
        const args = this.parseList('>', 'call', 'type arguments', this.parseTypeArgument);
        this.close('>', open, 'the type arguments');
        return {
            kind: 'ParameterizedType',
            object,
            name,
            arguments: args,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseTypeArgument() {
        return this.recover(() => this.parseTypeExpression(), TYPE_ARGUMENT);
    }
    parseObjectType() {
        const open = this.next();
        const properties = this.parseList('}', 'block', 'properties', () => this.attempt(() => {
            const start = this.starts[this.pos];
            const decorators = this.parseDecorators();
            const kind = this.currentKind;
            if (kind === '*') {
                this.next();
                this.expect(':', "':' after '*'");
                const value = this.recover(() => this.parseTypeExpression(), OBJECT_MEMBER);
                return {
                    kind: 'ObjectTypeAdditionalProperties',
                    decorators,
                    value,
                    offset: start,
                    length: this.lengthFrom(start),
                };
            }
            let key;
            let name;
            if (kind === 'identifier') {
                key = this.identifier();
                name = key.name;
            }
            else if (kind === 'string' || kind === 'stringLeft') {
                key = this.parseString();
                name = key.kind === 'StringLiteral' ? key.value : null;
            }
            else {
                return this.expected("a property name or '*'");
            }
            let optional = false;
            if (this.at('?') && this.kindAhead(1) === ':') {
                // TypeScript's `name?: type`; Bicep writes an optional property as `name: type?`
                this.reportAt(this.peek(), 'optional-property', `Bicep marks an optional property with a nullable type: write '${name ?? 'name'}: type?', not '${name ?? 'name'}?: type'`);
                this.next();
                optional = true;
            }
            this.expect(':', "':' after the property name");
            let value = this.recover(() => this.parseTypeExpression(), OBJECT_MEMBER);
            if (optional)
                value = {
                    kind: 'NullableType',
                    base: value,
                    offset: value.offset,
                    length: value.length,
                };
            return {
                kind: 'ObjectTypeProperty',
                decorators,
                key,
                name,
                value,
                offset: start,
                length: this.lengthFrom(start),
            };
        }, OBJECT_MEMBER));
        this.close('}', open, 'the object type');
        const start = this.starts[open];
        return {
            kind: 'ObjectType',
            properties,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
    parseTupleType() {
        const open = this.next();
        const items = this.parseList(']', 'block', 'tuple items', () => this.attempt(() => {
            const start = this.starts[this.pos];
            const decorators = this.parseDecorators();
            const value = this.recover(() => this.parseTypeExpression(), ARRAY_ITEM);
            return {
                kind: 'TupleTypeItem',
                decorators,
                value,
                offset: start,
                length: this.lengthFrom(start),
            };
        }, ARRAY_ITEM));
        this.close(']', open, 'the tuple type');
        const start = this.starts[open];
        return {
            kind: 'TupleType',
            items,
            offset: start,
            length: this.lengthFrom(start),
        };
    }
}

// EXTERNAL MODULE: ./src/model/libraries.ts
var libraries = __webpack_require__(6466);
// EXTERNAL MODULE: ./src/model/directives.ts
var directives = __webpack_require__(7507);
// EXTERNAL MODULE: ./src/model/node.ts
var model_node = __webpack_require__(2909);
// EXTERNAL MODULE: ./src/model/resource.ts + 1 modules
var resource = __webpack_require__(9060);
// EXTERNAL MODULE: ./src/sources/arm/defaults.ts
var defaults = __webpack_require__(4749);
// EXTERNAL MODULE: ./src/sources/arm/nodes.ts
var nodes = __webpack_require__(4406);
// EXTERNAL MODULE: ./src/sources/arm/expressions/index.ts + 16 modules
var expressions = __webpack_require__(2860);
;// CONCATENATED MODULE: ./src/sources/bicep/translate.ts
/**
 * Translates Bicep expressions into the ARM expression syntax tree, as the Bicep compiler does when it
 * writes a template, so that one function library and one evaluator serve both languages:
 *
 * | Bicep                                  | ARM                                                 |
 * | -------------------------------------- | --------------------------------------------------- |
 * | `x` (parameter, variable)              | `parameters('x')`, `variables('x')`                 |
 * | `'a${x}b'`                             | `format('a{0}b', x)` (braces of the text doubled)  |
 * | `true`, `false`, `null`                | `true()`, `false()`, `null()`                       |
 * | `{ a: x, ...o }`, `[x, ...a]`          | `shallowMerge([createObject('a', x), o])`, `concat([x], a)` |
 * | `==`, `!=`                             | `equals`, `not(equals)` (case-sensitive)            |
 * | `=~`, `!~`                             | `equals(toLower(a), toLower(b))`, and its `not`     |
 * | `<`, `<=`, `>`, `>=`                   | `less`, `lessOrEquals`, `greater`, `greaterOrEquals` |
 * | `&&`, `\|\|`, `!`, `??`, `c ? a : b`   | `and`, `or`, `not`, `coalesce`, `if`                |
 * | `+ - * / %`, unary `-`                 | `add sub mul div mod`, `sub(0, x)` (literals negated) |
 * | `a.b`, `a['b']`, `a[0]`, `a[^1]`       | property and index access, `a[sub(length(a), 1)]`   |
 * | `a.?b.c`, `a[?0]`                      | `tryGet(a, 'b', 'c')`, `tryGet(a, 0)`               |
 * | `x!`, `any(x)`, `(x)`                  | `x`                                                 |
 * | `az.f()`, `sys.f()`                    | `f()`                                               |
 * | `(x, i) => body`                       | `lambda('x', 'i', body)` with `lambdaVariables('x')` |
 *
 * What ARM expresses differently goes through calls in the `$bicep` namespace, which the Bicep scope
 * answers (`EvalScope.userFunction`): loop variables and function parameters (`local`), resource symbols
 * (`hsm.id`, `hsm.name`, `hsm.properties.x`), module outputs, user-defined functions, for-expressions
 * inside an expression, `load*Content()` and `.bicepparam` functions.
 */
/** The namespace of the calls the Bicep scope answers. */
const HOOK_NAMESPACE = '$bicep';
/** A construct that has no meaning here; the expression is then unknown for this reason. */
class TranslationError extends Error {
}
const span = (node) => ({ start: node.offset, end: node.offset + node.length });
function call(name, args, at, namespace) {
    const expr = { kind: 'call', name, args, start: at.start, end: at.end };
    if (namespace !== undefined)
        expr.namespace = namespace;
    return expr;
}
function hook(name, args, at) {
    return call(name, args, at, HOOK_NAMESPACE);
}
const translate_text = (value, at) => ({ kind: 'string', value, start: at.start, end: at.end });
const integer = (value, at) => ({ kind: 'integer', value, start: at.start, end: at.end });
const none = (at) => call('null', [], at);
const BINARY = {
    '+': 'add',
    '-': 'sub',
    '*': 'mul',
    '/': 'div',
    '%': 'mod',
    '<': 'less',
    '<=': 'lessOrEquals',
    '>': 'greater',
    '>=': 'greaterOrEquals',
    '==': 'equals',
    '&&': 'and',
    '||': 'or',
    '??': 'coalesce',
};
/** Bicep functions evaluated by the Bicep scope rather than the ARM library. */
const HOOKED_FUNCTIONS = {
    loadtextcontent: 'load',
    loadjsoncontent: 'load',
    loadyamlcontent: 'load',
    loadfileasbase64: 'load',
    loaddirectoryfileinfo: 'load',
    readenvironmentvariable: 'env',
    getsecret: 'secret',
    externalinput: 'external',
};
/** Translates a Bicep expression; throws `TranslationError` for what cannot be expressed. */
function translate(expr, resolver) {
    return new Translator(resolver).expression(expr, new Set());
}
class Translator {
    resolver;
    constructor(resolver) {
        this.resolver = resolver;
    }
    expression(expr, lambdas) {
        const at = span(expr);
        switch (expr.kind) {
            case 'StringLiteral':
                return translate_text(expr.value, at);
            case 'IntegerLiteral':
                return integer(expr.value, at);
            case 'BooleanLiteral':
                return call(expr.value ? 'true' : 'false', [], at);
            case 'NullLiteral':
                return none(at);
            case 'InterpolatedString':
                return this.interpolation(expr, lambdas);
            case 'ObjectExpression':
                return this.object(expr, lambdas);
            case 'ArrayExpression': {
                const parts = [];
                let run = [];
                let spread = false;
                for (const item of expr.items) {
                    if (item.kind === 'SpreadElement') {
                        spread = true;
                        if (run.length > 0)
                            parts.push(call('createArray', run, at));
                        run = [];
                        parts.push(this.expression(item.expression, lambdas));
                    }
                    else {
                        run.push(this.expression(item, lambdas));
                    }
                }
                if (!spread)
                    return call('createArray', run, at);
                if (run.length > 0)
                    parts.push(call('createArray', run, at));
                return parts.length === 1
                    ? call('concat', [parts[0], call('createArray', [], at)], at)
                    : call('concat', parts, at);
            }
            case 'ForExpression':
                if (lambdas.size > 0)
                    throw new TranslationError('a for-expression inside a lambda is not evaluated');
                return hook('node', [integer(this.resolver.register(expr), at)], at);
            case 'ParenthesizedExpression':
            case 'NonNullAssertion':
                return this.expression(expr.expression, lambdas);
            case 'UnaryExpression':
                if (expr.operator === '!')
                    return call('not', [this.expression(expr.operand, lambdas)], at);
                if (expr.operand.kind === 'IntegerLiteral')
                    return integer(-expr.operand.value, at);
                return call('sub', [integer(0, at), this.expression(expr.operand, lambdas)], at);
            case 'BinaryExpression': {
                const left = this.expression(expr.left, lambdas);
                const right = this.expression(expr.right, lambdas);
                switch (expr.operator) {
                    case '!=':
                        return call('not', [call('equals', [left, right], at)], at);
                    case '=~':
                        return call('equals', [call('toLower', [left], at), call('toLower', [right], at)], at);
                    case '!~':
                        return call('not', [call('equals', [call('toLower', [left], at), call('toLower', [right], at)], at)], at);
                    default:
                        return call(BINARY[expr.operator], [left, right], at);
                }
            }
            case 'TernaryExpression':
                return call('if', [
                    this.expression(expr.condition, lambdas),
                    this.expression(expr.consequent, lambdas),
                    this.expression(expr.alternate, lambdas),
                ], at);
            case 'Identifier':
                return this.identifier(expr.name, at, lambdas);
            case 'PropertyAccess':
            case 'IndexAccess':
            case 'ResourceAccess':
                return this.access(expr, lambdas);
            case 'FunctionCall':
                return this.call(expr, lambdas);
            case 'LambdaExpression':
                return this.lambda(expr, lambdas);
            case 'Error':
                throw new TranslationError('the expression has a syntax error');
        }
    }
    identifier(name, at, lambdas) {
        if (lambdas.has(name))
            return call('lambdaVariables', [translate_text(name, at)], at);
        switch (this.resolver.kindOf(name)) {
            case 'local':
                return hook('local', [translate_text(name, at)], at);
            case 'parameter':
                return call('parameters', [translate_text(name, at)], at);
            case 'variable':
                return call('variables', [translate_text(name, at)], at);
            case 'resource':
                if (this.resolver.isResourceCollection(name))
                    throw new TranslationError(`resource collection '${name}' needs an index`);
                return hook('resource', [translate_text(name, at), none(at), translate_text('id', at)], at);
            case 'module':
                throw new TranslationError(`module '${name}' is not a value; use its outputs`);
            case 'function':
                throw new TranslationError(`function '${name}' is not a value; call it`);
            case 'namespace':
                throw new TranslationError(`namespace '${name}' is not a value`);
            default:
                throw new TranslationError(`'${name}' is not declared`);
        }
    }
    interpolation(expr, lambdas) {
        const at = span(expr);
        let format = '';
        expr.segments.forEach((segment, index) => {
            format += segment.replace(/[{}]/g, (brace) => brace + brace);
            if (index < expr.expressions.length)
                format += `{${index}}`;
        });
        return call('format', [translate_text(format, at), ...expr.expressions.map((e) => this.expression(e, lambdas))], at);
    }
    object(expr, lambdas) {
        const at = span(expr);
        const parts = [];
        let run = [];
        let spread = false;
        for (const member of expr.properties) {
            if (member.kind === 'ResourceDeclaration')
                throw new TranslationError('a nested resource is not a value');
            if (member.kind === 'SpreadElement') {
                spread = true;
                if (run.length > 0)
                    parts.push(call('createObject', run, at));
                run = [];
                parts.push(this.expression(member.expression, lambdas));
                continue;
            }
            const key = member.name !== null ? translate_text(member.name, span(member.key)) : this.expression(member.key, lambdas);
            run.push(key, this.expression(member.value, lambdas));
        }
        if (!spread)
            return call('createObject', run, at);
        if (run.length > 0)
            parts.push(call('createObject', run, at));
        return call('shallowMerge', [call('createArray', parts, at)], at);
    }
    lambda(expr, lambdas) {
        const inner = new Set(lambdas);
        for (const parameter of expr.parameters)
            inner.add(parameter.name);
        const at = span(expr);
        return call('lambda', [...expr.parameters.map((p) => translate_text(p.name, span(p))), this.expression(expr.body, inner)], at);
    }
    call(expr, lambdas) {
        const at = span(expr);
        const name = expr.name.name;
        const args = () => expr.arguments.map((arg) => this.expression(arg, lambdas));
        if (expr.object !== null) {
            const target = this.symbolRoot(expr.object, lambdas);
            if (target?.kind === 'resource') {
                return hook('resourceCall', [translate_text(target.symbol, at), target.index ?? none(at), translate_text(name, at)], at);
            }
            if (target?.kind === 'module')
                throw new TranslationError(`a module has no function '${name}'`);
            const namespace = expr.object.kind === 'Identifier' ? expr.object.name : undefined;
            const kind = namespace === undefined ? undefined : this.resolver.kindOf(namespace);
            if ((namespace === 'az' || namespace === 'sys') && (kind === undefined || kind === 'namespace'))
                return this.builtin(name, expr, lambdas, at);
            if (kind === 'namespace')
                throw new TranslationError(`imported function '${namespace}.${name}' is not evaluated`);
            throw new TranslationError(`'${name}' cannot be called on this value`);
        }
        if (!lambdas.has(name) && this.resolver.kindOf(name) === 'function')
            return hook('func', [translate_text(name, at), ...args()], at);
        return this.builtin(name, expr, lambdas, at);
    }
    builtin(name, expr, lambdas, at) {
        const args = expr.arguments.map((arg) => this.expression(arg, lambdas));
        const lower = name.toLowerCase();
        if (lower === 'any' && args.length === 1)
            return args[0];
        const hooked = HOOKED_FUNCTIONS[lower];
        if (hooked)
            return hook(hooked, [translate_text(name, at), ...args], at);
        return call(name, args, at);
    }
    /** A resource or module a chain starts from: `hsm`, `keys[i]`, `hsm::key`, `mods[0]`. */
    symbolRoot(expr, lambdas) {
        if (expr.kind === 'Identifier') {
            if (lambdas.has(expr.name))
                return undefined;
            const kind = this.resolver.kindOf(expr.name);
            if (kind === 'resource' || kind === 'module')
                return { kind, symbol: expr.name };
            return undefined;
        }
        if (expr.kind === 'ResourceAccess') {
            const parent = this.symbolRoot(expr.object, lambdas);
            if (parent?.kind !== 'resource' || parent.index !== undefined)
                throw new TranslationError(`'::${expr.name.name}' needs a resource declared without a loop on its left`);
            return { kind: 'resource', symbol: `${parent.symbol}::${expr.name.name}` };
        }
        if (expr.kind === 'IndexAccess' && !expr.safe && !expr.fromEnd) {
            const base = this.symbolRoot(expr.object, lambdas);
            if (!base || base.index !== undefined)
                return undefined;
            const collection = base.kind === 'resource'
                ? this.resolver.isResourceCollection(base.symbol)
                : this.resolver.isModuleCollection(base.symbol);
            if (!collection)
                return undefined;
            return { ...base, index: this.expression(expr.index, lambdas) };
        }
        return undefined;
    }
    access(expr, lambdas) {
        // Unwind the chain down to its root.
        const accessors = [];
        let root = expr;
        for (;;) {
            const symbol = this.symbolRoot(root, lambdas);
            if (symbol)
                return this.symbolAccess(symbol, accessors, root, lambdas);
            if (root.kind === 'PropertyAccess') {
                accessors.unshift({ kind: 'property', name: root.property.name, safe: root.safe, node: root });
                root = root.object;
            }
            else if (root.kind === 'IndexAccess') {
                accessors.unshift({
                    kind: 'index',
                    index: root.index,
                    safe: root.safe,
                    fromEnd: root.fromEnd,
                    node: root,
                });
                root = root.object;
            }
            else if (root.kind === 'NonNullAssertion' || root.kind === 'ParenthesizedExpression') {
                root = root.expression;
            }
            else if (root.kind === 'ResourceAccess') {
                throw new TranslationError(`'::${root.name.name}' needs a resource on its left`);
            }
            else {
                break;
            }
        }
        return this.applyAccessors(this.expression(root, lambdas), accessors, lambdas);
    }
    /** Property and index access; from the first safe access on, the rest of the chain joins one `tryGet`. */
    applyAccessors(start, accessors, lambdas) {
        let current = start;
        let tryGet;
        for (const accessor of accessors) {
            const at = span(accessor.node);
            if (accessor.kind === 'index' && accessor.fromEnd) {
                const offset = this.expression(accessor.index, lambdas);
                const index = call('sub', [call('length', [current], at), offset], at);
                current = accessor.safe
                    ? call('tryGet', [current, index], at)
                    : { kind: 'index', target: current, index, ...at };
                tryGet = accessor.safe ? current : undefined;
                continue;
            }
            const key = accessor.kind === 'property' ? translate_text(accessor.name, at) : this.expression(accessor.index, lambdas);
            if (tryGet) {
                tryGet = { ...tryGet, args: [...tryGet.args, key], end: at.end };
                current = tryGet;
            }
            else if (accessor.safe) {
                tryGet = call('tryGet', [current, key], { start: current.start, end: at.end });
                current = tryGet;
            }
            else if (accessor.kind === 'property') {
                current = {
                    kind: 'property',
                    target: current,
                    name: accessor.name,
                    start: current.start,
                    end: at.end,
                };
            }
            else {
                current = { kind: 'index', target: current, index: key, start: current.start, end: at.end };
            }
        }
        return current;
    }
    /** `hsm.id`, `hsm.properties.x`, `keys[0].name`, `mod.outputs.x`, `mods[i].outputs['x']`. */
    symbolAccess(symbol, accessors, root, lambdas) {
        const at = span(root);
        const index = symbol.index ?? none(at);
        if (symbol.kind === 'resource') {
            if (symbol.index === undefined && this.resolver.isResourceCollection(symbol.symbol))
                throw new TranslationError(`resource collection '${symbol.symbol}' needs an index`);
            const [first, ...rest] = accessors;
            if (!first)
                return hook('resource', [translate_text(symbol.symbol, at), index, translate_text('id', at)], at);
            const property = first.kind === 'property'
                ? translate_text(first.name, span(first.node))
                : this.expression(first.index, lambdas);
            const base = hook('resource', [translate_text(symbol.symbol, at), index, property], {
                start: at.start,
                end: span(first.node).end,
            });
            return this.applyAccessors(base, rest, lambdas);
        }
        if (symbol.index === undefined && this.resolver.isModuleCollection(symbol.symbol))
            throw new TranslationError(`module collection '${symbol.symbol}' needs an index`);
        const [first, second, ...rest] = accessors;
        if (!first || first.kind !== 'property')
            throw new TranslationError(`module '${symbol.symbol}' is read through .outputs or .name`);
        const firstAt = span(first.node);
        if (first.name === 'name')
            return this.applyAccessors(hook('module', [translate_text(symbol.symbol, at), index, translate_text('name', firstAt)], {
                start: at.start,
                end: firstAt.end,
            }), [second, ...rest].filter((a) => a !== undefined), lambdas);
        if (first.name !== 'outputs')
            throw new TranslationError(`module '${symbol.symbol}' has no property '${first.name}' before deployment`);
        if (!second)
            return hook('module', [translate_text(symbol.symbol, at), index, translate_text('outputs', firstAt)], {
                start: at.start,
                end: firstAt.end,
            });
        const secondAt = span(second.node);
        const output = second.kind === 'property' ? translate_text(second.name, secondAt) : this.expression(second.index, lambdas);
        return this.applyAccessors(hook('module', [translate_text(symbol.symbol, at), index, translate_text('outputs', firstAt), output], {
            start: at.start,
            end: secondAt.end,
        }), rest, lambdas);
    }
}

;// CONCATENATED MODULE: ./src/sources/bicep/scope.ts



/** A for-expression in a value yields at most this many elements; a larger one is unknown. */
const MAX_FOR_ITEMS = 1000;
/**
 * The expression scope of a Bicep file: declarations of the file, plus the local names in effect (loop
 * variables of `for` expressions, parameters of a user-defined function). Values are evaluated into
 * property trees that keep the range of each Bicep expression; leaves go through the ARM evaluator.
 */
class BicepScope {
    template;
    locals;
    constructor(template, locals = new Map()) {
        this.template = template;
        this.locals = locals;
    }
    get now() {
        return this.template.now;
    }
    /** A scope with more local names bound (a loop instance, a function call). */
    with(bindings) {
        const locals = new Map(this.locals);
        for (const [name, node] of bindings)
            locals.set(name, node);
        return new BicepScope(this.template, locals);
    }
    // --- EvalScope: what the translated ARM expressions ask -------------------------------------------
    parameter(name) {
        const tree = this.template.parameterTree(name);
        return tree && (0,nodes/* treeResult */.mq)(tree);
    }
    variable(name) {
        const tree = this.template.variableTree(name);
        return tree && (0,nodes/* treeResult */.mq)(tree);
    }
    copyIndex() {
        return undefined; // Bicep names its loop variables; copyIndex() is not Bicep
    }
    userFunction(namespace, name, args) {
        if (namespace !== HOOK_NAMESPACE)
            return undefined;
        return this.template.hook(this, name, args);
    }
    // --- Resolver: what the translator asks ---------------------------------------------------------
    kindOf(name) {
        if (this.locals.has(name))
            return 'local';
        return this.template.kindOf(name);
    }
    isResourceCollection(symbol) {
        return !this.locals.has(symbol) && this.template.isResourceCollection(symbol);
    }
    isModuleCollection(symbol) {
        return !this.locals.has(symbol) && this.template.isModuleCollection(symbol);
    }
    register(node) {
        return this.template.register(node);
    }
    // --- Evaluation -------------------------------------------------------------------------------------
    /** Evaluates an expression into a property tree; never throws. */
    evaluate(expr) {
        const range = this.template.range(expr);
        if (!this.template.spend())
            return this.unknown(expr, 'the evaluation budget of this file is spent');
        switch (expr.kind) {
            case 'StringLiteral':
            case 'IntegerLiteral':
            case 'BooleanLiteral':
                return { kind: 'scalar', value: expr.value, range };
            case 'NullLiteral':
                return { kind: 'scalar', value: null, range };
            case 'ObjectExpression':
                return this.object(expr);
            case 'ArrayExpression':
                return this.array(expr.items, range, expr);
            case 'ForExpression':
                return this.forExpression(expr);
            case 'ParenthesizedExpression':
            case 'NonNullAssertion':
                return this.relocate(this.evaluate(expr.expression), expr);
            case 'Identifier': {
                const kind = this.kindOf(expr.name);
                const tree = kind === 'local'
                    ? this.locals.get(expr.name)
                    : kind === 'parameter'
                        ? this.template.parameterTree(expr.name)
                        : kind === 'variable'
                            ? this.template.variableTree(expr.name)
                            : undefined;
                // A whole parameter or variable keeps the structure of its value, partly unknown or not.
                return tree ? this.relocate(tree, expr) : this.leaf(expr);
            }
            case 'TernaryExpression': {
                const condition = this.result(expr.condition);
                if (condition.kind !== 'known' || typeof condition.value !== 'boolean')
                    return this.leaf(expr);
                const branch = this.evaluate(condition.value ? expr.consequent : expr.alternate);
                const prov = { parameter: condition.parameter, secure: condition.secure };
                return prov.parameter !== undefined || prov.secure ? (0,nodes/* markProvenance */.pF)(branch, prov) : branch;
            }
            case 'BinaryExpression': {
                if (expr.operator !== '??')
                    return this.leaf(expr);
                const left = this.evaluate(expr.left);
                if (left.kind === 'unknown')
                    return this.leaf(expr);
                if (left.kind === 'scalar' && left.value === null)
                    return this.evaluate(expr.right);
                return left;
            }
            case 'PropertyAccess':
            case 'IndexAccess':
                return this.access(expr, range);
            default:
                return this.leaf(expr);
        }
    }
    /** Evaluates an expression as one value (known, or unknown with a reason). */
    result(expr) {
        let ast;
        try {
            ast = translate(expr, this);
        }
        catch (error) {
            if (error instanceof TranslationError)
                return { kind: 'unknown', reason: error.message };
            throw error;
        }
        return (0,expressions/* evaluateExpression */.O4)(ast, this, undefined, this.template.text);
    }
    /** An expression evaluated as one value, as a node with the expression's range and text. */
    leaf(expr) {
        return (0,nodes/* resultToNode */.pO)(this.result(expr), this.template.textOf(expr), this.template.range(expr));
    }
    /**
     * A tree defined elsewhere (a variable, a parameter, an element) moved to where an expression uses it.
     * The copy is paid for node by node, so that values built from values cannot grow without bound.
     */
    relocate(tree, expr) {
        if (!this.template.spend(countNodes(tree)))
            return this.unknown(expr, 'the evaluation budget of this file is spent');
        return (0,nodes/* rerange */.vN)(tree, this.template.range(expr), this.template.textOf(expr));
    }
    unknown(expr, reason, references) {
        const node = {
            kind: 'unknown',
            expression: this.template.textOf(expr),
            range: this.template.range(expr),
            reason,
        };
        if (references?.length)
            node.references = references;
        return node;
    }
    /** `a.b`, `a[0]`: read inside a known tree where possible, so unknown siblings do not spoil it. */
    access(expr, range) {
        if (expr.safe || (expr.kind === 'IndexAccess' && expr.fromEnd))
            return this.leaf(expr);
        const output = this.template.moduleOutputTree(this, expr);
        if (output)
            return this.relocate(output, expr);
        if (!navigable(expr.object, this))
            return this.leaf(expr);
        const base = this.evaluate(expr.object);
        if (base.kind === 'unknown') {
            return { ...base, expression: this.template.textOf(expr), range };
        }
        let child;
        if (expr.kind === 'PropertyAccess') {
            if (base.kind === 'object')
                child = findEntry(base, expr.property.name)?.node;
        }
        else {
            const key = this.result(expr.index);
            if (key.kind === 'known' && base.kind === 'array' && typeof key.value === 'number') {
                child = Number.isInteger(key.value) ? base.items[key.value] : undefined;
            }
            else if (key.kind === 'known' && base.kind === 'object' && typeof key.value === 'string') {
                child = findEntry(base, key.value)?.node;
            }
        }
        // Anything else (a missing property, a wrong type) is the evaluator's to explain.
        return child ? this.relocate(child, expr) : this.leaf(expr);
    }
    object(expr) {
        const range = this.template.range(expr);
        const entries = new Map();
        for (const member of expr.properties) {
            if (member.kind === 'ResourceDeclaration')
                continue; // read by the resource reader
            if (member.kind === 'SpreadElement') {
                const spread = this.evaluate(member.expression);
                if (spread.kind === 'object') {
                    for (const [key, entry] of spread.entries)
                        entries.set(key, entry);
                    continue;
                }
                // Any property may come from an unknown spread: nothing about the object is certain.
                const reason = spread.kind === 'unknown'
                    ? (spread.reason ?? `${spread.expression} cannot be evaluated`)
                    : 'only an object can be spread into an object';
                return this.unknown(expr, reason, spread.kind === 'unknown' ? spread.references : undefined);
            }
            const keyRange = this.template.range(member.key);
            let name = member.name;
            if (name === null) {
                // A name that cannot be evaluated stays as written, as an ARM template keeps an expression key
                // (`userAssignedIdentities: { '${identity.id}': {} }` still lists one identity).
                const key = this.result(member.key);
                name =
                    key.kind === 'known' && typeof key.value === 'string'
                        ? key.value
                        : this.template.textOf(member.key);
            }
            entries.set(name.toLowerCase(), { name, keyRange, node: this.evaluate(member.value) });
        }
        return { kind: 'object', range, entries };
    }
    array(items, range, expr) {
        const out = [];
        for (const item of items) {
            if (item.kind !== 'SpreadElement') {
                out.push(this.evaluate(item));
                continue;
            }
            const spread = this.evaluate(item.expression);
            if (spread.kind === 'array')
                out.push(...spread.items);
            else {
                const reason = spread.kind === 'unknown'
                    ? (spread.reason ?? `${spread.expression} cannot be evaluated`)
                    : 'only an array can be spread into an array';
                return this.unknown(expr, reason, spread.kind === 'unknown' ? spread.references : undefined);
            }
        }
        return { kind: 'array', range, items: out };
    }
    /** The elements a for-expression iterates over, or why they are not known. */
    iterate(expr) {
        const iterable = this.evaluate(expr.iterable);
        if (iterable.kind === 'unknown')
            return {
                reason: iterable.reason ?? `${iterable.expression} cannot be evaluated`,
                references: iterable.references,
            };
        if (iterable.kind !== 'array')
            return { reason: 'a for-expression iterates over an array' };
        return { items: iterable.items };
    }
    /** The scope of one element of a for-expression: its item and index variables bound. */
    loopScope(expr, item, index) {
        const bindings = [[expr.item.name, item]];
        if (expr.index) {
            const node = typeof index === 'number' ? { kind: 'scalar', value: index, range: item.range } : index;
            bindings.push([expr.index.name, node]);
        }
        return this.with(bindings);
    }
    forExpression(expr) {
        const range = this.template.range(expr);
        const iteration = this.iterate(expr);
        if ('reason' in iteration)
            return this.unknown(expr, iteration.reason, iteration.references);
        if (iteration.items.length > MAX_FOR_ITEMS)
            return this.unknown(expr, `the for-expression has more than ${MAX_FOR_ITEMS} elements`);
        const items = [];
        for (const [index, item] of iteration.items.entries()) {
            const scope = this.loopScope(expr, item, index);
            let body = expr.body;
            if (body.kind === 'IfCondition') {
                const keep = scope.result(body.condition);
                if (keep.kind !== 'known')
                    return this.unknown(expr, `a filter cannot be evaluated: ${keep.reason}`);
                if (keep.value !== true)
                    continue;
                body = body.body;
            }
            items.push(scope.evaluate(body));
        }
        return { kind: 'array', range, items };
    }
}
function findEntry(node, name) {
    return node.entries.get(name.toLowerCase());
}
/** Whether reading inside the tree of an expression is worth trying (it names a value with structure). */
function navigable(expr, scope) {
    switch (expr.kind) {
        case 'Identifier': {
            const kind = scope.kindOf(expr.name);
            return kind === 'local' || kind === 'parameter' || kind === 'variable';
        }
        case 'PropertyAccess':
            if (expr.property.name === 'outputs' && isModule(expr.object, scope))
                return true;
            return !expr.safe && navigable(expr.object, scope);
        case 'IndexAccess':
            return !expr.safe && navigable(expr.object, scope);
        case 'ParenthesizedExpression':
        case 'NonNullAssertion':
            return navigable(expr.expression, scope);
        case 'ObjectExpression':
        case 'ArrayExpression':
            return true;
        default:
            return false;
    }
}
/** `mod` or `mods[i]`: a module whose outputs can be read as a tree. */
function isModule(expr, scope) {
    if (expr.kind === 'Identifier')
        return scope.kindOf(expr.name) === 'module';
    return (expr.kind === 'IndexAccess' &&
        expr.object.kind === 'Identifier' &&
        scope.kindOf(expr.object.name) === 'module');
}
function countNodes(root) {
    let count = 0;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        count++;
        if (node.kind === 'array')
            for (const item of node.items)
                stack.push(item);
        else if (node.kind === 'object')
            for (const entry of node.entries.values())
                stack.push(entry.node);
    }
    return count;
}

;// CONCATENATED MODULE: ./src/sources/bicep/template.ts












/** Modules may nest this deep (as ARM nested deployments). */
const MAX_MODULE_DEPTH = 16;
/** A resource or module loop is expanded up to this many instances; a larger one is checked as one instance. */
const MAX_LOOP_INSTANCES = 800;
/** Evaluation steps (nodes evaluated) for one scanned file with everything it deploys. */
const EVALUATION_BUDGET = 2_000_000;
/** User-defined functions may call each other this deep. */
const MAX_CALL_DEPTH = 32;
function newContext(result, options) {
    return { ...options, result, budget: { remaining: EVALUATION_BUDGET }, programs: new Map() };
}
/** Reads a file through the context: parsed once, its syntax errors and directives recorded once. */
function loadProgram(context, file) {
    const cached = context.programs.get(file);
    if (cached)
        return cached;
    const read = context.readFile(file);
    if ('error' in read) {
        const outcome = { error: read.error };
        context.programs.set(file, outcome);
        return outcome;
    }
    const program = parseBicep(read.text, file);
    recordProgram(context.result, program);
    const outcome = { program, text: read.text };
    context.programs.set(file, outcome);
    if (file !== context.result.file)
        context.result.related.push(file);
    return outcome;
}
/** A program's syntax errors as problems, and its comments' hsmlint directives. */
function recordProgram(result, program) {
    for (const diagnostic of program.diagnostics) {
        result.problems.push({ message: diagnostic.message, range: { file: program.file, ...diagnostic.range } });
    }
    for (const comment of program.comments) {
        const directive = (0,directives/* parseDirective */.x)(comment.value, { file: program.file, ...comment.range });
        if (directive)
            result.directives.push(directive);
    }
}
function joinConditions(...conditions) {
    const present = conditions.filter((c) => c !== undefined && c !== '');
    return present.length ? present.join(' and ') : undefined;
}
/** `'Microsoft.KeyVault/managedHSMs@2025-05-01'` → type and api version. */
function splitTypeString(text) {
    const at = text.lastIndexOf('@');
    return at < 0 ? { type: text } : { type: text.slice(0, at), apiVersion: text.slice(at + 1) };
}
function isCall(expr, names) {
    if (expr.kind !== 'FunctionCall')
        return false;
    const namespace = expr.object?.kind === 'Identifier' ? expr.object.name : null;
    if (expr.object !== null && namespace !== 'az')
        return false;
    return names.includes(expr.name.name.toLowerCase());
}
const SCOPE_FUNCTIONS = ['resourcegroup', 'subscription', 'tenant', 'managementgroup'];
function unknownResult(reason, references) {
    return references?.length ? { kind: 'unknown', reason, references } : { kind: 'unknown', reason };
}
/**
 * One Bicep file evaluated with one set of parameter values: a scanned template, a module instance, or a
 * `.bicepparam` file. It answers the scope's questions about its declarations and turns its resource and
 * module declarations into model resources.
 */
class BicepTemplate {
    context;
    program;
    text;
    inputs;
    frame;
    file;
    now;
    lines;
    parameters = new Map();
    assignments = new Map();
    variables = new Map();
    functions = new Map();
    outputs = new Map();
    resourceSymbols = new Map();
    moduleSymbols = new Map();
    namespaces = new Set();
    imports = new Map();
    parameterCache = new Map();
    variableCache = new Map();
    outputCache = new Map();
    registry = [];
    registered_ = new Map();
    base;
    callDepth = 0;
    scope;
    constructor(context, program, text, inputs, frame) {
        this.context = context;
        this.program = program;
        this.text = text;
        this.inputs = inputs;
        this.frame = frame;
        this.file = program.file;
        this.now = context.now;
        this.lines = new model_range/* LineIndex */.rr(text);
        this.scope = new BicepScope(this);
        for (const declaration of program.declarations)
            this.declare(declaration);
    }
    declare(declaration) {
        switch (declaration.kind) {
            case 'ParameterDeclaration':
                this.parameters.set(declaration.name.name, declaration);
                break;
            case 'ParameterAssignment':
                this.assignments.set(declaration.name.name, declaration);
                break;
            case 'VariableDeclaration':
                this.variables.set(declaration.name.name, declaration);
                break;
            case 'FunctionDeclaration':
                this.functions.set(declaration.name.name, declaration);
                break;
            case 'OutputDeclaration':
                this.outputs.set(declaration.name.name, declaration);
                break;
            case 'ResourceDeclaration':
                this.declareResource(declaration, undefined);
                break;
            case 'ModuleDeclaration':
                this.moduleSymbols.set(declaration.name.name, new ModuleSymbol(this, declaration));
                break;
            case 'ImportDeclaration': {
                const from = declaration.from.kind === 'StringLiteral' ? declaration.from.value : undefined;
                if (declaration.namespace)
                    this.namespaces.add(declaration.namespace.name);
                for (const symbol of declaration.symbols ?? []) {
                    const exported = symbol.name.kind === 'Identifier' ? symbol.name.name : symbol.name.value;
                    const local = symbol.alias?.name ?? exported;
                    if (from !== undefined)
                        this.imports.set(local, { from, name: exported, at: symbol });
                }
                break;
            }
            case 'ExtensionDeclaration':
                if (declaration.alias)
                    this.namespaces.add(declaration.alias.name);
                else if (declaration.specification.kind === 'Identifier')
                    this.namespaces.add(declaration.specification.name);
                break;
            default:
                break;
        }
    }
    declareResource(declaration, parent) {
        const symbol = new ResourceSymbol(this, declaration, parent);
        this.resourceSymbols.set(symbol.id, symbol);
        for (const member of symbol.body?.properties ?? []) {
            if (member.kind === 'ResourceDeclaration') {
                this.declareResource(member, symbol);
                symbol.children.push(this.resourceSymbols.get(`${symbol.id}::${member.name.name}`));
            }
        }
    }
    // --- Deployment: what the scope asks ------------------------------------------------------------
    range(node) {
        return { file: this.file, ...this.program.rangeOf(node) };
    }
    textOf(node) {
        return this.text.slice(node.offset, node.offset + node.length);
    }
    /** The place of an offset in this file, e.g. `main.bicep:12`. */
    where(offset) {
        return `${this.file}:${this.lines.position(offset).line}`;
    }
    positionOf(offset) {
        return this.lines.position(offset);
    }
    kindOf(name) {
        if (this.parameters.has(name) || this.assignments.has(name))
            return 'parameter';
        if (this.variables.has(name))
            return 'variable';
        if (this.resourceSymbols.has(name) || this.nestedByName(name))
            return 'resource';
        if (this.moduleSymbols.has(name))
            return 'module';
        if (this.functions.has(name))
            return 'function';
        if (this.namespaces.has(name))
            return 'namespace';
        if (this.imports.has(name))
            return this.importedKind(name);
        if (this.program.mode === 'bicepparam' && this.baseTemplate()?.kindOf(name) === 'parameter')
            return 'parameter';
        return undefined;
    }
    isResourceCollection(symbol) {
        const found = this.resolveResource(symbol);
        return found?.loop !== undefined;
    }
    isModuleCollection(symbol) {
        return this.moduleSymbols.get(symbol)?.loop !== undefined;
    }
    register(node) {
        const known = this.registered_.get(node);
        if (known !== undefined)
            return known;
        this.registry.push(node);
        this.registered_.set(node, this.registry.length - 1);
        return this.registry.length - 1;
    }
    registered(id) {
        return this.registry[id];
    }
    spend(units = 1) {
        const budget = this.context.budget;
        budget.remaining -= units;
        if (budget.remaining >= 0)
            return true;
        if (!budget.exhausted) {
            budget.exhausted = true;
            this.context.result.unresolved.push({
                message: `Evaluating ${this.context.result.file} takes more than ${EVALUATION_BUDGET} steps; the values not yet evaluated are left unknown.`,
                range: { file: this.file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
            });
        }
        return false;
    }
    /** A nested resource named by its own name (Bicep lets siblings and the parent body do that). */
    nestedByName(name) {
        let found;
        for (const symbol of this.resourceSymbols.values()) {
            if (symbol.parent && symbol.decl.name.name === name) {
                if (found)
                    return undefined; // ambiguous
                found = symbol;
            }
        }
        return found;
    }
    resolveResource(symbol) {
        return (this.resourceSymbols.get(symbol) ?? (symbol.includes('::') ? undefined : this.nestedByName(symbol)));
    }
    // --- Parameters, variables, outputs ----------------------------------------------------------------
    parameterTree(name) {
        const declaration = this.parameters.get(name) ?? findIgnoringCase(this.parameters, name);
        const assignment = this.assignments.get(name) ?? findIgnoringCase(this.assignments, name);
        if (!declaration && !assignment) {
            if (this.program.mode === 'bicepparam')
                return this.baseTemplate()?.parameterTree(name);
            return undefined;
        }
        const key = (declaration ?? assignment).name.name;
        const cached = this.parameterCache.get(key);
        if (cached === 'pending')
            return this.cycle(declaration ?? assignment, `parameter '${key}' refers to itself`);
        if (cached)
            return cached;
        this.parameterCache.set(key, 'pending');
        const tree = declaration ? this.computeParameter(declaration) : this.scope.evaluate(assignment.value);
        this.parameterCache.set(key, tree);
        return tree;
    }
    /** Whether a parameter is declared `@secure()`. */
    isSecure(name) {
        const declaration = this.parameters.get(name);
        return declaration !== undefined && decorator(declaration.decorators, 'secure') !== undefined;
    }
    /** The parameters this file declares (or, for a `.bicepparam` file, assigns). */
    parameterNames() {
        if (this.program.mode === 'bicepparam') {
            const names = new Set(this.baseTemplate()?.parameterNames() ?? []);
            for (const name of this.assignments.keys())
                names.add(name);
            return [...names];
        }
        return [...this.parameters.keys()];
    }
    computeParameter(declaration) {
        const name = declaration.name.name;
        const secure = this.isSecure(name);
        const prov = secure ? { secure: true } : {};
        const input = this.inputs.get(name.toLowerCase());
        const range = this.range(declaration);
        if (input) {
            if (input.node)
                return secure ? (0,nodes/* markProvenance */.pF)(input.node, prov) : input.node;
            if (input.secretReference || input.value === undefined) {
                return {
                    kind: 'unknown',
                    expression: name,
                    range,
                    reason: `a Key Vault reference in ${input.source}`,
                    secure: true,
                };
            }
            return (0,model_node/* jsonToNode */.iH)(input.value, range, prov);
        }
        if (declaration.defaultValue) {
            const tree = this.scope.evaluate(declaration.defaultValue);
            return (0,nodes/* markProvenance */.pF)(tree, { parameter: name, ...prov });
        }
        const allowed = decorator(declaration.decorators, 'allowed')?.arguments[0];
        const allowedText = allowed?.kind === 'ArrayExpression'
            ? ` (allowed: ${allowed.items.map((item) => (item.kind === 'StringLiteral' ? item.value : this.textOf(item))).join(', ')})`
            : '';
        return {
            kind: 'unknown',
            expression: name,
            range,
            reason: `parameter '${name}' has no value${allowedText}`,
            ...prov,
        };
    }
    variableTree(name) {
        const declaration = this.variables.get(name) ?? findIgnoringCase(this.variables, name);
        if (!declaration) {
            const imported = this.imports.get(name);
            if (imported)
                return this.importedTemplate(imported)?.variableTree(imported.name);
            return undefined;
        }
        const key = declaration.name.name;
        const cached = this.variableCache.get(key);
        if (cached === 'pending')
            return this.cycle(declaration, `variable '${key}' refers to itself`);
        if (cached)
            return cached;
        this.variableCache.set(key, 'pending');
        const tree = this.scope.evaluate(declaration.value);
        this.variableCache.set(key, tree);
        return tree;
    }
    outputTree(name) {
        const declaration = this.outputs.get(name) ?? findIgnoringCase(this.outputs, name);
        if (!declaration)
            return undefined;
        const key = declaration.name.name;
        const cached = this.outputCache.get(key);
        if (cached === 'pending')
            return this.cycle(declaration, `output '${key}' refers to itself`);
        if (cached)
            return cached;
        this.outputCache.set(key, 'pending');
        const tree = this.scope.evaluate(declaration.value);
        this.outputCache.set(key, tree);
        return tree;
    }
    /** Every output as one object, for `mod.outputs`. */
    outputsTree(at) {
        const entries = new Map();
        for (const declaration of this.outputs.values()) {
            const node = this.outputTree(declaration.name.name);
            entries.set(declaration.name.name.toLowerCase(), {
                name: declaration.name.name,
                keyRange: node.range,
                node,
            });
        }
        return { kind: 'object', range: at, entries };
    }
    cycle(at, reason) {
        return { kind: 'unknown', expression: '(cycle)', range: this.range(at), reason };
    }
    /** The file a `.bicepparam` file extends, evaluated with it. */
    baseTemplate() {
        if (this.base !== undefined)
            return this.base ?? undefined;
        this.base = null;
        const extendsDeclaration = this.program.declarations.find((d) => d.kind === 'ExtendsDeclaration');
        if (extendsDeclaration?.kind !== 'ExtendsDeclaration' || extendsDeclaration.path.kind !== 'StringLiteral')
            return undefined;
        const target = this.resolvePath(extendsDeclaration.path.value);
        if (this.frame.chain.includes(target)) {
            this.problem(`Parameter files extend each other in a cycle: ${[...this.frame.chain, target].join(' -> ')}.`, extendsDeclaration);
            return undefined;
        }
        const loaded = loadProgram(this.context, target);
        if ('error' in loaded) {
            this.problem(`Cannot read ${target}, which this file extends: ${loaded.error}.`, extendsDeclaration.path);
            return undefined;
        }
        this.base = new BicepTemplate(this.context, loaded.program, loaded.text, new Map(), {
            ...this.frame,
            chain: [...this.frame.chain, target],
        });
        return this.base;
    }
    importedKind(name) {
        const imported = this.imports.get(name);
        const template = this.importedTemplate(imported);
        if (!template)
            return 'variable'; // reads as unknown, with the reason
        if (template.variables.has(imported.name))
            return 'variable';
        if (template.functions.has(imported.name))
            return 'function';
        return undefined; // a type: not a value
    }
    importedTemplates = new Map();
    importedTemplate(imported) {
        const target = this.resolvePath(imported.from);
        const cached = this.importedTemplates.get(target);
        if (cached !== undefined)
            return cached ?? undefined;
        this.importedTemplates.set(target, null);
        if (this.frame.chain.includes(target) || /^(br|ts)[:/]/i.test(imported.from))
            return undefined;
        const loaded = loadProgram(this.context, target);
        if ('error' in loaded)
            return undefined;
        const template = new BicepTemplate(this.context, loaded.program, loaded.text, new Map(), {
            ...this.frame,
            chain: [...this.frame.chain, target],
        });
        this.importedTemplates.set(target, template);
        return template;
    }
    resolvePath(relativePath) {
        return external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(this.file), relativePath.replace(/\\/g, '/')));
    }
    problem(message, at) {
        this.context.result.problems.push({ message, range: this.range(at) });
    }
    unresolved(message, at) {
        const range = this.range(at);
        const list = this.context.result.unresolved;
        if (list.some((u) => u.message === message && sameRange(u.range, range)))
            return;
        list.push({ message, range });
    }
    // --- Hooks: `$bicep.x(...)` calls of translated expressions ---------------------------------------
    hook(scope, name, args) {
        const text = (index) => {
            const arg = args[index];
            return arg?.kind === 'known' && typeof arg.value === 'string' ? arg.value : undefined;
        };
        const indexOf = (result) => {
            if (!result || (result.kind === 'known' && result.value === null))
                return null;
            if (result.kind === 'unknown')
                return result;
            return typeof result.value === 'number' && Number.isInteger(result.value)
                ? result.value
                : unknownResult('an index must be an int');
        };
        switch (name) {
            case 'local': {
                const local = scope.locals.get(text(0) ?? '');
                return local ? (0,nodes/* treeResult */.mq)(local) : unknownResult(`'${text(0)}' is not defined here`);
            }
            case 'node': {
                const id = args[0]?.kind === 'known' ? args[0].value : undefined;
                const node = typeof id === 'number' ? this.registered(id) : undefined;
                return node ? (0,nodes/* treeResult */.mq)(scope.evaluate(node)) : unknownResult('the expression cannot be evaluated');
            }
            case 'resource':
            case 'resourceCall': {
                const symbol = this.resolveResource(text(0) ?? '');
                if (!symbol)
                    return unknownResult(`resource '${text(0)}' is not declared`);
                const index = indexOf(args[1]);
                if (typeof index === 'object' && index !== null)
                    return index;
                const instance = symbol.instanceAt(index);
                if ('reason' in instance)
                    return unknownResult(instance.reason);
                if (name === 'resourceCall')
                    return unknownResult(`${text(2)}() is resolved at deployment time`, [instance.refPath()]);
                return instance.property(args[2]);
            }
            case 'module': {
                const symbol = this.moduleSymbols.get(text(0) ?? '');
                if (!symbol)
                    return unknownResult(`module '${text(0)}' is not declared`);
                const index = indexOf(args[1]);
                if (typeof index === 'object' && index !== null)
                    return index;
                const instance = symbol.instanceAt(index);
                if ('reason' in instance)
                    return unknownResult(instance.reason);
                if (text(2) === 'name')
                    return instance.name();
                const outputs = instance.outputs();
                if ('reason' in outputs)
                    return unknownResult(outputs.reason);
                if (args.length < 4)
                    return (0,nodes/* treeResult */.mq)(outputs.template.outputsTree(this.range(symbol.decl)));
                const output = args[3];
                if (output.kind === 'unknown')
                    return output;
                const tree = typeof output.value === 'string' ? outputs.template.outputTree(output.value) : undefined;
                return tree
                    ? (0,nodes/* treeResult */.mq)(tree)
                    : unknownResult(`module '${symbol.name}' has no output '${String(output.value)}'`);
            }
            case 'func':
                return this.callFunction(text(0) ?? '', args.slice(1));
            case 'load':
                return this.load(text(0) ?? '', args.slice(1));
            case 'env': {
                const variable = text(1);
                if (args.length >= 3)
                    return args[2];
                return unknownResult(`environment variable '${variable ?? '?'}' is read when the deployment is prepared`);
            }
            case 'secret':
                return {
                    kind: 'unknown',
                    reason: 'getSecret() reads a Key Vault secret at deployment time',
                    secure: true,
                };
            case 'external':
                return unknownResult(`${text(0)}() is supplied by an external tool at deployment time`);
            default:
                return unknownResult(`'${name}' cannot be evaluated`);
        }
    }
    moduleOutputTree(scope, expr) {
        let outputName;
        let outputsExpr = expr;
        if (expr.kind === 'PropertyAccess' && expr.property.name !== 'outputs') {
            outputName = expr.property.name;
            outputsExpr = expr.object;
        }
        else if (expr.kind === 'IndexAccess' && expr.index.kind === 'StringLiteral') {
            outputName = expr.index.value;
            outputsExpr = expr.object;
        }
        if (outputsExpr.kind !== 'PropertyAccess' || outputsExpr.property.name !== 'outputs' || outputsExpr.safe)
            return undefined;
        const target = outputsExpr.object;
        let symbol;
        let index = null;
        if (target.kind === 'Identifier' && scope.kindOf(target.name) === 'module') {
            symbol = this.moduleSymbols.get(target.name);
        }
        else if (target.kind === 'IndexAccess' &&
            target.object.kind === 'Identifier' &&
            scope.kindOf(target.object.name) === 'module') {
            symbol = this.moduleSymbols.get(target.object.name);
            const at = scope.result(target.index);
            if (at.kind !== 'known' || typeof at.value !== 'number')
                return undefined;
            index = at.value;
        }
        if (!symbol)
            return undefined;
        const instance = symbol.instanceAt(index);
        if ('reason' in instance)
            return undefined;
        const outputs = instance.outputs();
        if ('reason' in outputs)
            return undefined;
        if (outputName === undefined)
            return outputs.template.outputsTree(this.range(outputsExpr));
        return outputs.template.outputTree(outputName);
    }
    callFunction(name, args) {
        const local = this.functions.get(name);
        const imported = local ? undefined : this.imports.get(name);
        const template = imported && this.importedTemplate(imported);
        const owner = template || this;
        const declaration = local ?? (imported && template ? template.functions.get(imported.name) : undefined);
        if (!declaration)
            return unknownResult(`function '${name}' is not declared`);
        if (owner.callDepth >= MAX_CALL_DEPTH)
            return unknownResult(`function '${name}' calls itself more than ${MAX_CALL_DEPTH} levels deep`);
        const bindings = declaration.parameters.map((parameter, index) => [
            parameter.name.name,
            (0,nodes/* resultToNode */.pO)(args[index] ?? unknownResult('missing argument'), parameter.name.name, owner.range(parameter)),
        ]);
        owner.callDepth++;
        try {
            return owner.scope.with(bindings).result(declaration.body);
        }
        finally {
            owner.callDepth--;
        }
    }
    /** `loadTextContent()`, `loadJsonContent()`, `loadYamlContent()`, `loadFileAsBase64()`: files read when compiling. */
    load(name, args) {
        const path = args[0];
        if (!path || path.kind !== 'known' || typeof path.value !== 'string')
            return path?.kind === 'unknown' ? path : unknownResult(`${name}() needs a file path`);
        const target = this.resolvePath(path.value);
        const read = this.context.readFile(target);
        if ('error' in read)
            return unknownResult(`${name}() cannot read ${target}: ${read.error}`);
        if (!this.context.result.related.includes(target))
            this.context.result.related.push(target);
        if (!this.spend(Math.ceil(read.text.length / 64)))
            return unknownResult('the evaluation budget of this file is spent');
        const filter = args[1]?.kind === 'known' && typeof args[1].value === 'string' ? args[1].value : undefined;
        try {
            switch (name.toLowerCase()) {
                case 'loadtextcontent':
                    return { kind: 'known', value: read.text };
                case 'loadfileasbase64':
                    return { kind: 'known', value: Buffer.from(read.text, 'utf8').toString('base64') };
                case 'loadjsoncontent':
                    return selectPath(JSON.parse(read.text), filter, name);
                case 'loadyamlcontent':
                    return selectPath((0,libraries/* yamlLibrary */.Tj)().parse(read.text, { maxAliasCount: 50 }), filter, name);
                default:
                    return unknownResult(`${name}() is not evaluated`);
            }
        }
        catch (error) {
            return unknownResult(`${name}() cannot parse ${target}: ${error.message}`);
        }
    }
    // --- Resources and modules ------------------------------------------------------------------------
    /** Turns every resource and module declaration of the file into model resources. */
    readResources() {
        for (const declaration of this.program.declarations) {
            if (declaration.kind === 'ResourceDeclaration') {
                const symbol = this.resourceSymbols.get(declaration.name.name);
                if (symbol)
                    this.readResource(symbol, undefined);
            }
            else if (declaration.kind === 'ModuleDeclaration') {
                this.moduleSymbols.get(declaration.name.name)?.read();
            }
        }
    }
    /**
     * false when provably not deployed (a literal, or false without any parameter default); the condition
     * text when it depends on a parameter default or cannot be evaluated; true otherwise (as ARM conditions).
     */
    decide(scope, condition) {
        const text = this.textOf(condition);
        const result = scope.result(condition);
        if (result.kind === 'unknown' || typeof result.value !== 'boolean')
            return text;
        if (result.parameter !== undefined)
            return result.value ? text : `${text} (false with the default of parameter '${result.parameter}')`;
        return result.value;
    }
    readResource(symbol, inherited) {
        const info = symbol.typeInfo();
        if ('error' in info) {
            this.problem(info.error, symbol.decl.type);
            return;
        }
        const expansion = symbol.expand();
        for (const instance of expansion.instances) {
            const own = symbol.condition ? this.decide(instance.scope, symbol.condition) : true;
            if (own === false)
                continue;
            const condition = joinConditions(inherited, typeof own === 'string' ? own : undefined);
            if (!this.context.isRelevantType || this.context.isRelevantType((0,arm_template/* judgedType */.UN)(info.type)))
                this.context.result.resources.push(this.resource(instance, info, joinConditions(this.frame.conditional, condition), joinConditions(this.frame.loop, expansion.loop)));
            for (const child of symbol.children)
                this.readResource(child, condition);
        }
    }
    resource(instance, info, conditional, loop) {
        const symbol = instance.symbol;
        const body = instance.body();
        const parent = instance.parentInstance();
        let type = info.type;
        let name = instance.name();
        if (!parent)
            ({ type, name } = (0,arm_template/* canonicalExtension */.A2)(type, name, body));
        const existing = symbol.decl.existing;
        return new resource/* Resource */.FW({
            key: instance.key,
            type,
            apiVersion: info.apiVersion,
            name,
            surface: 'bicep',
            range: symbol.range(),
            body,
            defaults: existing ? undefined : (0,defaults/* armDefaultsFor */._)(type),
            conditional,
            existing,
            symbol: symbol.id,
            parentKey: parent?.key,
            suppressions: this.suppressions(symbol.decl.decorators, instance.scope),
            loop,
            via: this.frame.via,
        });
    }
    /** `@metadata({ hsmlint: { disable: [{ rule, reason, expires }] } })` on a declaration. */
    suppressions(decorators, scope) {
        const metadata = decorator(decorators, 'metadata')?.arguments[0];
        if (!metadata)
            return [];
        const node = scope.evaluate(metadata);
        const wrapper = {
            kind: 'object',
            range: node.range,
            entries: new Map([['metadata', { name: 'metadata', keyRange: node.range, node }]]),
        };
        return (0,arm_template/* metadataSuppressions */.kh)(wrapper);
    }
}
/**
 * The parts of a resource or module value: `[for …: if (c) {…}]`, `[for …: {…}]`, `if (c) {…}` or `{…}`.
 * A value of another shape has no body.
 */
function declarationParts(value) {
    const loop = value.kind === 'ForExpression' ? value : undefined;
    const inner = loop ? loop.body : value;
    if (inner.kind === 'IfCondition')
        return { loop, condition: inner.condition, body: inner.body };
    if (inner.kind === 'ObjectExpression')
        return { loop, body: inner };
    return { loop };
}
/** A resource declaration (nested ones are named `parent::child`). */
class ResourceSymbol {
    template;
    decl;
    parent;
    id;
    children = [];
    loop;
    condition;
    body;
    instances = new Map();
    iteration;
    info;
    constructor(template, decl, parent) {
        this.template = template;
        this.decl = decl;
        this.parent = parent;
        this.id = parent ? `${parent.id}::${decl.name.name}` : decl.name.name;
        ({ loop: this.loop, condition: this.condition, body: this.body } = declarationParts(decl.value));
    }
    /** From the `resource` keyword (after any decorators) to the end of the declaration. */
    range() {
        const full = this.template.range(this.decl);
        if (this.decl.decorators.length === 0)
            return full;
        const keyword = this.template.text.lastIndexOf('resource', this.decl.name.offset);
        const start = keyword >= this.decl.offset ? keyword : this.decl.offset;
        return { ...full, start: this.template.positionOf(start) };
    }
    typeInfo() {
        if (this.info)
            return this.info;
        const literal = this.decl.type;
        if (literal.kind !== 'StringLiteral') {
            this.info = { error: 'A resource type must be a literal string.' };
            return this.info;
        }
        const written = splitTypeString(literal.value);
        if (!this.parent) {
            this.info = written;
            return this.info;
        }
        const parentInfo = this.parent.typeInfo();
        if ('error' in parentInfo) {
            this.info = parentInfo;
            return this.info;
        }
        this.info = {
            type: (0,arm_template/* qualifyType */.GW)(written.type, parentInfo.type),
            apiVersion: written.apiVersion ?? parentInfo.apiVersion,
        };
        return this.info;
    }
    iterate() {
        if (this.iteration)
            return this.iteration;
        this.iteration = { reason: 'the loop refers to its own elements' };
        this.iteration = this.template.scope.iterate(this.loop);
        return this.iteration;
    }
    /** The instances to read: one per element of a known loop, else one standing for all. */
    expand() {
        if (!this.loop)
            return { instances: [this.instance(undefined)] };
        const iteration = this.iterate();
        if ('items' in iteration && iteration.items.length <= MAX_LOOP_INSTANCES)
            return { instances: iteration.items.map((_, index) => this.instance(index)) };
        const why = 'reason' in iteration ? iteration.reason : `${iteration.items.length} instances`;
        return {
            instances: [this.instance('all')],
            loop: `the loop over ${this.template.textOf(this.loop.iterable)} (${why})`,
        };
    }
    /** The instance an expression means: `hsm` (index null), `keys[i]`. */
    instanceAt(index) {
        if (!this.loop) {
            if (index !== null)
                return { reason: `resource '${this.id}' is not a collection` };
            return this.instance(undefined);
        }
        if (index === null)
            return { reason: `resource collection '${this.id}' needs an index` };
        const iteration = this.iterate();
        if ('reason' in iteration)
            return this.instance('all');
        if (index < 0 || index >= iteration.items.length)
            return { reason: `index ${index} is out of range for resource collection '${this.id}'` };
        return this.instance(index);
    }
    /** The instance standing for every element, when the element an expression means is not known. */
    anyInstance() {
        return this.loop ? this.instance('all') : undefined;
    }
    instance(index) {
        const key = index ?? 'all';
        const cached = this.instances.get(key);
        if (cached)
            return cached;
        const scope = loopInstanceScope(this.template, this.loop, () => this.iterate(), index);
        const instance = new ResourceInstance(this, typeof index === 'number' ? index : undefined, scope);
        this.instances.set(key, instance);
        return instance;
    }
}
/** One deployed instance of a resource declaration (one per loop element). */
class ResourceInstance {
    symbol;
    index;
    scope;
    key;
    nameNode;
    parent;
    fullName;
    path;
    constructor(symbol, index, scope) {
        this.symbol = symbol;
        this.index = index;
        this.scope = scope;
        const template = symbol.template;
        this.key = `${template.frame.keyPrefix}${symbol.id}${index === undefined ? '' : `[${index}]`}`;
    }
    member(name) {
        for (const member of this.symbol.body?.properties ?? []) {
            if (member.kind === 'ObjectProperty' && member.name?.toLowerCase() === name)
                return member;
        }
        return undefined;
    }
    /** The name as written in the body (`name: 'key1'` of a child), evaluated. */
    shortName() {
        if (this.nameNode === 'pending')
            return {
                kind: 'unknown',
                expression: '(cycle)',
                range: this.symbol.template.range(this.symbol.decl),
                reason: `the name of resource '${this.symbol.id}' refers to itself`,
            };
        if (this.nameNode)
            return this.nameNode;
        this.nameNode = 'pending';
        const member = this.member('name');
        const node = member
            ? this.scope.evaluate(member.value)
            : {
                kind: 'unknown',
                expression: this.symbol.id,
                range: this.symbol.template.range(this.symbol.decl),
                reason: `resource '${this.symbol.id}' has no name`,
            };
        this.nameNode = node;
        return node;
    }
    /** The parent instance: the enclosing resource of a nested one, or what `parent:` names. */
    parentInstance() {
        if (this.parent !== undefined)
            return this.parent ?? undefined;
        this.parent = null;
        if (this.symbol.parent) {
            const parent = this.symbol.parent.instanceAt(null);
            this.parent = 'reason' in parent ? null : parent;
        }
        else {
            const member = this.member('parent');
            if (member)
                this.parent = resolveInstance(this.symbol.template, this.scope, member.value) ?? null;
        }
        return this.parent ?? undefined;
    }
    /** The full name, `hsm/key1` for a child whose parent's name is known (as ARM qualifies it). */
    name() {
        if (this.fullName)
            return this.fullName;
        const member = this.member('name');
        const node = this.shortName();
        const value = member
            ? (0,model_node/* nodeValue */.E8)(node, {
                file: node.range.file,
                start: this.symbol.template.range(member.key).start,
                end: node.range.end,
            })
            : (0,model_node/* nodeValue */.E8)(node);
        // A chain of parents that comes back here (an error in Bicep) stops at the short name.
        this.fullName = value;
        const parent = this.parentInstance();
        this.fullName = parent ? (0,arm_template/* qualifyName */.Br)(value, parent.name()) : value;
        return this.fullName;
    }
    /** The identity references name this instance by: `Microsoft.KeyVault/managedHSMs/hsm1/keys/key1`. */
    refPath() {
        if (this.path !== undefined)
            return this.path;
        this.path = `${this.symbol.id}/(cycle)`;
        this.path = this.computeRefPath();
        return this.path;
    }
    computeRefPath() {
        const info = this.symbol.typeInfo();
        const type = 'error' in info ? this.symbol.id : info.type;
        const node = this.shortName();
        const own = node.kind === 'scalar' && typeof node.value === 'string' ? node.value : `[${textOfNode(node)}]`;
        const parent = this.parentInstance();
        if (parent)
            return `${parent.refPath()}/${type.split('/').pop()}/${own}`;
        const [namespace, ...types] = type.split('/');
        const names = own.startsWith('[') ? [own] : own.split('/');
        if (types.length > 1 && names.length === types.length)
            return [namespace, ...types.flatMap((t, i) => [t, names[i]])].join('/');
        return `${type}/${own}`;
    }
    /** `hsm.id`, `hsm.name`, `hsm.type`, `hsm.apiVersion`, `hsm.properties` ... */
    property(requested) {
        if (requested?.kind === 'unknown')
            return requested;
        const property = requested?.kind === 'known' && typeof requested.value === 'string' ? requested.value : 'id';
        const info = this.symbol.typeInfo();
        switch (property.toLowerCase()) {
            case 'id': {
                const name = (0,nodes/* treeResult */.mq)(this.shortName());
                const result = unknownResult('the resource id is known only at deployment time', [this.refPath()]);
                if (name.secure)
                    result.secure = true;
                if (name.parameter !== undefined)
                    result.parameter = name.parameter;
                return result;
            }
            case 'name':
                return (0,nodes/* treeResult */.mq)(this.shortName());
            case 'type':
                return 'error' in info ? unknownResult(info.error) : { kind: 'known', value: info.type };
            case 'apiversion':
                return 'error' in info || info.apiVersion === undefined
                    ? unknownResult('the api version is not written')
                    : { kind: 'known', value: info.apiVersion };
            default:
                return unknownResult(`'${this.symbol.id}.${property}' is known only after deployment`, [
                    this.refPath(),
                ]);
        }
    }
    /** The evaluated body: every property but `parent`, with `scope` naming the target resource. */
    body() {
        const template = this.symbol.template;
        const body = this.symbol.body;
        const range = body ? template.range(body) : template.range(this.symbol.decl);
        const entries = new Map();
        for (const member of body?.properties ?? []) {
            if (member.kind === 'ResourceDeclaration')
                continue;
            if (member.kind === 'SpreadElement') {
                const spread = this.scope.evaluate(member.expression);
                if (spread.kind === 'object')
                    for (const [key, entry] of spread.entries)
                        entries.set(key, entry);
                continue;
            }
            const name = member.name;
            if (name === null)
                continue;
            const lower = name.toLowerCase();
            if (lower === 'parent')
                continue;
            const keyRange = template.range(member.key);
            if (lower === 'name') {
                entries.set(lower, { name, keyRange, node: this.shortName() });
                continue;
            }
            if (lower === 'scope') {
                const node = this.scopeNode(member.value);
                if (node)
                    entries.set(lower, { name, keyRange, node });
                continue;
            }
            entries.set(lower, { name, keyRange, node: this.scope.evaluate(member.value) });
        }
        return { kind: 'object', range, entries };
    }
    /** `scope: hsm` names the resource (a relative id, as the compiled template writes it). */
    scopeNode(expr) {
        const template = this.symbol.template;
        if (isCall(expr, SCOPE_FUNCTIONS))
            return undefined; // another resource group or subscription
        const target = resolveInstance(template, this.scope, expr);
        if (!target)
            return this.scope.evaluate(expr);
        const path = target.refPath();
        const range = template.range(expr);
        if (!path.includes('['))
            return { kind: 'scalar', value: path, range };
        return {
            kind: 'unknown',
            expression: template.textOf(expr),
            range,
            reason: 'the target is named by an expression',
            references: [path],
        };
    }
}
/** The resource instance an expression designates: `hsm`, `keys[0]`, `hsm::key`, `keys[i]` in a loop. */
function resolveInstance(template, scope, expr) {
    const symbolOf = (e) => {
        if (e.kind === 'Identifier' && scope.kindOf(e.name) === 'resource')
            return template.resolveResource(e.name);
        if (e.kind === 'ResourceAccess') {
            const parent = symbolOf(e.object);
            return parent && template.resolveResource(`${parent.id}::${e.name.name}`);
        }
        return undefined;
    };
    let index = null;
    let target = expr;
    while (target.kind === 'ParenthesizedExpression' || target.kind === 'NonNullAssertion')
        target = target.expression;
    if (target.kind === 'IndexAccess' && !target.safe && !target.fromEnd) {
        const at = scope.result(target.index);
        if (at.kind !== 'known' || typeof at.value !== 'number')
            return symbolOf(target.object)?.anyInstance();
        index = at.value;
        target = target.object;
    }
    const symbol = symbolOf(target);
    if (!symbol)
        return undefined;
    const instance = symbol.instanceAt(index);
    return 'reason' in instance ? undefined : instance;
}
/** A module declaration. */
class ModuleSymbol {
    template;
    decl;
    name;
    loop;
    condition;
    body;
    instances = new Map();
    iteration;
    constructor(template, decl) {
        this.template = template;
        this.decl = decl;
        this.name = decl.name.name;
        ({ loop: this.loop, condition: this.condition, body: this.body } = declarationParts(decl.value));
    }
    /** The module's reference as written: a relative path, `br:…`, `br/public:…` or `ts:…`. */
    reference() {
        return this.decl.path.kind === 'StringLiteral' ? this.decl.path.value : undefined;
    }
    iterate() {
        if (this.iteration)
            return this.iteration;
        this.iteration = { reason: 'the loop refers to its own elements' };
        this.iteration = this.template.scope.iterate(this.loop);
        return this.iteration;
    }
    read() {
        const reference = this.reference();
        if (reference === undefined) {
            this.template.problem('A module path must be a literal string.', this.decl.path);
            return;
        }
        const target = this.target(reference);
        if ('unresolved' in target) {
            this.template.unresolved(target.unresolved, this.decl.path);
            return;
        }
        for (const instance of this.expand().instances) {
            if (instance.condition() === false)
                continue;
            const outputs = instance.outputs();
            if ('template' in outputs)
                outputs.template.readResources();
        }
    }
    /** The local file a reference designates, or why its resources cannot be checked. */
    target(reference) {
        const mapped = (0,references/* mappedReference */.Li)(this.template.context.modules, reference);
        if (mapped)
            return { file: mapped };
        if (/^br[:/]/i.test(reference))
            return {
                unresolved: `Module ${reference} comes from a Bicep registry; the resources it deploys are not checked. Map the reference to a local copy under 'modules' in the configuration to check them.`,
            };
        if (/^ts[:/]/i.test(reference))
            return {
                unresolved: `Module ${reference} is a template spec; the resources it deploys are not checked. Map the reference to a local copy under 'modules' in the configuration to check them.`,
            };
        if (/\.jsonc?$/i.test(reference))
            return {
                unresolved: `Module ${reference} is an ARM JSON template; hsmlint does not evaluate it as a Bicep module, so the resources it deploys are checked only when the file is scanned itself.`,
            };
        return { file: this.template.resolvePath(reference) };
    }
    expand() {
        if (!this.loop)
            return { instances: [this.instance(undefined)] };
        const iteration = this.iterate();
        if ('items' in iteration && iteration.items.length <= MAX_LOOP_INSTANCES)
            return { instances: iteration.items.map((_, index) => this.instance(index)) };
        const why = 'reason' in iteration ? iteration.reason : `${iteration.items.length} instances`;
        return {
            instances: [this.instance('all')],
            loop: `the module loop over ${this.template.textOf(this.loop.iterable)} (${why})`,
        };
    }
    instanceAt(index) {
        if (!this.loop)
            return index === null
                ? this.instance(undefined)
                : { reason: `module '${this.name}' is not a collection` };
        if (index === null)
            return { reason: `module collection '${this.name}' needs an index` };
        const iteration = this.iterate();
        if ('reason' in iteration)
            return this.instance('all');
        if (index < 0 || index >= iteration.items.length)
            return { reason: `index ${index} is out of range for module collection '${this.name}'` };
        return this.instance(index);
    }
    instance(index) {
        const key = index ?? 'all';
        const cached = this.instances.get(key);
        if (cached)
            return cached;
        const scope = loopInstanceScope(this.template, this.loop, () => this.iterate(), index);
        const instance = new ModuleInstance(this, typeof index === 'number' ? index : undefined, scope);
        this.instances.set(key, instance);
        return instance;
    }
}
/**
 * The scope of one instance of a declaration: with the loop's element and index bound when the collection
 * is known, with both unknown (and why) when one instance stands for all, and the template's own scope
 * without a loop.
 */
function loopInstanceScope(template, loop, iterate, index) {
    const base = template.scope;
    if (!loop)
        return base;
    const iteration = iterate();
    if (typeof index === 'number' && 'items' in iteration)
        return base.loopScope(loop, iteration.items[index], index);
    const reason = 'reason' in iteration ? iteration.reason : 'the loop is not expanded';
    const unknown = (name) => ({
        kind: 'unknown',
        expression: name,
        range: template.range(loop),
        reason,
    });
    return base.loopScope(loop, unknown(loop.item.name), unknown(loop.index?.name ?? 'index'));
}
/** One deployment of a module (one per loop element). */
class ModuleInstance {
    symbol;
    index;
    scope;
    evaluated;
    constructor(symbol, index, scope) {
        this.symbol = symbol;
        this.index = index;
        this.scope = scope;
    }
    member(name) {
        for (const member of this.symbol.body?.properties ?? []) {
            if (member.kind === 'ObjectProperty' && member.name?.toLowerCase() === name)
                return member;
        }
        return undefined;
    }
    name() {
        if (this.named)
            return this.named;
        const member = this.member('name');
        if (!member)
            return unknownResult(`module '${this.symbol.name}' is named by Bicep when it is compiled`);
        this.named = unknownResult(`the name of module '${this.symbol.name}' refers to itself`);
        this.named = (0,nodes/* treeResult */.mq)(this.scope.evaluate(member.value));
        return this.named;
    }
    decided;
    named;
    /** Whether the instance is deployed: false, true, or the condition text (as for resources). */
    condition() {
        if (this.decided !== undefined)
            return this.decided;
        const condition = this.symbol.condition;
        if (!condition)
            return (this.decided = true);
        this.decided = this.symbol.template.textOf(condition); // while deciding, a self-reference is undecided
        this.decided = this.symbol.template.decide(this.scope, condition);
        return this.decided;
    }
    /** The module file evaluated with the parameters this instance passes (created once). */
    outputs() {
        if (this.evaluated)
            return this.evaluated;
        this.evaluated = { reason: `the parameters of module '${this.symbol.name}' refer to its own outputs` };
        this.evaluated = this.evaluate();
        return this.evaluated;
    }
    evaluate() {
        const parent = this.symbol.template;
        const decl = this.symbol.decl;
        const reference = this.symbol.reference();
        if (reference === undefined)
            return { reason: 'the module path is not a literal string' };
        const target = this.symbol.target(reference);
        if ('unresolved' in target)
            return { reason: `module '${this.symbol.name}' is not a local file (${reference})` };
        const file = target.file;
        if (parent.frame.chain.includes(file)) {
            parent.problem(`Modules form a cycle: ${[...parent.frame.chain, file].join(' -> ')}.`, decl.path);
            return { reason: 'the modules form a cycle' };
        }
        if (parent.frame.depth + 1 > MAX_MODULE_DEPTH) {
            parent.problem(`Modules nested deeper than ${MAX_MODULE_DEPTH} levels are not read.`, decl.path);
            return { reason: `modules nest deeper than ${MAX_MODULE_DEPTH} levels` };
        }
        const loaded = loadProgram(parent.context, file);
        if ('error' in loaded) {
            parent.unresolved(`The module ${file} cannot be read (${loaded.error}); the resources it deploys are not checked.`, decl.path);
            return { reason: `module ${file} cannot be read` };
        }
        const suffix = this.index === undefined ? '' : `[${this.index}]`;
        const keyword = parent.text.lastIndexOf('module', decl.name.offset);
        const own = `module '${this.symbol.name}${suffix}' at ${parent.where(keyword >= decl.offset ? keyword : decl.offset)}`;
        const condition = this.condition();
        const template = new BicepTemplate(parent.context, loaded.program, loaded.text, this.inputs(loaded.program), {
            keyPrefix: `${parent.frame.keyPrefix}${this.symbol.name}${suffix}>bicep:${file}#`,
            depth: parent.frame.depth + 1,
            chain: [...parent.frame.chain, file],
            via: parent.frame.via ? `${parent.frame.via}, then ${own}` : own,
            conditional: joinConditions(parent.frame.conditional, typeof condition === 'string' ? condition : undefined),
            loop: joinConditions(parent.frame.loop, this.index === undefined ? this.symbol.expand().loop : undefined),
        });
        return { template };
    }
    /** `params: {...}` evaluated where the module is declared, as values for the module's parameters. */
    inputs(program) {
        const inputs = new Map();
        const member = this.member('params');
        if (!member)
            return inputs;
        const source = this.symbol.template.file;
        const params = this.scope.evaluate(member.value);
        if (params.kind === 'object') {
            for (const entry of params.entries.values())
                inputs.set(entry.name.toLowerCase(), { node: entry.node, source });
            return inputs;
        }
        // Parameters passed as a whole expression that cannot be read: every one of them is unknown.
        const reason = params.kind === 'unknown' ? params.reason : 'params must be an object';
        for (const declaration of program.declarations) {
            if (declaration.kind !== 'ParameterDeclaration')
                continue;
            inputs.set(declaration.name.name.toLowerCase(), {
                node: {
                    kind: 'unknown',
                    expression: this.symbol.template.textOf(member.value),
                    range: params.range,
                    reason,
                },
                source,
            });
        }
        return inputs;
    }
}
function decorator(decorators, name) {
    return decorators.find((d) => d.name === name && (d.namespace === null || d.namespace === 'sys'));
}
function findIgnoringCase(map, name) {
    const wanted = name.toLowerCase();
    for (const [key, value] of map)
        if (key.toLowerCase() === wanted)
            return value;
    return undefined;
}
function sameRange(a, b) {
    return (a.file === b.file &&
        a.start.line === b.start.line &&
        a.start.column === b.start.column &&
        a.end.line === b.end.line &&
        a.end.column === b.end.column);
}
function textOfNode(node) {
    if (node.kind === 'unknown')
        return node.expression;
    if (node.kind === 'scalar')
        return String(node.value);
    return '…';
}
/** A small JSONPath for `loadJsonContent(path, '$.a.b[0]')`: `$`, `.name`, `['name']`, `[n]`. */
function selectPath(value, path, name) {
    if (path === undefined || path.trim() === '$')
        return { kind: 'known', value };
    const steps = /^\$((?:\.[A-Za-z_$][\w$-]*|\[\d+\]|\['[^']*'\])+)$/.exec(path.trim());
    if (!steps)
        return unknownResult(`${name}(): the path filter '${path}' is not evaluated`);
    let current = value;
    for (const step of steps[1].match(/\.[A-Za-z_$][\w$-]*|\[\d+\]|\['[^']*'\]/g) ?? []) {
        if (current === undefined || current === null || typeof current !== 'object')
            break;
        if (step.startsWith('.'))
            current = Array.isArray(current) ? undefined : current[step.slice(1)];
        else if (step.startsWith("['"))
            current = Array.isArray(current) ? undefined : current[step.slice(2, -2)];
        else
            current = Array.isArray(current) ? current[Number(step.slice(1, -1))] : undefined;
    }
    return current === undefined
        ? unknownResult(`${name}(): the path '${path}' selects nothing`)
        : { kind: 'known', value: current };
}

;// CONCATENATED MODULE: ./src/sources/bicep/source.ts









/** Reads a `.bicep` or `.bicepparam` file into model resources. Never throws. */
function parseBicepSource(file, text, options) {
    const skip = options.explicit ? undefined : (0,detect/* bicepSkipReason */.jO)(file, text);
    if (skip)
        return { kind: 'skipped', reason: skip };
    const result = {
        file,
        surface: 'bicep',
        resources: [],
        problems: [],
        directives: [],
        unresolved: [],
        related: [],
    };
    try {
        const program = parseBicep(text, file);
        recordProgram(result, program);
        const context = newContext(result, {
            readFile: options.readFile,
            now: options.now,
            isRelevantType: options.isRelevantType,
            modules: options.modules,
        });
        context.programs.set(file, { program, text });
        if ((0,detect/* isBicepParametersFile */.cU)(file))
            evaluateParametersFile(context, program, text, options);
        else
            evaluateTemplate(context, program, text, options);
    }
    catch (error) {
        result.problems.push({
            message: `Internal error while evaluating: ${error.message}`,
            range: (0,model_range/* pointRange */.it)(file),
        });
    }
    result.related = [...new Set(result.related)].filter((f) => f !== file);
    return { kind: 'parsed', parsed: result };
}
function evaluateTemplate(context, program, text, options) {
    const file = program.file;
    // Deployed by another scanned file: its resources are reported there.
    if (deployersOf(file, options).length > 0)
        return;
    const inputs = new Map();
    conventionalParameters(context, file, inputs);
    configuredParameters(context, file, inputs, options);
    const template = new BicepTemplate(context, program, text, inputs, {
        keyPrefix: `bicep:${file}#`,
        depth: 0,
        chain: [file],
    });
    template.readResources();
}
function evaluateParametersFile(context, program, text, options) {
    const file = program.file;
    const using = program.declarations.find((d) => d.kind === 'UsingDeclaration');
    if (!using) {
        context.result.problems.push({
            message: "A Bicep parameters file starts with a using declaration (using './main.bicep').",
            range: (0,model_range/* pointRange */.it)(file),
        });
        return;
    }
    if (using.path === null)
        return; // `using none`: values for whatever deploys them
    const range = { file, ...program.rangeOf(using.path) };
    if (using.path.kind !== 'StringLiteral') {
        context.result.problems.push({ message: 'The using path must be a literal string.', range });
        return;
    }
    const reference = using.path.value;
    const mapped = (0,references/* mappedReference */.Li)(options.modules, reference);
    if (/^(br|ts)[:/]/i.test(reference) && !mapped) {
        context.result.unresolved.push({
            message: `The template ${reference} is not a local file; the resources it deploys are not checked.`,
            range,
        });
        return;
    }
    const target = mapped ?? (0,references/* resolveFrom */.dx)(file, reference);
    const values = new BicepTemplate(context, program, text, new Map(), {
        keyPrefix: `bicep:${file}#`,
        depth: 0,
        chain: [file],
    });
    const inputs = new Map();
    for (const name of values.parameterNames()) {
        const node = values.parameterTree(name);
        if (node)
            inputs.set(name.toLowerCase(), { node, source: file });
    }
    configuredParameters(context, target, inputs, options, file);
    const read = context.readFile(target);
    if ('error' in read) {
        context.result.problems.push({
            message: `Cannot read ${target}, which the using declaration names: ${read.error}.`,
            range,
        });
        return;
    }
    context.result.related.push(target);
    if (/\.jsonc?$/i.test(target)) {
        const arm = (0,arm_template/* parseArmFile */.oR)(target, read.text, {
            parameters: inputs,
            readFile: context.readFile,
            now: context.now,
            isRelevantType: context.isRelevantType,
        });
        context.result.resources.push(...arm.resources);
        context.result.problems.push(...arm.problems);
        context.result.directives.push(...arm.directives);
        context.result.unresolved.push(...(arm.unresolved ?? []));
        context.result.related.push(...(arm.related ?? []));
        return;
    }
    const loaded = loadProgram(context, target);
    if ('error' in loaded)
        return;
    const template = new BicepTemplate(context, loaded.program, loaded.text, inputs, {
        keyPrefix: `bicep:${file}>bicep:${target}#`,
        depth: 0,
        chain: [file, target],
    });
    template.readResources();
}
/** The `.bicepparam` values a file gives, when it is one whose `using` names `template` (or any, if not given). */
function bicepParameterValues(context, file, template) {
    const loaded = loadProgram(context, file);
    if ('error' in loaded)
        return undefined;
    const using = loaded.program.declarations.find((d) => d.kind === 'UsingDeclaration');
    if (template !== undefined) {
        if (using?.path?.kind !== 'StringLiteral' || (0,references/* resolveFrom */.dx)(file, using.path.value) !== template)
            return undefined;
    }
    const values = new BicepTemplate(context, loaded.program, loaded.text, new Map(), {
        keyPrefix: `bicep:${file}#`,
        depth: 0,
        chain: [file],
    });
    const inputs = new Map();
    for (const name of values.parameterNames()) {
        const node = values.parameterTree(name);
        if (node)
            inputs.set(name.toLowerCase(), { node, source: file });
    }
    return inputs;
}
/** `main.bicepparam` (naming main.bicep), else `main.parameters.json` or `parameters.json`, beside the template. */
function conventionalParameters(context, template, inputs) {
    const base = template.replace(/\.bicep$/i, '');
    const sibling = `${base}.bicepparam`;
    if (!('error' in context.readFile(sibling))) {
        const values = bicepParameterValues(context, sibling, template);
        if (values) {
            for (const [name, input] of values)
                inputs.set(name, input);
            return;
        }
    }
    for (const candidate of [
        `${base}.parameters.json`,
        external_node_path_.posix.join(external_node_path_.posix.dirname(template), 'parameters.json'),
    ]) {
        const read = context.readFile(candidate);
        if ('error' in read)
            continue;
        const parsed = (0,parameters/* readParameterFile */.C5)(candidate, read.text);
        if (!parsed)
            continue;
        context.result.related.push(candidate);
        context.result.problems.push(...parsed.problems);
        for (const [name, input] of parsed.inputs)
            inputs.set(name, input);
        return;
    }
}
/** Values configured for the file's glob, then `--parameters` files (later wins). */
function configuredParameters(context, template, inputs, options, self) {
    for (const [name, value] of Object.entries(options.parameters ?? {})) {
        inputs.set(name.toLowerCase(), {
            value: value,
            source: options.parametersSource ?? 'configuration',
        });
    }
    const problems = context.result.problems;
    for (const file of options.parameterFiles ?? []) {
        if (file === self)
            continue;
        if ((0,detect/* isBicepParametersFile */.cU)(file)) {
            const values = bicepParameterValues(context, file, undefined);
            if (!values) {
                problems.push({ message: `Cannot read parameters file ${file}.`, range: (0,model_range/* pointRange */.it)(template) });
                continue;
            }
            for (const [name, input] of values)
                inputs.set(name, input);
            continue;
        }
        const read = context.readFile(file);
        if ('error' in read) {
            problems.push({
                message: `Cannot read parameters file ${file}: ${read.error}`,
                range: (0,model_range/* pointRange */.it)(template),
            });
            continue;
        }
        const parsed = (0,parameters/* readParameterFile */.C5)(file, read.text);
        if (!parsed) {
            problems.push({ message: `${file} is not an ARM parameters file.`, range: (0,model_range/* pointRange */.it)(template) });
            continue;
        }
        context.result.related.push(file);
        problems.push(...parsed.problems);
        for (const [name, input] of parsed.inputs)
            inputs.set(name, input);
    }
}
const INDEXES = new WeakMap();
/** The scanned files that deploy `file`, unless `file` deploys them itself (a cycle). */
function deployersOf(file, options) {
    const scanFiles = options.scanFiles;
    if (!scanFiles)
        return [];
    let index = INDEXES.get(scanFiles);
    if (!index) {
        index = buildIndex(scanFiles, options);
        INDEXES.set(scanFiles, index);
    }
    const deployers = (index.deployers.get(file) ?? []).filter((d) => d !== file);
    return deployers.filter((deployer) => !reaches(index, file, deployer));
}
function reaches(index, from, to) {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length > 0) {
        const current = stack.pop();
        for (const next of index.deploys.get(current) ?? []) {
            if (next === to)
                return true;
            if (!seen.has(next)) {
                seen.add(next);
                stack.push(next);
            }
        }
    }
    return false;
}
/**
 * Notes the modules each scanned Bicep file uses and the template its `using` names (see `bicepDeploys`),
 * as the walk triage found them or by reading the file (the reader caches). A reference in a comment may
 * count: then the module is reported through the file that mentions it, which still checks it.
 */
function buildIndex(scanFiles, options) {
    const index = { deployers: new Map(), deploys: new Map() };
    const scanned = new Set(scanFiles);
    const add = (from, target) => {
        if (!scanned.has(target))
            return;
        index.deployers.set(target, [...(index.deployers.get(target) ?? []), from]);
        index.deploys.set(from, [...(index.deploys.get(from) ?? []), target]);
    };
    for (const file of scanFiles) {
        const lower = file.toLowerCase();
        if (!lower.endsWith('.bicep') && !lower.endsWith('.bicepparam'))
            continue;
        const known = options.facts?.(file);
        if (known?.kind === 'bicep') {
            for (const target of known.deploys)
                add(file, target);
            continue;
        }
        const read = options.readFile(file);
        if ('error' in read)
            continue;
        for (const target of (0,file_facts/* bicepDeploys */.mw)(file, read.text, options.modules))
            add(file, target);
    }
    return index;
}


/***/ })

};
