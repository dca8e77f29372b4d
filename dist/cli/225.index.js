export const id = 225;
export const ids = [225];
export const modules = {

/***/ 6225:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadHclGrammar: () => (/* binding */ loadHclGrammar),
  loadHclParser: () => (/* binding */ loadHclParser),
  loadTreeSitterHclParser: () => (/* binding */ loadTreeSitterHclParser)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/model/bundle-files.ts
var bundle_files = __webpack_require__(5135);
;// CONCATENATED MODULE: ./src/sources/terraform/syntax.ts
/** The children of a node without any; shared, never pushed to. */
const NO_CHILDREN = [];
/** A node of a tree without errors. */
function syntax(type, startIndex, endIndex, children = NO_CHILDREN, isNamed = true) {
    return {
        type,
        isNamed,
        isMissing: false,
        isError: false,
        hasError: false,
        startIndex,
        endIndex,
        field: null,
        children,
    };
}

;// CONCATENATED MODULE: ./src/sources/terraform/fast-parse.ts

/**
 * Parses text[start, end) as a whole file, with a parser for the common forms of HCL that gives the nodes
 * tree-sitter's grammar (tree-sitter-hcl) gives for them, without going through WebAssembly: several times
 * faster, and parsing is what large files spend their time on.
 *
 * It only accepts text it is sure of. Anything unusual, and any syntax error, makes it give up (undefined) so
 * that the caller parses with tree-sitter, and error recovery and rare forms stay tree-sitter's. It gives up on:
 * identifiers that are not ASCII or contain `::`; keywords (`for`, `if`, `true`, ...) used as names, or run
 * into what follows them (`in0`); hexadecimal numbers and exponents without a fraction; newlines and control
 * characters in the text of quoted templates; comments, objects and heredocs inside interpolations and
 * directives; empty interpolations; steps (`.x`, `[0]`) after literals and templates; a conditional as an object
 * key, `for` key or `for` collection; `<< EOT` with a space, and text after a heredoc's opening marker; NUL;
 * Unicode spaces where they could end a heredoc; nesting deeper than MAX_DEPTH.
 *
 * Each top-level attribute and block goes to `onItem` as soon as it is read, so that a large text is never held
 * as nodes all at once; if the parser then gives up, what it handed over is to be dropped. It returns the
 * comments. The nodes hold only what the conversion reads: named nodes, and the anonymous tokens it looks at
 * (operators, parentheses, splat markers). Their ranges, and the comments, are exactly tree-sitter's.
 */
function parseFast(text, start, end, onItem) {
    try {
        return new FastParser(text, start, end).file(onItem);
    }
    catch (error) {
        if (error === UNSURE)
            return undefined;
        throw error;
    }
}
/** Thrown to give up; one instance, so that giving up costs no stack trace. */
const UNSURE = new Error('not a form the fast parser handles');
function giveUp() {
    throw UNSURE;
}
/** Deeper nesting is left to tree-sitter (and to the conversion's own limit). */
const MAX_DEPTH = 200;
const TAB = 0x09;
const NEWLINE = 0x0a;
const VERTICAL_TAB = 0x0b;
const FORM_FEED = 0x0c;
const CARRIAGE_RETURN = 0x0d;
const SPACE = 0x20;
const BANG = 0x21;
const QUOTE = 0x22;
const HASH = 0x23;
const DOLLAR = 0x24;
const PERCENT = 0x25;
const AMPERSAND = 0x26;
const LEFT_PAREN = 0x28;
const RIGHT_PAREN = 0x29;
const STAR = 0x2a;
const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const SLASH = 0x2f;
const COLON = 0x3a;
const LESS = 0x3c;
const EQUALS = 0x3d;
const GREATER = 0x3e;
const QUESTION = 0x3f;
const LEFT_BRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RIGHT_BRACKET = 0x5d;
const LEFT_BRACE = 0x7b;
const PIPE = 0x7c;
const RIGHT_BRACE = 0x7d;
const TILDE = 0x7e;
const FIRST_NON_ASCII = 0x80;
/** What `peek` gives past the end. */
const END = -1;
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
function isHexDigit(c) {
    return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}
function isIdentifierStart(c) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}
/** Characters after the first of an identifier (ASCII only), and of a heredoc marker. */
function isIdentifierPart(c) {
    return isIdentifierStart(c) || isDigit(c) || c === MINUS;
}
/** Whitespace tree-sitter-hcl's scanner skips before the closing marker of a heredoc (ASCII `iswspace`). */
function isHeredocSpace(c) {
    return c === SPACE || c === TAB || c === CARRIAGE_RETURN || c === VERTICAL_TAB || c === FORM_FEED;
}
/** A superset of the non-ASCII characters `iswspace` may count as space. */
function mayBeUnicodeSpace(c) {
    return (c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        c === 0x180e ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000 ||
        c === 0xfeff);
}
/** Words the grammar has as tokens; as names they would need tree-sitter's lexer to tell them apart. */
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor']);
const LONGEST_KEYWORD = 6;
/** Binary operators by precedence, as in the grammar: higher binds tighter; all are left-associative. */
const PRECEDENCE = {
    '*': 6,
    '/': 6,
    '%': 6,
    '+': 5,
    '-': 5,
    '>': 4,
    '>=': 4,
    '<': 4,
    '<=': 4,
    '==': 3,
    '!=': 3,
    '&&': 2,
    '||': 1,
};
function last(nodes) {
    return nodes[nodes.length - 1];
}
function anonymous(type, start, end) {
    return syntax(type, start, end, NO_CHILDREN, false);
}
/** An `expression` node holding terms (the children of tree-sitter's hidden `_expr_term`). */
function expressionOf(terms) {
    return syntax('expression', terms[0].startIndex, last(terms).endIndex, terms);
}
class FastParser {
    text;
    end;
    pos;
    comments = [];
    /** Nesting of expressions and blocks. */
    depth = 0;
    /** Interpolations and directives the position is inside (where comments and some forms are left out). */
    templateDepth = 0;
    constructor(text, start, end) {
        this.text = text;
        this.end = end;
        this.pos = start;
    }
    /** The top-level items, to `onItem`; the comments. */
    file(onItem) {
        this.skipTrivia();
        while (this.pos < this.end) {
            onItem(this.item());
            this.skipTrivia();
        }
        return this.comments;
    }
    /** The character at `offset`, END past the end of the text being parsed. */
    peek(offset) {
        return offset < this.end ? this.text.charCodeAt(offset) : END;
    }
    /** Skips whitespace and comments, recording the comments. */
    skipTrivia() {
        for (;;) {
            const c = this.peek(this.pos);
            if (c === SPACE || c === NEWLINE || c === TAB || c === CARRIAGE_RETURN)
                this.pos++;
            else if (c === HASH || c === SLASH) {
                const end = this.commentEnd(this.pos);
                if (end === this.pos)
                    return;
                if (this.templateDepth > 0)
                    giveUp();
                this.comments.push(syntax('comment', this.pos, end));
                this.pos = end;
            }
            else
                return;
        }
    }
    /** Where the comment at `start` ends; `start` if there is none (a `/` operator). */
    commentEnd(start) {
        const text = this.text;
        const next = this.peek(start + 1);
        if (this.peek(start) === SLASH && next === STAR) {
            for (let i = start + 2; i + 1 < this.end; i++) {
                const c = text.charCodeAt(i);
                if (c === STAR && text.charCodeAt(i + 1) === SLASH)
                    return i + 2;
                if (c === 0)
                    giveUp();
            }
            return giveUp();
        }
        if (this.peek(start) === HASH || next === SLASH) {
            // `#` and `//` comments run to the end of the line, a `\r` included.
            let i = start + 1;
            for (; i < this.end; i++) {
                const c = text.charCodeAt(i);
                if (c === NEWLINE)
                    break;
                if (c === 0)
                    giveUp();
            }
            return i;
        }
        return start;
    }
    /** The end of the ASCII identifier at `start`, or -1 if there is none. */
    identifierEnd(start) {
        const first = this.peek(start);
        if (!isIdentifierStart(first)) {
            if (first >= FIRST_NON_ASCII)
                giveUp();
            return -1;
        }
        let i = start + 1;
        for (;;) {
            const c = this.peek(i);
            if (isIdentifierPart(c))
                i++;
            else if (c >= FIRST_NON_ASCII || (c === COLON && this.peek(i + 1) === COLON))
                giveUp();
            else
                return i;
        }
    }
    isKeyword(start, end) {
        return end - start <= LONGEST_KEYWORD && KEYWORDS.has(this.text.slice(start, end));
    }
    /** Whether the identifier at the position is `word`. */
    atKeyword(word) {
        const end = this.identifierEnd(this.pos);
        return end === this.pos + word.length && this.text.startsWith(word, this.pos);
    }
    /** The identifier at the position, which must not be a keyword. */
    name() {
        const start = this.pos;
        const end = this.identifierEnd(start);
        if (end < 0 || this.isKeyword(start, end))
            giveUp();
        this.pos = end;
        return syntax('identifier', start, end);
    }
    /** Moves past `c`, which must be at the position. */
    expect(c) {
        if (this.peek(this.pos) !== c)
            giveUp();
        this.pos++;
    }
    enter() {
        if (++this.depth > MAX_DEPTH)
            giveUp();
    }
    // ---------------------------------------------------------------------------------------------------------
    // Bodies
    item() {
        const name = this.name();
        this.skipTrivia();
        if (this.peek(this.pos) !== EQUALS)
            return this.block(name);
        const next = this.peek(this.pos + 1);
        if (next === EQUALS || next === GREATER)
            giveUp();
        this.pos++;
        this.skipTrivia();
        const expr = this.expression();
        return syntax('attribute', name.startIndex, expr.endIndex, [name, expr]);
    }
    block(type) {
        const children = [type];
        while (this.peek(this.pos) !== LEFT_BRACE) {
            if (this.peek(this.pos) === QUOTE) {
                const label = this.quotedTemplate();
                if (label.type !== 'string_lit')
                    giveUp();
                children.push(label);
            }
            else
                children.push(this.name());
            this.skipTrivia();
        }
        this.enter();
        children.push(syntax('block_start', this.pos, this.pos + 1));
        this.pos++;
        this.skipTrivia();
        const items = [];
        while (this.peek(this.pos) !== RIGHT_BRACE) {
            items.push(this.item());
            this.skipTrivia();
        }
        if (items.length > 0)
            children.push(syntax('body', items[0].startIndex, last(items).endIndex, items));
        children.push(syntax('block_end', this.pos, this.pos + 1));
        this.pos++;
        this.depth--;
        return syntax('block', type.startIndex, this.pos, children);
    }
    // ---------------------------------------------------------------------------------------------------------
    // Expressions
    /** An expression; conditionals associate to the left, as tree-sitter-hcl parses them. */
    expression() {
        this.enter();
        let expr = expressionOf(this.binary(1));
        for (;;) {
            this.skipTrivia();
            if (this.peek(this.pos) !== QUESTION)
                break;
            this.pos++;
            this.skipTrivia();
            const then = this.expression();
            this.skipTrivia();
            if (this.peek(this.pos + 1) === COLON)
                giveUp();
            this.expect(COLON);
            this.skipTrivia();
            const otherwise = expressionOf(this.binary(1));
            const conditional = syntax('conditional', expr.startIndex, otherwise.endIndex, [expr, then, otherwise]);
            expr = syntax('expression', expr.startIndex, otherwise.endIndex, [conditional]);
        }
        this.depth--;
        return expr;
    }
    /** The binary operator at `offset`, if any. */
    operatorAt(offset) {
        const next = this.peek(offset + 1);
        switch (this.peek(offset)) {
            case STAR:
                return '*';
            case SLASH:
                return '/';
            case PERCENT:
                return '%';
            case PLUS:
                return '+';
            case MINUS:
                return '-';
            case GREATER:
                return next === EQUALS ? '>=' : '>';
            case LESS:
                if (next === LESS)
                    giveUp();
                return next === EQUALS ? '<=' : '<';
            case EQUALS:
                return next === EQUALS ? '==' : undefined;
            case BANG:
                return next === EQUALS ? '!=' : undefined;
            case AMPERSAND:
                return next === AMPERSAND ? '&&' : giveUp();
            case PIPE:
                return next === PIPE ? '||' : giveUp();
            default:
                return undefined;
        }
    }
    /** Binary operations of at least `minPrecedence`, as the terms of an operand. */
    binary(minPrecedence) {
        let left = this.unary();
        for (;;) {
            this.skipTrivia();
            const start = this.pos;
            const operator = this.operatorAt(start);
            if (operator === undefined)
                return left;
            const precedence = PRECEDENCE[operator];
            if (precedence < minPrecedence)
                return left;
            this.pos += operator.length;
            this.skipTrivia();
            const right = this.binary(precedence + 1);
            const children = left.concat(anonymous(operator, start, start + operator.length), right);
            const operation = syntax('binary_operation', left[0].startIndex, last(right).endIndex, children);
            left = [syntax('operation', operation.startIndex, operation.endIndex, [operation])];
        }
    }
    unary() {
        const start = this.pos;
        const c = this.peek(start);
        if (c !== MINUS && c !== BANG)
            return this.postfix();
        if (c === BANG && this.peek(start + 1) === EQUALS)
            giveUp();
        this.pos++;
        this.skipTrivia();
        const operand = this.unary();
        const children = [anonymous(c === MINUS ? '-' : '!', start, start + 1), ...operand];
        const operation = syntax('unary_operation', start, last(operand).endIndex, children);
        return [syntax('operation', start, operation.endIndex, [operation])];
    }
    /** A term and the attribute, index and splat steps after it. */
    postfix() {
        const terms = this.primary();
        const type = terms[0].type;
        const stepsAllowed = type !== 'literal_value' && type !== 'template_expr';
        for (;;) {
            this.skipTrivia();
            const c = this.peek(this.pos);
            const next = this.peek(this.pos + 1);
            // The grammar reads a `.` or `[` after any term as a step, even where the next object element starts.
            if (!stepsAllowed) {
                if ((c === DOT && next !== DOT) || c === LEFT_BRACKET)
                    giveUp();
                return terms;
            }
            if (c === DOT && next === STAR)
                terms.push(this.splat('attr_splat', '.*'));
            else if (c === LEFT_BRACKET && next === STAR && this.peek(this.pos + 2) === RIGHT_BRACKET)
                terms.push(this.splat('full_splat', '[*]'));
            else if (c === DOT && next !== DOT)
                terms.push(this.attributeOrLegacyIndex());
            else if (c === LEFT_BRACKET)
                terms.push(this.index());
            else
                return terms;
        }
    }
    /** `.name` or `.0`, at the dot. */
    attributeOrLegacyIndex() {
        const start = this.pos;
        if (isDigit(this.peek(start + 1))) {
            let end = start + 2;
            while (isDigit(this.peek(end)))
                end++;
            const after = this.peek(end);
            if (isIdentifierPart(after) || after >= FIRST_NON_ASCII)
                giveUp();
            this.pos = end;
            return syntax('index', start, end, [syntax('legacy_index', start, end)]);
        }
        this.pos++;
        this.skipTrivia();
        const name = this.name();
        return syntax('get_attr', start, name.endIndex, [name]);
    }
    /** `[expression]`, at the bracket. */
    index() {
        const start = this.pos;
        this.pos++;
        this.skipTrivia();
        const key = this.expression();
        this.skipTrivia();
        this.expect(RIGHT_BRACKET);
        return syntax('index', start, this.pos, [syntax('new_index', start, this.pos, [key])]);
    }
    /** A splat marker and the attribute and index steps after it, which the grammar keeps inside the splat. */
    splat(type, marker) {
        const start = this.pos;
        const children = [anonymous(marker, start, start + marker.length)];
        this.pos += marker.length;
        for (;;) {
            this.skipTrivia();
            const c = this.peek(this.pos);
            const next = this.peek(this.pos + 1);
            if (c === DOT && next !== STAR && next !== DOT)
                children.push(this.attributeOrLegacyIndex());
            else if (c === LEFT_BRACKET && !(next === STAR && this.peek(this.pos + 2) === RIGHT_BRACKET))
                children.push(this.index());
            else
                break;
        }
        const inner = syntax(type, start, last(children).endIndex, children);
        return syntax('splat', start, inner.endIndex, [inner]);
    }
    primary() {
        const start = this.pos;
        const c = this.peek(start);
        switch (c) {
            case LEFT_PAREN: {
                this.pos++;
                this.skipTrivia();
                const inner = this.expression();
                this.skipTrivia();
                this.expect(RIGHT_PAREN);
                return [anonymous('(', start, start + 1), inner, anonymous(')', this.pos - 1, this.pos)];
            }
            case QUOTE: {
                const template = this.quotedTemplate();
                const type = template.type === 'string_lit' ? 'literal_value' : 'template_expr';
                return [syntax(type, start, this.pos, [template])];
            }
            case LESS: {
                if (this.peek(start + 1) !== LESS || this.templateDepth > 0)
                    giveUp();
                const heredoc = this.heredoc();
                return [syntax('template_expr', start, this.pos, [heredoc])];
            }
            case LEFT_BRACKET:
                return [this.tupleOrFor()];
            case LEFT_BRACE:
                if (this.templateDepth > 0)
                    giveUp();
                return [this.objectOrFor()];
        }
        if (isDigit(c)) {
            const end = this.numberEnd();
            this.pos = end;
            return [syntax('literal_value', start, end, [syntax('numeric_lit', start, end)])];
        }
        const end = this.identifierEnd(start);
        if (end < 0)
            giveUp();
        this.pos = end;
        if (end - start <= LONGEST_KEYWORD) {
            const word = this.text.slice(start, end);
            if (word === 'true' || word === 'false')
                return [syntax('literal_value', start, end, [syntax('bool_lit', start, end)])];
            if (word === 'null')
                return [syntax('literal_value', start, end, [syntax('null_lit', start, end)])];
            if (KEYWORDS.has(word))
                giveUp();
        }
        const name = syntax('identifier', start, end);
        this.skipTrivia();
        if (this.peek(this.pos) === LEFT_PAREN)
            return [this.call(name)];
        return [syntax('variable_expr', start, end, [name])];
    }
    /** The end of the number at the position: digits, then maybe a fraction, then maybe an exponent. */
    numberEnd() {
        let i = this.pos;
        while (isDigit(this.peek(i)))
            i++;
        if (this.peek(i) === DOT && isDigit(this.peek(i + 1))) {
            i += 2;
            while (isDigit(this.peek(i)))
                i++;
            const e = this.peek(i);
            if (e === 0x65 || e === 0x45) {
                let exponent = i + 1;
                const sign = this.peek(exponent);
                if (sign === PLUS || sign === MINUS)
                    exponent++;
                if (isDigit(this.peek(exponent))) {
                    i = exponent + 1;
                    while (isDigit(this.peek(i)))
                        i++;
                }
            }
        }
        // `1e3`, `0x1f`, `1.x`: not one number token in the grammar.
        const after = this.peek(i);
        if (after === DOT || isIdentifierStart(after) || after >= FIRST_NON_ASCII)
            giveUp();
        return i;
    }
    /** The arguments and closing parenthesis of a call, at the opening one. */
    call(name) {
        const children = [name];
        this.pos++;
        this.skipTrivia();
        if (this.peek(this.pos) !== RIGHT_PAREN) {
            const args = [];
            for (;;) {
                args.push(this.expression());
                this.skipTrivia();
                if (this.peek(this.pos) === COMMA) {
                    this.pos++;
                    this.skipTrivia();
                    if (this.peek(this.pos) === RIGHT_PAREN)
                        break;
                    continue;
                }
                if (this.atEllipsis()) {
                    args.push(syntax('ellipsis', this.pos, this.pos + 3));
                    this.pos += 3;
                    this.skipTrivia();
                }
                break;
            }
            children.push(syntax('function_arguments', args[0].startIndex, last(args).endIndex, args));
        }
        this.expect(RIGHT_PAREN);
        return syntax('function_call', name.startIndex, this.pos, children);
    }
    atEllipsis() {
        return this.peek(this.pos) === DOT && this.peek(this.pos + 1) === DOT && this.peek(this.pos + 2) === DOT;
    }
    tupleOrFor() {
        const start = this.pos;
        this.pos++;
        this.skipTrivia();
        if (this.atKeyword('for'))
            return this.forExpression(start, 'for_tuple_expr');
        const items = [];
        while (this.peek(this.pos) !== RIGHT_BRACKET) {
            items.push(this.expression());
            this.skipTrivia();
            if (this.peek(this.pos) === COMMA) {
                this.pos++;
                this.skipTrivia();
            }
            else if (this.peek(this.pos) !== RIGHT_BRACKET)
                giveUp();
        }
        this.pos++;
        return syntax('collection_value', start, this.pos, [syntax('tuple', start, this.pos, items)]);
    }
    objectOrFor() {
        const start = this.pos;
        this.pos++;
        this.skipTrivia();
        if (this.atKeyword('for'))
            return this.forExpression(start, 'for_object_expr');
        const elements = [];
        while (this.peek(this.pos) !== RIGHT_BRACE) {
            const key = this.expression();
            if (key.children[0].type === 'conditional')
                giveUp();
            this.skipTrivia();
            const c = this.peek(this.pos);
            const next = this.peek(this.pos + 1);
            if (c === EQUALS ? next === EQUALS || next === GREATER : c !== COLON || next === COLON)
                giveUp();
            this.pos++;
            this.skipTrivia();
            const value = this.expression();
            key.field = 'key';
            value.field = 'val';
            elements.push(syntax('object_elem', key.startIndex, value.endIndex, [key, value]));
            this.skipTrivia();
            if (this.peek(this.pos) === COMMA) {
                this.pos++;
                this.skipTrivia();
            }
        }
        this.pos++;
        return syntax('collection_value', start, this.pos, [syntax('object', start, this.pos, elements)]);
    }
    /** A `for` expression after its opening bracket or brace, at `for`. */
    forExpression(start, type) {
        const introStart = this.pos;
        this.pos += 3;
        this.skipTrivia();
        const intro = [this.name()];
        this.skipTrivia();
        if (this.peek(this.pos) === COMMA) {
            this.pos++;
            this.skipTrivia();
            intro.push(this.name());
            this.skipTrivia();
        }
        if (!this.atKeyword('in'))
            giveUp();
        this.pos += 2;
        this.skipTrivia();
        const collection = this.expression();
        if (collection.children[0].type === 'conditional')
            giveUp();
        intro.push(collection);
        this.skipTrivia();
        if (this.peek(this.pos + 1) === COLON)
            giveUp();
        this.expect(COLON);
        const children = [syntax('for_intro', introStart, this.pos, intro)];
        this.skipTrivia();
        const value = this.expression();
        children.push(value);
        this.skipTrivia();
        if (type === 'for_object_expr') {
            if (value.children[0].type === 'conditional')
                giveUp();
            this.expect(EQUALS);
            this.expect(GREATER);
            this.skipTrivia();
            children.push(this.expression());
            this.skipTrivia();
            if (this.atEllipsis()) {
                children.push(syntax('ellipsis', this.pos, this.pos + 3));
                this.pos += 3;
                this.skipTrivia();
            }
        }
        if (this.atKeyword('if')) {
            const conditionStart = this.pos;
            this.pos += 2;
            this.skipTrivia();
            const condition = this.expression();
            children.push(syntax('for_cond', conditionStart, condition.endIndex, [condition]));
            this.skipTrivia();
        }
        this.expect(type === 'for_tuple_expr' ? RIGHT_BRACKET : RIGHT_BRACE);
        return syntax('for_expr', start, this.pos, [syntax(type, start, this.pos, children)]);
    }
    // ---------------------------------------------------------------------------------------------------------
    // Templates
    /** A quoted string: a `string_lit` if it has no interpolation or directive, else a `quoted_template`. */
    quotedTemplate() {
        const start = this.pos;
        this.pos++;
        const parts = this.templateParts(undefined);
        this.expect(QUOTE);
        const open = syntax('quoted_template_start', start, start + 1);
        const close = syntax('quoted_template_end', this.pos - 1, this.pos);
        if (parts.length === 0)
            return syntax('string_lit', start, this.pos, [open, close]);
        return syntax('quoted_template', start, this.pos, [open, ...parts, close]);
    }
    /** `<<MARKER` or `<<-MARKER`, lines, and the closing marker on a line of its own. */
    heredoc() {
        const start = this.pos;
        let markerStart = start + 2;
        if (this.peek(markerStart) === MINUS)
            markerStart++;
        let markerEnd = markerStart;
        while (isIdentifierPart(this.peek(markerEnd)))
            markerEnd++;
        if (markerEnd === markerStart || this.peek(markerEnd) >= FIRST_NON_ASCII)
            giveUp();
        let lineEnd = markerEnd;
        while (isHeredocSpace(this.peek(lineEnd)))
            lineEnd++;
        if (this.peek(lineEnd) !== NEWLINE)
            giveUp();
        const marker = this.text.slice(markerStart, markerEnd);
        this.pos = markerEnd;
        const parts = this.templateParts(marker);
        if (this.peek(this.pos) === PERCENT)
            giveUp();
        const close = this.pos;
        this.pos += marker.length;
        return syntax('heredoc_template', start, this.pos, [
            syntax('heredoc_start', start, markerStart),
            syntax('heredoc_identifier', markerStart, markerEnd),
            ...parts,
            syntax('heredoc_identifier', close, this.pos),
        ]);
    }
    /**
     * Template text, interpolations and directives up to the end of the template (the closing quote, or the
     * heredoc's closing marker) or up to an `else`, `endif` or `endfor` directive; the position is left there.
     */
    templateParts(marker) {
        const parts = [];
        for (;;) {
            this.pos = marker === undefined ? this.quotedTextEnd() : this.heredocTextEnd(marker);
            const c = this.peek(this.pos);
            if (c === DOLLAR)
                parts.push(this.interpolation());
            else if (c !== PERCENT)
                return parts;
            else {
                const keyword = this.directiveKeyword();
                if (keyword === 'if')
                    parts.push(this.ifDirective(marker));
                else if (keyword === 'for')
                    parts.push(this.forDirective(marker));
                else
                    return parts;
            }
        }
    }
    /** From the position, the end of the text of a quoted template: the closing quote, `${` or `%{`. */
    quotedTextEnd() {
        const text = this.text;
        let i = this.pos;
        for (;;) {
            if (i >= this.end)
                giveUp();
            const c = text.charCodeAt(i);
            if (c === QUOTE)
                return i;
            if (c === BACKSLASH)
                i = this.escapeEnd(i);
            else if (c === DOLLAR || c === PERCENT) {
                const next = this.peek(i + 1);
                if (next === LEFT_BRACE)
                    return i;
                i += this.literalDollarOrPercent(c, next, i);
            }
            else if (c < SPACE && c !== TAB && c !== CARRIAGE_RETURN)
                giveUp();
            else
                i++;
        }
    }
    /**
     * How many characters a `$` or `%` not followed by `{` takes: the scanner reads `$${` (an escape) and `$$` as
     * one piece, so `$$${` is `$$` and then an interpolation.
     */
    literalDollarOrPercent(c, next, at) {
        if (next !== c)
            return 1;
        return this.peek(at + 2) === LEFT_BRACE ? 3 : 2;
    }
    /** The end of the escape sequence at `backslash`; only the ones tree-sitter-hcl's scanner accepts. */
    escapeEnd(backslash) {
        const c = this.peek(backslash + 1);
        // ", \, n, r, t
        if (c === QUOTE || c === BACKSLASH || c === 0x6e || c === 0x72 || c === 0x74)
            return backslash + 2;
        // u and four hexadecimal digits, U and eight
        const digits = c === 0x75 ? 4 : c === 0x55 ? 8 : giveUp();
        for (let k = 0; k < digits; k++)
            if (!isHexDigit(this.peek(backslash + 2 + k)))
                giveUp();
        return backslash + 2 + digits;
    }
    /** From the position, the end of heredoc text: `${`, `%{`, or the start of the closing marker. */
    heredocTextEnd(marker) {
        const text = this.text;
        let i = this.pos;
        // The scanner looks for the marker only after whitespace holding a newline: at the first non-space
        // character of a line.
        let lineStart = false;
        for (;;) {
            if (i >= this.end)
                giveUp();
            const c = text.charCodeAt(i);
            if (c === NEWLINE) {
                lineStart = true;
                i++;
                continue;
            }
            if (isHeredocSpace(c)) {
                i++;
                continue;
            }
            if (lineStart) {
                lineStart = false;
                const afterMarker = this.afterMarker(i, marker);
                if (afterMarker >= 0) {
                    if (this.peek(afterMarker) === NEWLINE)
                        return i;
                    // Not the closing marker: the scanner takes the marker, the spaces and one more character as text.
                    i = afterMarker + 1;
                    continue;
                }
                if (c >= FIRST_NON_ASCII && mayBeUnicodeSpace(c))
                    giveUp();
            }
            if (c === DOLLAR || c === PERCENT) {
                const next = this.peek(i + 1);
                if (next === LEFT_BRACE)
                    return i;
                i += this.literalDollarOrPercent(c, next, i);
            }
            else if (c === 0)
                giveUp();
            else
                i++;
        }
    }
    /** If the heredoc's marker is at `start`: where the spaces after it end. Else -1. */
    afterMarker(start, marker) {
        let i = start + marker.length;
        if (i > this.end || !this.text.startsWith(marker, start))
            return -1;
        while (isHeredocSpace(this.peek(i)))
            i++;
        const c = this.peek(i);
        if (c === END || c === 0 || (c >= FIRST_NON_ASCII && mayBeUnicodeSpace(c)))
            giveUp();
        return i;
    }
    /** `${`, an optional strip marker, an expression, an optional strip marker and `}`. */
    interpolation() {
        const start = this.pos;
        this.pos += 2;
        this.templateDepth++;
        const children = [];
        this.skipTrivia();
        this.stripMarker(children);
        if (this.peek(this.pos) === RIGHT_BRACE)
            giveUp();
        children.push(this.expression());
        this.skipTrivia();
        this.stripMarker(children);
        this.expect(RIGHT_BRACE);
        this.templateDepth--;
        return syntax('template_interpolation', start, this.pos, children);
    }
    /** Moves past a `~` at the position, if there is one, and the trivia after it. */
    stripMarker(children) {
        if (this.peek(this.pos) !== TILDE)
            return;
        children?.push(syntax('strip_marker', this.pos, this.pos + 1));
        this.pos++;
        this.skipTrivia();
    }
    /** The keyword of the directive at the position, without moving. */
    directiveKeyword() {
        const start = this.pos;
        this.pos += 2;
        this.templateDepth++;
        this.skipTrivia();
        this.stripMarker(undefined);
        const end = this.identifierEnd(this.pos);
        const word = end < 0 ? '' : this.text.slice(this.pos, end);
        this.templateDepth--;
        this.pos = start;
        if (word === 'if' || word === 'else' || word === 'endif' || word === 'for' || word === 'endfor')
            return word;
        return giveUp();
    }
    /** The keyword of the directive that must be at the position. */
    closingKeyword() {
        if (this.peek(this.pos) !== PERCENT)
            giveUp();
        return this.directiveKeyword();
    }
    /** `%{`, `keyword`, what `readContent` reads, `}`, with optional strip markers; at the `%`. */
    directiveTag(type, keyword, readContent) {
        const start = this.pos;
        this.pos += 2;
        this.templateDepth++;
        this.skipTrivia();
        this.stripMarker(undefined);
        this.pos += keyword.length;
        this.skipTrivia();
        const children = [];
        if (readContent) {
            readContent(children);
            this.skipTrivia();
        }
        this.stripMarker(undefined);
        this.expect(RIGHT_BRACE);
        this.templateDepth--;
        return syntax(type, start, this.pos, children);
    }
    ifDirective(marker) {
        this.enter();
        const start = this.pos;
        const children = [this.directiveTag('template_if_intro', 'if', (c) => c.push(this.expression()))];
        children.push(...this.templateParts(marker));
        let keyword = this.closingKeyword();
        if (keyword === 'else') {
            children.push(this.directiveTag('template_else_intro', 'else'));
            children.push(...this.templateParts(marker));
            keyword = this.closingKeyword();
        }
        if (keyword !== 'endif')
            giveUp();
        children.push(this.directiveTag('template_if_end', 'endif'));
        this.depth--;
        return syntax('template_directive', start, this.pos, [syntax('template_if', start, this.pos, children)]);
    }
    forDirective(marker) {
        this.enter();
        const start = this.pos;
        const head = this.directiveTag('template_for_start', 'for', (c) => {
            c.push(this.name());
            this.skipTrivia();
            if (this.peek(this.pos) === COMMA) {
                this.pos++;
                this.skipTrivia();
                c.push(this.name());
                this.skipTrivia();
            }
            if (!this.atKeyword('in'))
                giveUp();
            this.pos += 2;
            this.skipTrivia();
            c.push(this.expression());
        });
        const children = [head, ...this.templateParts(marker)];
        if (this.closingKeyword() !== 'endfor')
            giveUp();
        children.push(this.directiveTag('template_for_end', 'endfor'));
        this.depth--;
        return syntax('template_directive', start, this.pos, [syntax('template_for', start, this.pos, children)]);
    }
}

