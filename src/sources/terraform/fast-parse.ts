import { NO_CHILDREN, syntax, type Syntax } from './syntax.js';

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
export function parseFast(
  text: string,
  start: number,
  end: number,
  onItem: (item: Syntax) => void,
): Syntax[] | undefined {
  try {
    return new FastParser(text, start, end).file(onItem);
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}

/** Thrown to give up; one instance, so that giving up costs no stack trace. */
const UNSURE = new Error('not a form the fast parser handles');

function giveUp(): never {
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

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isHexDigit(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function isIdentifierStart(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x5f;
}

/** Characters after the first of an identifier (ASCII only), and of a heredoc marker. */
function isIdentifierPart(c: number): boolean {
  return isIdentifierStart(c) || isDigit(c) || c === MINUS;
}

/** Whitespace tree-sitter-hcl's scanner skips before the closing marker of a heredoc (ASCII `iswspace`). */
function isHeredocSpace(c: number): boolean {
  return c === SPACE || c === TAB || c === CARRIAGE_RETURN || c === VERTICAL_TAB || c === FORM_FEED;
}

/** A superset of the non-ASCII characters `iswspace` may count as space. */
function mayBeUnicodeSpace(c: number): boolean {
  return (
    c === 0x85 ||
    c === 0xa0 ||
    c === 0x1680 ||
    c === 0x180e ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Words the grammar has as tokens; as names they would need tree-sitter's lexer to tell them apart. */
const KEYWORDS = new Set(['true', 'false', 'null', 'for', 'in', 'if', 'else', 'endif', 'endfor']);
const LONGEST_KEYWORD = 6;

/** Binary operators by precedence, as in the grammar: higher binds tighter; all are left-associative. */
const PRECEDENCE: Record<string, number> = {
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

type DirectiveKeyword = 'if' | 'else' | 'endif' | 'for' | 'endfor';

function last(nodes: Syntax[]): Syntax {
  return nodes[nodes.length - 1];
}

function anonymous(type: string, start: number, end: number): Syntax {
  return syntax(type, start, end, NO_CHILDREN, false);
}

/** An `expression` node holding terms (the children of tree-sitter's hidden `_expr_term`). */
function expressionOf(terms: Syntax[]): Syntax {
  return syntax('expression', terms[0].startIndex, last(terms).endIndex, terms);
}

class FastParser {
  private pos: number;
  private readonly comments: Syntax[] = [];
  /** Nesting of expressions and blocks. */
  private depth = 0;
  /** Interpolations and directives the position is inside (where comments and some forms are left out). */
  private templateDepth = 0;

  constructor(
    private readonly text: string,
    start: number,
    private readonly end: number,
  ) {
    this.pos = start;
  }

  /** The top-level items, to `onItem`; the comments. */
  file(onItem: (item: Syntax) => void): Syntax[] {
    this.skipTrivia();
    while (this.pos < this.end) {
      onItem(this.item());
      this.skipTrivia();
    }
    return this.comments;
  }

  /** The character at `offset`, END past the end of the text being parsed. */
  private peek(offset: number): number {
    return offset < this.end ? this.text.charCodeAt(offset) : END;
  }

  /** Skips whitespace and comments, recording the comments. */
  private skipTrivia(): void {
    for (;;) {
      const c = this.peek(this.pos);
      if (c === SPACE || c === NEWLINE || c === TAB || c === CARRIAGE_RETURN) this.pos++;
      else if (c === HASH || c === SLASH) {
        const end = this.commentEnd(this.pos);
        if (end === this.pos) return;
        if (this.templateDepth > 0) giveUp();
        this.comments.push(syntax('comment', this.pos, end));
        this.pos = end;
      } else return;
    }
  }

  /** Where the comment at `start` ends; `start` if there is none (a `/` operator). */
  private commentEnd(start: number): number {
    const text = this.text;
    const next = this.peek(start + 1);
    if (this.peek(start) === SLASH && next === STAR) {
      for (let i = start + 2; i + 1 < this.end; i++) {
        const c = text.charCodeAt(i);
        if (c === STAR && text.charCodeAt(i + 1) === SLASH) return i + 2;
        if (c === 0) giveUp();
      }
      return giveUp();
    }
    if (this.peek(start) === HASH || next === SLASH) {
      // `#` and `//` comments run to the end of the line, a `\r` included.
      let i = start + 1;
      for (; i < this.end; i++) {
        const c = text.charCodeAt(i);
        if (c === NEWLINE) break;
        if (c === 0) giveUp();
      }
      return i;
    }
    return start;
  }

  /** The end of the ASCII identifier at `start`, or -1 if there is none. */
  private identifierEnd(start: number): number {
    const first = this.peek(start);
    if (!isIdentifierStart(first)) {
      if (first >= FIRST_NON_ASCII) giveUp();
      return -1;
    }
    let i = start + 1;
    for (;;) {
      const c = this.peek(i);
      if (isIdentifierPart(c)) i++;
      else if (c >= FIRST_NON_ASCII || (c === COLON && this.peek(i + 1) === COLON)) giveUp();
      else return i;
    }
  }

  private isKeyword(start: number, end: number): boolean {
    return end - start <= LONGEST_KEYWORD && KEYWORDS.has(this.text.slice(start, end));
  }

  /** Whether the identifier at the position is `word`. */
  private atKeyword(word: string): boolean {
    const end = this.identifierEnd(this.pos);
    return end === this.pos + word.length && this.text.startsWith(word, this.pos);
  }

  /** The identifier at the position, which must not be a keyword. */
  private name(): Syntax {
    const start = this.pos;
    const end = this.identifierEnd(start);
    if (end < 0 || this.isKeyword(start, end)) giveUp();
    this.pos = end;
    return syntax('identifier', start, end);
  }

  /** Moves past `c`, which must be at the position. */
  private expect(c: number): void {
    if (this.peek(this.pos) !== c) giveUp();
    this.pos++;
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) giveUp();
  }

  // ---------------------------------------------------------------------------------------------------------
  // Bodies

  private item(): Syntax {
    const name = this.name();
    this.skipTrivia();
    if (this.peek(this.pos) !== EQUALS) return this.block(name);
    const next = this.peek(this.pos + 1);
    if (next === EQUALS || next === GREATER) giveUp();
    this.pos++;
    this.skipTrivia();
    const expr = this.expression();
    return syntax('attribute', name.startIndex, expr.endIndex, [name, expr]);
  }

  private block(type: Syntax): Syntax {
    const children = [type];
    while (this.peek(this.pos) !== LEFT_BRACE) {
      if (this.peek(this.pos) === QUOTE) {
        const label = this.quotedTemplate();
        if (label.type !== 'string_lit') giveUp();
        children.push(label);
      } else children.push(this.name());
      this.skipTrivia();
    }
    this.enter();
    children.push(syntax('block_start', this.pos, this.pos + 1));
    this.pos++;
    this.skipTrivia();
    const items: Syntax[] = [];
    while (this.peek(this.pos) !== RIGHT_BRACE) {
      items.push(this.item());
      this.skipTrivia();
    }
    if (items.length > 0) children.push(syntax('body', items[0].startIndex, last(items).endIndex, items));
    children.push(syntax('block_end', this.pos, this.pos + 1));
    this.pos++;
    this.depth--;
    return syntax('block', type.startIndex, this.pos, children);
  }

  // ---------------------------------------------------------------------------------------------------------
  // Expressions

  /** An expression; conditionals associate to the left, as tree-sitter-hcl parses them. */
  private expression(): Syntax {
    this.enter();
    let expr = expressionOf(this.binary(1));
    for (;;) {
      this.skipTrivia();
      if (this.peek(this.pos) !== QUESTION) break;
      this.pos++;
      this.skipTrivia();
      const then = this.expression();
      this.skipTrivia();
      if (this.peek(this.pos + 1) === COLON) giveUp();
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
  private operatorAt(offset: number): string | undefined {
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
        if (next === LESS) giveUp();
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
  private binary(minPrecedence: number): Syntax[] {
    let left = this.unary();
    for (;;) {
      this.skipTrivia();
      const start = this.pos;
      const operator = this.operatorAt(start);
      if (operator === undefined) return left;
      const precedence = PRECEDENCE[operator];
      if (precedence < minPrecedence) return left;
      this.pos += operator.length;
      this.skipTrivia();
      const right = this.binary(precedence + 1);
      const children = left.concat(anonymous(operator, start, start + operator.length), right);
      const operation = syntax('binary_operation', left[0].startIndex, last(right).endIndex, children);
      left = [syntax('operation', operation.startIndex, operation.endIndex, [operation])];
    }
  }

  private unary(): Syntax[] {
    const start = this.pos;
    const c = this.peek(start);
    if (c !== MINUS && c !== BANG) return this.postfix();
    if (c === BANG && this.peek(start + 1) === EQUALS) giveUp();
    this.pos++;
    this.skipTrivia();
    const operand = this.unary();
    const children = [anonymous(c === MINUS ? '-' : '!', start, start + 1), ...operand];
    const operation = syntax('unary_operation', start, last(operand).endIndex, children);
    return [syntax('operation', start, operation.endIndex, [operation])];
  }

  /** A term and the attribute, index and splat steps after it. */
  private postfix(): Syntax[] {
    const terms = this.primary();
    const type = terms[0].type;
    const stepsAllowed = type !== 'literal_value' && type !== 'template_expr';
    for (;;) {
      this.skipTrivia();
      const c = this.peek(this.pos);
      const next = this.peek(this.pos + 1);
      // The grammar reads a `.` or `[` after any term as a step, even where the next object element starts.
      if (!stepsAllowed) {
        if ((c === DOT && next !== DOT) || c === LEFT_BRACKET) giveUp();
        return terms;
      }
      if (c === DOT && next === STAR) terms.push(this.splat('attr_splat', '.*'));
      else if (c === LEFT_BRACKET && next === STAR && this.peek(this.pos + 2) === RIGHT_BRACKET)
        terms.push(this.splat('full_splat', '[*]'));
      else if (c === DOT && next !== DOT) terms.push(this.attributeOrLegacyIndex());
      else if (c === LEFT_BRACKET) terms.push(this.index());
      else return terms;
    }
  }

  /** `.name` or `.0`, at the dot. */
  private attributeOrLegacyIndex(): Syntax {
    const start = this.pos;
    if (isDigit(this.peek(start + 1))) {
      let end = start + 2;
      while (isDigit(this.peek(end))) end++;
      const after = this.peek(end);
      if (isIdentifierPart(after) || after >= FIRST_NON_ASCII) giveUp();
      this.pos = end;
      return syntax('index', start, end, [syntax('legacy_index', start, end)]);
    }
    this.pos++;
    this.skipTrivia();
    const name = this.name();
    return syntax('get_attr', start, name.endIndex, [name]);
  }

  /** `[expression]`, at the bracket. */
  private index(): Syntax {
    const start = this.pos;
    this.pos++;
    this.skipTrivia();
    const key = this.expression();
    this.skipTrivia();
    this.expect(RIGHT_BRACKET);
    return syntax('index', start, this.pos, [syntax('new_index', start, this.pos, [key])]);
  }

  /** A splat marker and the attribute and index steps after it, which the grammar keeps inside the splat. */
  private splat(type: 'attr_splat' | 'full_splat', marker: '.*' | '[*]'): Syntax {
    const start = this.pos;
    const children = [anonymous(marker, start, start + marker.length)];
    this.pos += marker.length;
    for (;;) {
      this.skipTrivia();
      const c = this.peek(this.pos);
      const next = this.peek(this.pos + 1);
      if (c === DOT && next !== STAR && next !== DOT) children.push(this.attributeOrLegacyIndex());
      else if (c === LEFT_BRACKET && !(next === STAR && this.peek(this.pos + 2) === RIGHT_BRACKET))
        children.push(this.index());
      else break;
    }
    const inner = syntax(type, start, last(children).endIndex, children);
    return syntax('splat', start, inner.endIndex, [inner]);
  }

  private primary(): Syntax[] {
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
        if (this.peek(start + 1) !== LESS || this.templateDepth > 0) giveUp();
        const heredoc = this.heredoc();
        return [syntax('template_expr', start, this.pos, [heredoc])];
      }
      case LEFT_BRACKET:
        return [this.tupleOrFor()];
      case LEFT_BRACE:
        if (this.templateDepth > 0) giveUp();
        return [this.objectOrFor()];
    }
    if (isDigit(c)) {
      const end = this.numberEnd();
      this.pos = end;
      return [syntax('literal_value', start, end, [syntax('numeric_lit', start, end)])];
    }
    const end = this.identifierEnd(start);
    if (end < 0) giveUp();
    this.pos = end;
    if (end - start <= LONGEST_KEYWORD) {
      const word = this.text.slice(start, end);
      if (word === 'true' || word === 'false')
        return [syntax('literal_value', start, end, [syntax('bool_lit', start, end)])];
      if (word === 'null') return [syntax('literal_value', start, end, [syntax('null_lit', start, end)])];
      if (KEYWORDS.has(word)) giveUp();
    }
    const name = syntax('identifier', start, end);
    this.skipTrivia();
    if (this.peek(this.pos) === LEFT_PAREN) return [this.call(name)];
    return [syntax('variable_expr', start, end, [name])];
  }

  /** The end of the number at the position: digits, then maybe a fraction, then maybe an exponent. */
  private numberEnd(): number {
    let i = this.pos;
    while (isDigit(this.peek(i))) i++;
    if (this.peek(i) === DOT && isDigit(this.peek(i + 1))) {
      i += 2;
      while (isDigit(this.peek(i))) i++;
      const e = this.peek(i);
      if (e === 0x65 || e === 0x45) {
        let exponent = i + 1;
        const sign = this.peek(exponent);
        if (sign === PLUS || sign === MINUS) exponent++;
        if (isDigit(this.peek(exponent))) {
          i = exponent + 1;
          while (isDigit(this.peek(i))) i++;
        }
      }
    }
    // `1e3`, `0x1f`, `1.x`: not one number token in the grammar.
    const after = this.peek(i);
    if (after === DOT || isIdentifierStart(after) || after >= FIRST_NON_ASCII) giveUp();
    return i;
  }

  /** The arguments and closing parenthesis of a call, at the opening one. */
  private call(name: Syntax): Syntax {
    const children = [name];
    this.pos++;
    this.skipTrivia();
    if (this.peek(this.pos) !== RIGHT_PAREN) {
      const args: Syntax[] = [];
      for (;;) {
        args.push(this.expression());
        this.skipTrivia();
        if (this.peek(this.pos) === COMMA) {
          this.pos++;
          this.skipTrivia();
          if (this.peek(this.pos) === RIGHT_PAREN) break;
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

  private atEllipsis(): boolean {
    return this.peek(this.pos) === DOT && this.peek(this.pos + 1) === DOT && this.peek(this.pos + 2) === DOT;
  }

  private tupleOrFor(): Syntax {
    const start = this.pos;
    this.pos++;
    this.skipTrivia();
    if (this.atKeyword('for')) return this.forExpression(start, 'for_tuple_expr');
    const items: Syntax[] = [];
    while (this.peek(this.pos) !== RIGHT_BRACKET) {
      items.push(this.expression());
      this.skipTrivia();
      if (this.peek(this.pos) === COMMA) {
        this.pos++;
        this.skipTrivia();
      } else if (this.peek(this.pos) !== RIGHT_BRACKET) giveUp();
    }
    this.pos++;
    return syntax('collection_value', start, this.pos, [syntax('tuple', start, this.pos, items)]);
  }

  private objectOrFor(): Syntax {
    const start = this.pos;
    this.pos++;
    this.skipTrivia();
    if (this.atKeyword('for')) return this.forExpression(start, 'for_object_expr');
    const elements: Syntax[] = [];
    while (this.peek(this.pos) !== RIGHT_BRACE) {
      const key = this.expression();
      if (key.children[0].type === 'conditional') giveUp();
      this.skipTrivia();
      const c = this.peek(this.pos);
      const next = this.peek(this.pos + 1);
      if (c === EQUALS ? next === EQUALS || next === GREATER : c !== COLON || next === COLON) giveUp();
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
  private forExpression(start: number, type: 'for_tuple_expr' | 'for_object_expr'): Syntax {
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
    if (!this.atKeyword('in')) giveUp();
    this.pos += 2;
    this.skipTrivia();
    const collection = this.expression();
    if (collection.children[0].type === 'conditional') giveUp();
    intro.push(collection);
    this.skipTrivia();
    if (this.peek(this.pos + 1) === COLON) giveUp();
    this.expect(COLON);
    const children = [syntax('for_intro', introStart, this.pos, intro)];
    this.skipTrivia();
    const value = this.expression();
    children.push(value);
    this.skipTrivia();
    if (type === 'for_object_expr') {
      if (value.children[0].type === 'conditional') giveUp();
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
  private quotedTemplate(): Syntax {
    const start = this.pos;
    this.pos++;
    const parts = this.templateParts(undefined);
    this.expect(QUOTE);
    const open = syntax('quoted_template_start', start, start + 1);
    const close = syntax('quoted_template_end', this.pos - 1, this.pos);
    if (parts.length === 0) return syntax('string_lit', start, this.pos, [open, close]);
    return syntax('quoted_template', start, this.pos, [open, ...parts, close]);
  }

  /** `<<MARKER` or `<<-MARKER`, lines, and the closing marker on a line of its own. */
  private heredoc(): Syntax {
    const start = this.pos;
    let markerStart = start + 2;
    if (this.peek(markerStart) === MINUS) markerStart++;
    let markerEnd = markerStart;
    while (isIdentifierPart(this.peek(markerEnd))) markerEnd++;
    if (markerEnd === markerStart || this.peek(markerEnd) >= FIRST_NON_ASCII) giveUp();
    let lineEnd = markerEnd;
    while (isHeredocSpace(this.peek(lineEnd))) lineEnd++;
    if (this.peek(lineEnd) !== NEWLINE) giveUp();
    const marker = this.text.slice(markerStart, markerEnd);
    this.pos = markerEnd;
    const parts = this.templateParts(marker);
    if (this.peek(this.pos) === PERCENT) giveUp();
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
  private templateParts(marker: string | undefined): Syntax[] {
    const parts: Syntax[] = [];
    for (;;) {
      this.pos = marker === undefined ? this.quotedTextEnd() : this.heredocTextEnd(marker);
      const c = this.peek(this.pos);
      if (c === DOLLAR) parts.push(this.interpolation());
      else if (c !== PERCENT) return parts;
      else {
        const keyword = this.directiveKeyword();
        if (keyword === 'if') parts.push(this.ifDirective(marker));
        else if (keyword === 'for') parts.push(this.forDirective(marker));
        else return parts;
      }
    }
  }

  /** From the position, the end of the text of a quoted template: the closing quote, `${` or `%{`. */
  private quotedTextEnd(): number {
    const text = this.text;
    let i = this.pos;
    for (;;) {
      if (i >= this.end) giveUp();
      const c = text.charCodeAt(i);
      if (c === QUOTE) return i;
      if (c === BACKSLASH) i = this.escapeEnd(i);
      else if (c === DOLLAR || c === PERCENT) {
        const next = this.peek(i + 1);
        if (next === LEFT_BRACE) return i;
        i += this.literalDollarOrPercent(c, next, i);
      } else if (c < SPACE && c !== TAB && c !== CARRIAGE_RETURN) giveUp();
      else i++;
    }
  }

  /**
   * How many characters a `$` or `%` not followed by `{` takes: the scanner reads `$${` (an escape) and `$$` as
   * one piece, so `$$${` is `$$` and then an interpolation.
   */
  private literalDollarOrPercent(c: number, next: number, at: number): number {
    if (next !== c) return 1;
    return this.peek(at + 2) === LEFT_BRACE ? 3 : 2;
  }

  /** The end of the escape sequence at `backslash`; only the ones tree-sitter-hcl's scanner accepts. */
  private escapeEnd(backslash: number): number {
    const c = this.peek(backslash + 1);
    // ", \, n, r, t
    if (c === QUOTE || c === BACKSLASH || c === 0x6e || c === 0x72 || c === 0x74) return backslash + 2;
    // u and four hexadecimal digits, U and eight
    const digits = c === 0x75 ? 4 : c === 0x55 ? 8 : giveUp();
    for (let k = 0; k < digits; k++) if (!isHexDigit(this.peek(backslash + 2 + k))) giveUp();
    return backslash + 2 + digits;
  }

  /** From the position, the end of heredoc text: `${`, `%{`, or the start of the closing marker. */
  private heredocTextEnd(marker: string): number {
    const text = this.text;
    let i = this.pos;
    // The scanner looks for the marker only after whitespace holding a newline: at the first non-space
    // character of a line.
    let lineStart = false;
    for (;;) {
      if (i >= this.end) giveUp();
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
          if (this.peek(afterMarker) === NEWLINE) return i;
          // Not the closing marker: the scanner takes the marker, the spaces and one more character as text.
          i = afterMarker + 1;
          continue;
        }
        if (c >= FIRST_NON_ASCII && mayBeUnicodeSpace(c)) giveUp();
      }
      if (c === DOLLAR || c === PERCENT) {
        const next = this.peek(i + 1);
        if (next === LEFT_BRACE) return i;
        i += this.literalDollarOrPercent(c, next, i);
      } else if (c === 0) giveUp();
      else i++;
    }
  }

  /** If the heredoc's marker is at `start`: where the spaces after it end. Else -1. */
  private afterMarker(start: number, marker: string): number {
    let i = start + marker.length;
    if (i > this.end || !this.text.startsWith(marker, start)) return -1;
    while (isHeredocSpace(this.peek(i))) i++;
    const c = this.peek(i);
    if (c === END || c === 0 || (c >= FIRST_NON_ASCII && mayBeUnicodeSpace(c))) giveUp();
    return i;
  }

  /** `${`, an optional strip marker, an expression, an optional strip marker and `}`. */
  private interpolation(): Syntax {
    const start = this.pos;
    this.pos += 2;
    this.templateDepth++;
    const children: Syntax[] = [];
    this.skipTrivia();
    this.stripMarker(children);
    if (this.peek(this.pos) === RIGHT_BRACE) giveUp();
    children.push(this.expression());
    this.skipTrivia();
    this.stripMarker(children);
    this.expect(RIGHT_BRACE);
    this.templateDepth--;
    return syntax('template_interpolation', start, this.pos, children);
  }

  /** Moves past a `~` at the position, if there is one, and the trivia after it. */
  private stripMarker(children: Syntax[] | undefined): void {
    if (this.peek(this.pos) !== TILDE) return;
    children?.push(syntax('strip_marker', this.pos, this.pos + 1));
    this.pos++;
    this.skipTrivia();
  }

  /** The keyword of the directive at the position, without moving. */
  private directiveKeyword(): DirectiveKeyword {
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
  private closingKeyword(): DirectiveKeyword {
    if (this.peek(this.pos) !== PERCENT) giveUp();
    return this.directiveKeyword();
  }

  /** `%{`, `keyword`, what `readContent` reads, `}`, with optional strip markers; at the `%`. */
  private directiveTag(
    type: string,
    keyword: DirectiveKeyword,
    readContent?: (children: Syntax[]) => void,
  ): Syntax {
    const start = this.pos;
    this.pos += 2;
    this.templateDepth++;
    this.skipTrivia();
    this.stripMarker(undefined);
    this.pos += keyword.length;
    this.skipTrivia();
    const children: Syntax[] = [];
    if (readContent) {
      readContent(children);
      this.skipTrivia();
    }
    this.stripMarker(undefined);
    this.expect(RIGHT_BRACE);
    this.templateDepth--;
    return syntax(type, start, this.pos, children);
  }

  private ifDirective(marker: string | undefined): Syntax {
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
    if (keyword !== 'endif') giveUp();
    children.push(this.directiveTag('template_if_end', 'endif'));
    this.depth--;
    return syntax('template_directive', start, this.pos, [syntax('template_if', start, this.pos, children)]);
  }

  private forDirective(marker: string | undefined): Syntax {
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
      if (!this.atKeyword('in')) giveUp();
      this.pos += 2;
      this.skipTrivia();
      c.push(this.expression());
    });
    const children = [head, ...this.templateParts(marker)];
    if (this.closingKeyword() !== 'endfor') giveUp();
    children.push(this.directiveTag('template_for_end', 'endfor'));
    this.depth--;
    return syntax('template_directive', start, this.pos, [syntax('template_for', start, this.pos, children)]);
  }
}
