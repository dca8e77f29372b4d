import { tokenize, type Token, type TokenKind } from './lexer.js';

/** Offsets are into the text given to `parseExpression` (the text inside the brackets); `end` is exclusive. */
interface Span {
  start: number;
  end: number;
}

export interface StringLiteral extends Span {
  kind: 'string';
  value: string;
}

export interface IntegerLiteral extends Span {
  kind: 'integer';
  value: number;
}

export interface FunctionCall extends Span {
  kind: 'call';
  /** For a user-defined function `ns.fn(...)`. */
  namespace?: string;
  /** As written; ARM matches function names case-insensitively. */
  name: string;
  args: Expr[];
}

export interface PropertyAccess extends Span {
  kind: 'property';
  target: Expr;
  name: string;
}

export interface IndexAccess extends Span {
  kind: 'index';
  target: Expr;
  index: Expr;
}

export type Expr = StringLiteral | IntegerLiteral | FunctionCall | PropertyAccess | IndexAccess;

export type ParseResult = { ok: true; ast: Expr } | { ok: false; error: string; offset: number };

/** Bounds the parser's recursion, so hostile nesting is a parse error rather than a stack overflow. */
export const MAX_PARSE_DEPTH = 1000;

class ParseError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

function describe(token: Token): string {
  switch (token.kind) {
    case 'end':
      return 'end of expression';
    case 'string':
      return 'string literal';
    case 'integer':
      return `integer ${token.text}`;
    case 'identifier':
      return `'${token.text}'`;
    default:
      return `'${token.kind}'`;
  }
}

class Parser {
  private position = 0;

  constructor(private readonly tokens: Token[]) {}

  parse(): Expr {
    if (this.peek().kind === 'end') throw new ParseError('empty expression', this.peek().start);
    const expr = this.expression(0);
    const next = this.peek();
    if (next.kind !== 'end')
      throw new ParseError(`unexpected ${describe(next)} after the expression`, next.start);
    return expr;
  }

  private peek(): Token {
    return this.tokens[this.position];
  }

  private take(): Token {
    const token = this.tokens[this.position];
    if (token.kind !== 'end') this.position++;
    return token;
  }

  private expect(kind: TokenKind, what: string): Token {
    const token = this.peek();
    if (token.kind !== kind)
      throw new ParseError(`expected ${what} but found ${describe(token)}`, token.start);
    return this.take();
  }

  private expression(depth: number): Expr {
    if (depth > MAX_PARSE_DEPTH)
      throw new ParseError(`expression nests deeper than ${MAX_PARSE_DEPTH} levels`, this.peek().start);
    const token = this.take();
    switch (token.kind) {
      case 'string':
        return { kind: 'string', value: token.text, start: token.start, end: token.end };
      case 'integer':
        return { kind: 'integer', value: token.value!, start: token.start, end: token.end };
      case 'identifier':
        return this.accessors(this.call(token, depth), depth);
      default:
        throw new ParseError(
          `expected a function call or a literal but found ${describe(token)}`,
          token.start,
        );
    }
  }

  private call(first: Token, depth: number): FunctionCall {
    let namespace: string | undefined;
    let name = first.text;
    if (this.peek().kind === '.') {
      this.take();
      namespace = first.text;
      name = this.expect('identifier', 'a function name after the namespace').text;
    }
    const open = this.peek();
    if (open.kind !== '(')
      throw new ParseError(
        `expected '(' after function name '${name}' but found ${describe(open)}`,
        open.start,
      );
    this.take();
    const args: Expr[] = [];
    if (this.peek().kind !== ')') {
      for (;;) {
        args.push(this.expression(depth + 1));
        const separator = this.peek();
        if (separator.kind === ',') {
          this.take();
          continue;
        }
        if (separator.kind === ')') break;
        throw new ParseError(`expected ',' or ')' but found ${describe(separator)}`, separator.start);
      }
    }
    const close = this.take();
    const call: FunctionCall = { kind: 'call', name, args, start: first.start, end: close.end };
    if (namespace !== undefined) call.namespace = namespace;
    return call;
  }

  private accessors(target: Expr, depth: number): Expr {
    let expr = target;
    for (;;) {
      const token = this.peek();
      if (token.kind === '.') {
        this.take();
        const name = this.expect('identifier', "a property name after '.'");
        expr = { kind: 'property', target: expr, name: name.text, start: expr.start, end: name.end };
      } else if (token.kind === '[') {
        this.take();
        const index = this.expression(depth + 1);
        const close = this.expect(']', "']'");
        expr = { kind: 'index', target: expr, index, start: expr.start, end: close.end };
      } else {
        return expr;
      }
    }
  }
}

/** Parses the text inside the brackets; never throws. */
export function parseExpression(text: string): ParseResult {
  const lexed = tokenize(text);
  if (!lexed.ok) return lexed;
  try {
    return { ok: true, ast: new Parser(lexed.tokens).parse() };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, error: error.message, offset: error.offset };
    return { ok: false, error: 'expression could not be parsed', offset: 0 };
  }
}