// EXTERNAL MODULE: ./src/sources/terraform/parser-state.ts
var parser_state = __webpack_require__(374);
;// CONCATENATED MODULE: ./src/sources/terraform/parse.ts





// The two WebAssembly files. In the bundle, scripts/package.mjs copies them next to the chunk that holds
// this code; from source they are read in node_modules. The paths are built at run time on purpose: ncc
// relocates `new URL('<literal>', import.meta.url)` assets itself and corrupts .wasm files doing so (it
// re-encodes them as text; see research/toolchain.md §2).
const WASM_FILES = {
    runtime: ['web-tree-sitter', 'web-tree-sitter.wasm'],
    terraform: ['@tree-sitter-grammars/tree-sitter-hcl', 'tree-sitter-terraform.wasm'],
};
function readWasm([packageName, file]) {
    const candidates = [
        (0,bundle_files/* besideBundle */.P)(file),
        new URL(['..', '..', '..', 'node_modules', packageName, file].join('/'), import.meta.url),
    ];
    for (const candidate of candidates) {
        if ((0,external_node_fs_.existsSync)(candidate))
            return (0,external_node_fs_.readFileSync)(candidate);
    }
    throw new Error(`${file} not found (looked in ${candidates.map((c) => c.pathname).join(', ')})`);
}
let loading;
/** The fast parser alone, until the grammar is loaded; then both, or tree-sitter alone. */
const FAST_ONLY = { fastPath: true };
let withTreeSitter;
let treeSitterOnly;
/**
 * The parser of the Terraform source: the fast parser for common forms, and tree-sitter for everything
 * else once loaded (`loadHclGrammar`). Before that, text that needs it throws `GrammarNeeded`.
 */
const hcl = { parse: (text, file) => parseText(withTreeSitter ?? FAST_ONLY, text, file) };
(0,parser_state/* setLoadedHclParser */.UA)(hcl);
/** The parser with tree-sitter loaded (the grammar initialises once; later calls share it). */
async function loadHclParser() {
    await loadHclGrammar();
    return hcl;
}
/** The same parser without the fast path (see fast-parse.ts): every text goes through tree-sitter. */
async function loadTreeSitterHclParser() {
    await loadHclGrammar();
    const engine = treeSitterOnly;
    return { parse: (text, file) => parseText(engine, text, file) };
}
/** Initialises web-tree-sitter and the Terraform grammar, once. */
function loadHclGrammar() {
    loading ??= init().catch((error) => {
        loading = undefined;
        throw error;
    });
    return loading;
}
async function init() {
    // Imported here, not above: its JavaScript is a large part of what the grammar costs to load.
    const { default: treeSitter } = await Promise.all(/* import() */[__webpack_require__.e(551), __webpack_require__.e(559)]).then(__webpack_require__.t.bind(__webpack_require__, 6559, 23));
    await treeSitter.Parser.init({ wasmBinary: readWasm(WASM_FILES.runtime) });
    const language = await treeSitter.Language.load(readWasm(WASM_FILES.terraform));
    const parser = new treeSitter.Parser();
    parser.setLanguage(language);
    const grammar = grammarOf(language);
    withTreeSitter = { parser, grammar, fastPath: true };
    treeSitterOnly = { parser, grammar, fastPath: false };
    (0,parser_state/* setHclGrammarLoaded */.uf)();
}
/**
 * Named types that are single tokens in the grammar (or runs of scanner tokens), so their children, if any, are
 * anonymous tokens the conversion does not read. `legacy_index` is not here: a comment may sit inside it.
 */
const LEAF_TYPES = new Set([
    'identifier',
    'comment',
    'numeric_lit',
    'bool_lit',
    'null_lit',
    'template_literal',
    'heredoc_start',
    'heredoc_identifier',
    'block_start',
    'block_end',
    'tuple_start',
    'tuple_end',
    'object_start',
    'object_end',
    'ellipsis',
    'strip_marker',
    'quoted_template_start',
    'quoted_template_end',
    'template_interpolation_start',
    'template_interpolation_end',
    'template_directive_start',
    'template_directive_end',
]);
const ERROR_TYPE_ID = 0xffff;
function grammarOf(language) {
    const types = [];
    const named = [];
    const leaf = [];
    for (let id = 0; id < language.types.length; id++) {
        types.push(language.types[id] || 'ERROR');
        named.push(language.nodeTypeIsNamed(id));
        leaf.push(!named[id] || LEAF_TYPES.has(types[id]));
    }
    return { types, named, leaf, bodyId: types.indexOf('body') };
}
function parseText(engine, text, file) {
    const lines = new Lines(text);
    try {
        const segments = splitTopLevel(text);
        if (segments.length <= 1)
            return parseSegment(engine, lines, file, 0, text.length).parsed;
        // Parsing top-level blocks one at a time keeps tree-sitter's trees (and its wasm heap) small and is
        // faster than one parse of the whole text. When every block parses cleanly, the result is what a parse of
        // the whole text gives: a split inside a heredoc, comment or bracket leaves an unterminated construct, which
        // is an error. Otherwise parse the whole text; if that has errors too, keep the per-block results, because
        // tree-sitter's recovery can swallow the rest of a file (an unterminated heredoc or brace), and one broken
        // block should not hide the ones after it.
        const parts = segments.map((s) => parseSegment(engine, lines, file, s.start, s.end, true));
        let range;
        if (parts.every((part) => part.parsed.errors.length === 0)) {
            const bodies = parts.filter((part) => part.hasBody).map((part) => part.parsed.body.range);
            if (bodies.length > 0) {
                range = { file, start: bodies[0].start, end: bodies[bodies.length - 1].end };
            }
        }
        if (!range) {
            const whole = parseSegment(engine, lines, file, 0, text.length).parsed;
            if (whole.errors.length === 0)
                return whole;
            range = whole.body.range;
        }
        const result = { file, body: { attributes: [], blocks: [], range }, comments: [], errors: [] };
        for (const { parsed: part } of parts) {
            for (const attribute of part.body.attributes)
                result.body.attributes.push(attribute);
            for (const block of part.body.blocks)
                result.body.blocks.push(block);
            for (const comment of part.comments)
                result.comments.push(comment);
            for (const error of part.errors)
                result.errors.push(error);
        }
        return result;
    }
    catch (error) {
        if (error instanceof parser_state/* GrammarNeeded */.D4)
            throw error;
        const at = { file, start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
        return {
            file,
            body: { attributes: [], blocks: [], range: at },
            comments: [],
            errors: [
                {
                    message: `Internal parser error: ${error instanceof Error ? error.message : String(error)}`,
                    range: at,
                },
            ],
        };
    }
}
/** Lines that look like the start of a top-level block or attribute (at column 1). */
const TOP_LEVEL_START = /(?:[A-Za-z_][\w-]*(?:[ \t]+(?:"(?:[^"\\\n]|\\.)*"|[A-Za-z_][\w-]*))*[ \t]*\{|[A-Za-z_][\w-]*[ \t]*=(?!=))/y;
/** Splits text at lines that look like the start of a top-level block or attribute. */
function splitTopLevel(text) {
    const segments = [];
    let lineStart = 0;
    while (lineStart <= text.length) {
        const c = text.charCodeAt(lineStart);
        // Only a letter or `_` can start a match; skip the regular expression for every other line.
        if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95) {
            TOP_LEVEL_START.lastIndex = lineStart;
            if (TOP_LEVEL_START.test(text)) {
                if (segments.length === 0 && lineStart > 0)
                    segments.push({ start: 0, end: lineStart });
                if (segments.length > 0)
                    segments[segments.length - 1].end = lineStart;
                segments.push({ start: lineStart, end: text.length });
            }
        }
        const newline = text.indexOf('\n', lineStart);
        if (newline < 0)
            break;
        lineStart = newline + 1;
    }
    return segments;
}
/**
 * Maps string offsets to 1-based positions the way tree-sitter counts them: only `\n` ends a line (a lone `\r`
 * does not), and columns count UTF-16 code units.
 */
class Lines {
    starts = [0];
    text;
    /** The line of the last lookup; lookups mostly move forward a little. */
    last = 0;
    constructor(text) {
        this.text = text;
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1))
            this.starts.push(i + 1);
    }
    lineStart(offset) {
        return this.starts[this.lineOf(offset)];
    }
    position(offset) {
        const line = this.lineOf(offset);
        return { line: line + 1, column: offset - this.starts[line] + 1 };
    }
    lineOf(offset) {
        const starts = this.starts;
        let line = this.last;
        if (starts[line] <= offset) {
            // Forward a few lines linearly, then binary search.
            const limit = Math.min(starts.length, line + 8);
            while (line + 1 < limit && starts[line + 1] <= offset)
                line++;
            if (line + 1 < starts.length && starts[line + 1] <= offset)
                line = this.search(offset, line + 1, starts.length - 1);
        }
        else {
            line = this.search(offset, 0, line - 1);
        }
        this.last = line;
        return line;
    }
    /** The last line in [lo, hi] starting at or before offset. */
    search(offset, lo, hi) {
        const starts = this.starts;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
}
/**
 * Reads tree-sitter nodes at a cursor into Syntax, with offsets moved by `base`; comments go to `onComment`.
 * In a tree without errors it asks the wasm side less: it does not look into leaf types (see LEAF_TYPES), takes
 * an anonymous token's end from its length (its type is its text), and no node can be missing.
 */
class Reader {
    cursor;
    grammar;
    text;
    base;
    clean;
    onComment;
    constructor(cursor, grammar, text, base, clean, onComment) {
        this.cursor = cursor;
        this.grammar = grammar;
        this.text = text;
        this.base = base;
        this.clean = clean;
        this.onComment = onComment;
    }
    /** Whether the children of the last node read are not to be read (a leaf, or synthesized). */
    skipChildren = false;
    /** The node at the cursor, without its children. */
    node(parentType) {
        const cursor = this.cursor;
        const grammar = this.grammar;
        const id = cursor.nodeTypeId;
        const isError = id === ERROR_TYPE_ID;
        const type = isError ? 'ERROR' : (grammar.types[id] ?? 'ERROR');
        const isNamed = isError || (grammar.named[id] ?? false);
        this.skipChildren = this.clean && !isError && (grammar.leaf[id] ?? false);
        const startIndex = cursor.startIndex + this.base;
        const endIndex = this.clean && !isNamed ? startIndex + type.length : cursor.endIndex + this.base;
        // Only a zero-width node can be missing.
        const isMissing = !this.clean && startIndex === endIndex && cursor.nodeIsMissing;
        const node = {
            type,
            isNamed,
            isMissing,
            isError,
            hasError: isError || isMissing,
            startIndex,
            endIndex,
            field: parentType === 'object_elem' ? cursor.currentFieldName : null,
            children: NO_CHILDREN,
        };
        if (type === 'comment')
            this.onComment(node);
        else if (this.clean && SYNTHESIZED.has(type)) {
            const children = this.synthesize(type, startIndex, endIndex);
            if (children) {
                node.children = children;
                this.skipChildren = true;
            }
        }
        return node;
    }
    /**
     * The children of small, frequent nodes of a clean tree, made from the text instead of read from the tree:
     * literals, strings without interpolation, `.name` steps. Undefined when the text is not the plain form (a
     * comment or space inside a step), and the children are then read from the tree.
     */
    synthesize(type, start, end) {
        const text = this.text;
        switch (type) {
            case 'variable_expr':
                return [leaf('identifier', true, start, end)];
            case 'get_attr': {
                if (end - start < 2)
                    return undefined;
                for (let i = start + 1; i < end; i++) {
                    const c = text.charCodeAt(i);
                    // Whitespace or a comment between the dot and the name.
                    if (c <= 32 || c === 47 || c === 35)
                        return undefined;
                }
                return [leaf('.', false, start, start + 1), leaf('identifier', true, start + 1, end)];
            }
            case 'string_lit':
                return quotedChildren(text, start, end);
            case 'literal_value': {
                const c = text.charCodeAt(start);
                let literal;
                if (c === 34) {
                    const children = quotedChildren(text, start, end);
                    if (!children)
                        return undefined;
                    literal = leaf('string_lit', true, start, end);
                    literal.children = children;
                }
                else if (c >= 48 && c <= 57)
                    literal = leaf('numeric_lit', true, start, end);
                else {
                    const word = text.slice(start, end);
                    if (word === 'true' || word === 'false')
                        literal = leaf('bool_lit', true, start, end);
                    else if (word === 'null')
                        literal = leaf('null_lit', true, start, end);
                    else
                        return undefined;
                }
                return [literal];
            }
            default:
                return undefined;
        }
    }
    /** Whether to read the children of the node just read; moves to the first child if so. */
    descend() {
        return !this.skipChildren && this.cursor.gotoFirstChild();
    }
    /** The subtree at the cursor; the cursor ends where it started. Iterative, so deep nesting cannot overflow. */
    tree(parentType) {
        const cursor = this.cursor;
        const top = this.node(parentType);
        if (!this.descend())
            return top;
        top.children = [];
        const stack = [top];
        for (;;) {
            const parent = stack[stack.length - 1];
            const node = this.node(parent.type);
            if (node.type !== 'comment')
                parent.children.push(node);
            if (node.hasError)
                parent.hasError = true;
            if (this.descend()) {
                node.children = [];
                stack.push(node);
                continue;
            }
            while (!cursor.gotoNextSibling()) {
                cursor.gotoParent();
                const done = stack.pop();
                if (stack.length === 0)
                    return done;
                if (done.hasError)
                    stack[stack.length - 1].hasError = true;
            }
        }
    }
}
/** Types whose children Reader.synthesize can make in a clean tree. */
const SYNTHESIZED = new Set(['variable_expr', 'get_attr', 'string_lit', 'literal_value']);
/** A node of a clean tree without children. */
function leaf(type, isNamed, startIndex, endIndex) {
    return syntax(type, startIndex, endIndex, NO_CHILDREN, isNamed);
}
/** `"`, the text and `"` of a string literal in a clean tree (so both quotes are there). */
function quotedChildren(text, start, end) {
    if (end - start < 2 || text.charCodeAt(start) !== 34 || text.charCodeAt(end - 1) !== 34)
        return undefined;
    const children = [leaf('quoted_template_start', true, start, start + 1)];
    if (end - start > 2)
        children.push(leaf('template_literal', true, start + 1, end - 1));
    children.push(leaf('quoted_template_end', true, end - 1, end));
    return children;
}
/**
 * What the fast parser (fast-parse.ts) reads in text[start, end), or undefined if it gave up. Text without
 * an attribute or block has no body node, and tree-sitter gives its empty body the root node's range: such
 * text is left to tree-sitter, unless it is a `part` of a split text (a file's header comments, say), of
 * which parseText only reads the comments.
 */
function parseSegmentFast(c, start, end, part) {
    const attributes = [];
    const blocks = [];
    let bodyStart = -1;
    let bodyEnd = -1;
    const comments = parseFast(c.lines.text, start, end, (item) => {
        if (bodyStart < 0)
            bodyStart = item.startIndex;
        bodyEnd = item.endIndex;
        if (item.type === 'attribute')
            attributes.push(c.attribute(item));
        else
            blocks.push(c.block(item));
    });
    if (!comments || (bodyStart < 0 && !part))
        return undefined;
    for (const comment of comments)
        c.comments.push(c.comment(comment));
    if (bodyStart < 0) {
        const body = c.emptyBody(c.at(start, start));
        return { parsed: { file: c.file, body, comments: c.comments, errors: [] }, hasBody: false };
    }
    const body = { attributes, blocks, range: c.at(bodyStart, bodyEnd) };
    return { parsed: { file: c.file, body, comments: c.comments, errors: [] }, hasBody: true };
}
/** Parses text[start, end), which starts at a line start, into ranges of the whole text. */
function parseSegment({ parser, grammar, fastPath }, lines, file, start, end, part = false) {
    const whole = lines.text;
    const c = new Converter(lines, file);
    const fast = fastPath ? parseSegmentFast(c, start, end, part) : undefined;
    if (fast)
        return fast;
    if (!parser || !grammar)
        throw (0,parser_state/* grammarNeeded */.XQ)();
    const tree = parser.parse(start === 0 && end === whole.length ? whole : whole.slice(start, end));
    if (!tree) {
        const range = c.at(start, start);
        const errors = [{ message: 'Parse failed', range }];
        return { parsed: { file, body: c.emptyBody(range), comments: [], errors }, hasBody: false };
    }
    const cursor = tree.walk();
    try {
        const clean = !tree.rootNode.hasError;
        const reader = new Reader(cursor, grammar, whole, start, clean, (node) => c.comments.push(c.comment(node)));
        const errors = [];
        const root = reader.node(null);
        let body;
        // The root's children are read one at a time, and the body's children too, so that only one top-level
        // item is held as Syntax at a time, however large the text.
        if (cursor.gotoFirstChild()) {
            do {
                if (!body && cursor.nodeTypeId === grammar.bodyId && cursor.startIndex !== cursor.endIndex) {
                    body = c.emptyBody(c.range(reader.node(root.type)));
                    if (!cursor.gotoFirstChild())
                        continue;
                    do {
                        const item = reader.tree('body');
                        if (item.type === 'attribute')
                            body.attributes.push(c.attribute(item));
                        else if (item.type === 'block')
                            body.blocks.push(c.block(item));
                        if (!root.isError && (item.hasError || item.isMissing))
                            c.collectErrors(item, errors);
                    } while (cursor.gotoNextSibling());
                    cursor.gotoParent();
                    continue;
                }
                const item = reader.tree(root.type);
                if (item.type === 'body' && !body)
                    body = c.body(item);
                if (!root.isError && (item.hasError || item.isMissing))
                    c.collectErrors(item, errors);
            } while (cursor.gotoNextSibling());
        }
        if (root.isError)
            c.collectErrors(root, errors);
        return {
            parsed: { file, body: body ?? c.emptyBody(c.range(root)), comments: c.comments, errors },
            hasBody: body !== undefined,
        };
    }
    finally {
        cursor.delete();
        tree.delete();
    }
}
const BINARY_OPERATORS = new Set([
    '*',
    '/',
    '%',
    '+',
    '-',
    '>',
    '>=',
    '<',
    '<=',
    '==',
    '!=',
    '&&',
    '||',
]);
function kids(node) {
    return node.children;
}
function named(node) {
    return node.children.filter((n) => n.isNamed);
}
/** `named(node)[0]`, without building the array (the conversion asks this of most nodes). */
function firstNamed(node) {
    for (const child of node.children)
        if (child.isNamed)
            return child;
    return undefined;
}
/** The first named child of a type. */
function namedChild(node, type) {
    for (const child of node.children)
        if (child.isNamed && child.type === type)
            return child;
    return undefined;
}
function decodeQuoted(raw) {
    // Most strings have no escape: every one starts with `\` or holds `{`.
    if (raw.indexOf('\\') < 0 && raw.indexOf('{') < 0)
        return raw;
    return raw.replace(/\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([\s\S]))|\$\$\{|%%\{/g, (match, u4, u8, ch) => {
        if (match === '$${')
            return '${';
        if (match === '%%{')
            return '%{';
        if (u4 ?? u8) {
            const code = parseInt((u4 ?? u8), 16);
            return code <= 0x10ffff ? String.fromCodePoint(code) : match;
        }
        switch (ch) {
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case '"':
                return '"';
            case '\\':
                return '\\';
            default:
                return match;
        }
    });
}
function decodeHeredoc(raw) {
    return raw.replace(/\$\$\{|%%\{/g, (m) => (m === '$${' ? '${' : '%{'));
}
class Converter {
    lines;
    file;
    comments = [];
    constructor(lines, file) {
        this.lines = lines;
        this.file = file;
    }
    /** The range of text[start, end). */
    at(start, end) {
        return { file: this.file, start: this.lines.position(start), end: this.lines.position(end) };
    }
    range(node) {
        return this.at(node.startIndex, node.endIndex);
    }
    between(first, last) {
        return this.at(first.startIndex, last.endIndex);
    }
    text(node) {
        return this.lines.text.slice(node.startIndex, node.endIndex);
    }
    comment(node) {
        return { text: this.text(node), range: this.range(node) };
    }
    emptyBody(range) {
        return { attributes: [], blocks: [], range };
    }
    collectErrors(node, out) {
        if (node.isError) {
            const snippet = this.text(node).split(/\r?\n/)[0].trim().slice(0, 40);
            out.push({ message: snippet ? `Unexpected '${snippet}'` : 'Syntax error', range: this.range(node) });
            return;
        }
        if (node.isMissing) {
            out.push({
                message: `Missing ${node.isNamed ? node.type : `'${node.type}'`}`,
                range: this.range(node),
            });
            return;
        }
        for (const child of node.children)
            if (child.hasError || child.isMissing)
                this.collectErrors(child, out);
    }
    body(node) {
        const body = this.emptyBody(this.range(node));
        for (const child of node.children) {
            if (!child.isNamed)
                continue;
            if (child.type === 'attribute')
                body.attributes.push(this.attribute(child));
            else if (child.type === 'block')
                body.blocks.push(this.block(child));
        }
        return body;
    }
    attribute(node) {
        const name = namedChild(node, 'identifier');
        const exprNode = namedChild(node, 'expression');
        return {
            kind: 'attribute',
            name: name ? this.text(name) : '',
            nameRange: this.range(name ?? node),
            expr: exprNode ? this.expression(exprNode) : this.invalid(node),
            range: this.range(node),
        };
    }
    block(node) {
        const type = firstNamed(node);
        const labels = [];
        let bodyNode;
        let open;
        let close;
        for (const part of node.children) {
            if (!part.isNamed || part === type)
                continue;
            if (part.type === 'string_lit') {
                labels.push({ value: this.stringLiteralValue(part), quoted: true, range: this.range(part) });
            }
            else if (part.type === 'identifier') {
                labels.push({ value: this.text(part), quoted: false, range: this.range(part) });
            }
            else if (part.type === 'block_start')
                open = part;
            else if (part.type === 'block_end')
                close = part;
            else if (part.type === 'body')
                bodyNode = part;
        }
        const body = bodyNode
            ? this.body(bodyNode)
            : this.emptyBody(open && close ? this.at(open.endIndex, close.startIndex) : this.at(node.endIndex, node.endIndex));
        return {
            kind: 'block',
            type: this.text(type),
            typeRange: this.range(type),
            labels,
            body,
            range: this.range(node),
        };
    }
    invalid(node) {
        return { kind: 'invalid', raw: this.text(node), range: this.range(node) };
    }
    expression(node) {
        return this.term(kids(node), node);
    }
    /** A base expression followed by attribute/index/splat steps; tree-sitter keeps these as flat siblings. */
    term(nodes, whole) {
        if (nodes.length === 0)
            return this.invalid(whole);
        let base;
        let i;
        if (nodes[0].type === '(' && nodes.length >= 2) {
            const close = nodes[2]?.type === ')' ? nodes[2] : nodes[1];
            base = { kind: 'parens', expr: this.single(nodes[1]), range: this.between(nodes[0], close) };
            i = close === nodes[1] ? 2 : 3;
        }
        else {
            base = this.single(nodes[0]);
            i = 1;
        }
        const steps = [];
        for (; i < nodes.length; i++)
            this.steps(nodes[i], steps);
        if (steps.length === 0)
            return base;
        return {
            kind: 'traversal',
            source: base,
            steps,
            range: {
                file: this.file,
                start: base.range.start,
                end: this.lines.position(nodes[nodes.length - 1].endIndex),
            },
        };
    }
    steps(node, out) {
        switch (node.type) {
            case 'get_attr': {
                const id = namedChild(node, 'identifier');
                out.push({ kind: 'attr', name: id ? this.text(id) : '', range: this.range(node) });
                return;
            }
            case 'index': {
                const inner = firstNamed(node);
                if (inner?.type === 'legacy_index') {
                    const raw = this.text(inner).replace(/^\./, '');
                    const key = {
                        kind: 'literal',
                        type: 'number',
                        value: Number(raw),
                        raw,
                        range: this.range(inner),
                    };
                    out.push({ kind: 'index', key, range: this.range(inner) });
                }
                else {
                    const expr = inner ? namedChild(inner, 'expression') : undefined;
                    out.push({
                        kind: 'index',
                        key: expr ? this.expression(expr) : this.invalid(node),
                        range: this.range(node),
                    });
                }
                return;
            }
            case 'splat': {
                const inner = firstNamed(node) ?? node;
                const marker = inner.children.find((n) => n.type === '.*' || n.type === '[*]') ?? inner;
                out.push({
                    kind: 'splat',
                    type: inner.type === 'full_splat' ? 'full' : 'attr',
                    range: this.range(marker),
                });
                for (const step of named(inner))
                    this.steps(step, out);
                return;
            }
            default:
                out.push({ kind: 'index', key: this.invalid(node), range: this.range(node) });
        }
    }
    single(node) {
        switch (node.type) {
            case 'expression':
                return this.expression(node);
            case 'literal_value':
                return this.literal(firstNamed(node) ?? node);
            case 'variable_expr':
                return { kind: 'variable', name: this.text(node), range: this.range(node) };
            case 'function_call':
                return this.call(node);
            case 'collection_value':
                return this.collection(firstNamed(node) ?? node);
            case 'template_expr': {
                const inner = firstNamed(node) ?? node;
                return inner.type === 'heredoc_template' ? this.heredoc(inner) : this.quotedTemplate(inner);
            }
            case 'for_expr':
                return this.forExpr(firstNamed(node) ?? node);
            case 'conditional': {
                const [condition, then, otherwise] = named(node).filter((n) => n.type === 'expression');
                if (!condition || !then || !otherwise)
                    return this.invalid(node);
                return {
                    kind: 'conditional',
                    condition: this.expression(condition),
                    then: this.expression(then),
                    else: this.expression(otherwise),
                    range: this.range(node),
                };
            }
            case 'operation':
                return this.operation(firstNamed(node) ?? node);
            default:
                return this.invalid(node);
        }
    }
    literal(node) {
        const raw = this.text(node);
        const range = this.range(node);
        switch (node.type) {
            case 'numeric_lit':
                return { kind: 'literal', type: 'number', value: Number(raw), raw, range };
            case 'bool_lit':
                return { kind: 'literal', type: 'bool', value: raw === 'true', raw, range };
            case 'null_lit':
                return { kind: 'literal', type: 'null', value: null, raw, range };
            case 'string_lit':
                return { kind: 'literal', type: 'string', value: this.stringLiteralValue(node), raw, range };
            default:
                return this.invalid(node);
        }
    }
    stringLiteralValue(node) {
        const parts = kids(node);
        const start = parts.find((n) => n.type === 'quoted_template_start');
        const end = parts.find((n) => n.type === 'quoted_template_end');
        const from = start ? start.endIndex : node.startIndex;
        const to = end && !end.isMissing ? end.startIndex : node.endIndex;
        return decodeQuoted(this.lines.text.slice(from, to));
    }
    operation(node) {
        const parts = kids(node);
        if (node.type === 'unary_operation') {
            const op = parts[0];
            if (!op || (op.type !== '-' && op.type !== '!'))
                return this.invalid(node);
            return {
                kind: 'unary',
                op: op.type,
                operand: this.term(parts.slice(1), node),
                range: this.range(node),
            };
        }
        if (node.type === 'binary_operation') {
            const at = parts.findIndex((n) => !n.isNamed && BINARY_OPERATORS.has(n.type));
            if (at <= 0)
                return this.invalid(node);
            return {
                kind: 'binary',
                op: parts[at].type,
                left: this.term(parts.slice(0, at), node),
                right: this.term(parts.slice(at + 1), node),
                range: this.range(node),
            };
        }
        return this.invalid(node);
    }
    call(node) {
        const parts = kids(node);
        const ids = parts.filter((n) => n.type === 'identifier');
        const argsNode = parts.find((n) => n.type === 'function_arguments');
        const argParts = argsNode ? named(argsNode) : [];
        if (ids.length === 0)
            return this.invalid(node);
        return {
            kind: 'call',
            name: ids.map((n) => this.text(n)).join('::'),
            nameRange: this.between(ids[0], ids[ids.length - 1]),
            args: argParts.filter((n) => n.type === 'expression').map((n) => this.expression(n)),
            expandFinal: argParts.some((n) => n.type === 'ellipsis'),
            range: this.range(node),
        };
    }
    collection(node) {
        if (node.type === 'tuple') {
            const items = named(node)
                .filter((n) => n.type === 'expression')
                .map((n) => this.expression(n));
            return { kind: 'tuple', items, range: this.range(node) };
        }
        if (node.type === 'object') {
            const items = [];
            for (const elem of named(node)) {
                if (elem.type !== 'object_elem')
                    continue;
                const keyNode = elem.children.find((n) => n.field === 'key');
                const valNode = elem.children.find((n) => n.field === 'val');
                let key = keyNode ? this.expression(keyNode) : this.invalid(elem);
                if (key.kind === 'variable')
                    key = { kind: 'literal', type: 'string', value: key.name, raw: key.name, range: key.range };
                items.push({
                    key,
                    value: valNode ? this.expression(valNode) : this.invalid(elem),
                    range: this.range(elem),
                });
            }
            return { kind: 'object', items, range: this.range(node) };
        }
        return this.invalid(node);
    }
    forExpr(node) {
        const parts = named(node);
        const intro = parts.find((n) => n.type === 'for_intro');
        if (!intro)
            return this.invalid(node);
        const vars = named(intro).filter((n) => n.type === 'identifier');
        const collection = named(intro).find((n) => n.type === 'expression');
        const exprs = parts.filter((n) => n.type === 'expression');
        const cond = parts.find((n) => n.type === 'for_cond');
        const condExpr = cond ? named(cond).find((n) => n.type === 'expression') : undefined;
        const isObject = node.type === 'for_object_expr';
        const keyNode = isObject ? exprs[0] : undefined;
        const valueNode = isObject ? exprs[1] : exprs[0];
        if (vars.length === 0 || !collection || !valueNode)
            return this.invalid(node);
        const result = {
            kind: 'for',
            type: isObject ? 'object' : 'tuple',
            valueVar: this.text(vars[vars.length - 1]),
            collection: this.expression(collection),
            value: this.expression(valueNode),
            grouping: isObject && parts.some((n) => n.type === 'ellipsis'),
            range: this.range(node),
        };
        if (vars.length > 1)
            result.keyVar = this.text(vars[0]);
        if (keyNode)
            result.key = this.expression(keyNode);
        if (condExpr)
            result.condition = this.expression(condExpr);
        return result;
    }
    quotedTemplate(node) {
        const parts = kids(node);
        const start = parts.find((n) => n.type === 'quoted_template_start');
        const end = parts.find((n) => n.type === 'quoted_template_end');
        const from = start ?? node;
        const to = end && !end.isMissing ? end : undefined;
        return {
            kind: 'template',
            parts: this.templateParts(parts, start ? from.endIndex : node.startIndex, to ? to.startIndex : node.endIndex, decodeQuoted),
            range: this.range(node),
        };
    }
    heredoc(node) {
        const parts = kids(node);
        const start = parts.find((n) => n.type === 'heredoc_start');
        const ids = parts.filter((n) => n.type === 'heredoc_identifier');
        const open = ids[0];
        const close = ids.length > 1 && !ids[ids.length - 1].isMissing ? ids[ids.length - 1] : undefined;
        if (!open)
            return this.invalid(node);
        const newline = this.lines.text.indexOf('\n', open.endIndex);
        const fromIndex = newline < 0 || newline >= node.endIndex ? open.endIndex : newline + 1;
        const toIndex = close ? this.lines.lineStart(close.startIndex) : node.endIndex;
        return {
            kind: 'heredoc',
            marker: this.text(open),
            stripIndent: start ? this.text(start).includes('-') : false,
            parts: this.templateParts(parts, fromIndex, Math.max(fromIndex, toIndex), decodeHeredoc),
            range: this.range(node),
        };
    }
    /**
     * Template parts in [from, to). Text parts are taken from the source between interpolations and directives
     * (tree-sitter's template_literal nodes leave out some whitespace).
     */
    templateParts(children, fromIndex, toIndex, decode) {
        const out = [];
        let index = fromIndex;
        for (const child of children) {
            if (child.type !== 'template_interpolation' && child.type !== 'template_directive')
                continue;
            if (child.startIndex < index || child.endIndex > toIndex)
                continue;
            this.pushText(out, index, child.startIndex, decode);
            out.push(this.templatePart(child, decode));
            index = child.endIndex;
        }
        this.pushText(out, index, toIndex, decode);
        return out;
    }
    /** A text part for text[start, end), unless that is empty. */
    pushText(out, start, end, decode) {
        if (end <= start)
            return;
        const raw = this.lines.text.slice(start, end);
        out.push({ kind: 'text', value: decode(raw), raw, range: this.at(start, end) });
    }
    templatePart(node, decode) {
        if (node.type === 'template_interpolation') {
            const parts = kids(node);
            const at = parts.findIndex((n) => n.type === 'expression');
            const strips = parts.map((n, i) => (n.type === 'strip_marker' ? i : -1)).filter((i) => i >= 0);
            return {
                kind: 'interpolation',
                expr: at >= 0 ? this.expression(parts[at]) : this.invalid(node),
                strip: { left: strips.some((i) => i < at), right: strips.some((i) => i > at) },
                range: this.range(node),
            };
        }
        const directive = firstNamed(node) ?? node;
        const parts = kids(directive);
        if (directive.type === 'template_if') {
            const intro = parts.find((n) => n.type === 'template_if_intro');
            const elseIntro = parts.find((n) => n.type === 'template_else_intro');
            const end = parts.find((n) => n.type === 'template_if_end');
            const cond = intro ? named(intro).find((n) => n.type === 'expression') : undefined;
            const thenEnd = elseIntro ?? end;
            const result = {
                kind: 'if',
                condition: cond ? this.expression(cond) : this.invalid(directive),
                then: intro && thenEnd ? this.templateParts(parts, intro.endIndex, thenEnd.startIndex, decode) : [],
                range: this.range(directive),
            };
            if (elseIntro && end) {
                result.else = this.templateParts(parts, elseIntro.endIndex, end.startIndex, decode);
            }
            return result;
        }
        if (directive.type === 'template_for') {
            const start = parts.find((n) => n.type === 'template_for_start');
            const end = parts.find((n) => n.type === 'template_for_end');
            const vars = start ? named(start).filter((n) => n.type === 'identifier') : [];
            const coll = start ? named(start).find((n) => n.type === 'expression') : undefined;
            return {
                kind: 'for',
                ...(vars.length > 1 ? { keyVar: this.text(vars[0]) } : {}),
                valueVar: vars.length > 0 ? this.text(vars[vars.length - 1]) : '',
                collection: coll ? this.expression(coll) : this.invalid(directive),
                body: start && end ? this.templateParts(parts, start.endIndex, end.startIndex, decode) : [],
                range: this.range(directive),
            };
        }
        return {
            kind: 'interpolation',
            expr: this.invalid(node),
            strip: { left: false, right: false },
            range: this.range(node),
        };
    }
}


/***/ }),

/***/ 374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D4: () => (/* binding */ GrammarNeeded),
/* harmony export */   MZ: () => (/* binding */ loadedHclParser),
/* harmony export */   UA: () => (/* binding */ setLoadedHclParser),
/* harmony export */   XQ: () => (/* binding */ grammarNeeded),
/* harmony export */   uf: () => (/* binding */ setHclGrammarLoaded),
/* harmony export */   zv: () => (/* binding */ grammarNeedCount)
/* harmony export */ });
/* unused harmony export isHclGrammarLoaded */
// The HCL parser as the Terraform source reads it, kept apart from `parse.ts` so that template-only runs
// never load the parser. It reads the common forms of HCL at once (fast-parse.ts) and everything else
// with tree-sitter, whose WebAssembly loads asynchronously while a scan is synchronous: most
// configurations never need it, so it loads only when a file does (`GrammarNeeded`).
let loaded;
let grammarLoaded = false;
let grammarNeeds = 0;
function loadedHclParser() {
    return loaded;
}
function setLoadedHclParser(parser) {
    loaded = parser;
}
/**
 * Thrown by the parser for text that needs tree-sitter before it is loaded. The source then answers that
 * the file needs the grammar, and the scan loads it and reads the file again.
 */
class GrammarNeeded extends Error {
    constructor() {
        super('The HCL grammar (tree-sitter) is not loaded.');
    }
}
/** A `GrammarNeeded` to throw, counted: code that turns errors into values may catch it on the way. */
function grammarNeeded() {
    grammarNeeds++;
    return new GrammarNeeded();
}
/** How many times text has needed the grammar before it was loaded (see `grammarNeeded`). */
function grammarNeedCount() {
    return grammarNeeds;
}
function isHclGrammarLoaded() {
    return grammarLoaded;
}
function setHclGrammarLoaded() {
    grammarLoaded = true;
}


/***/ })

};
