import type {
  ArrayExpression,
  BinaryOperator,
  BooleanLiteral,
  Declaration,
  Decorator,
  Diagnostic,
  ErrorNode,
  Expression,
  FileMode,
  ForExpression,
  FunctionParameter,
  Identifier,
  IfCondition,
  ImportedSymbol,
  IntegerLiteral,
  InterpolatedString,
  NullLiteral,
  ObjectExpression,
  ObjectMember,
  ObjectTypeAdditionalProperties,
  ObjectTypeProperty,
  Program,
  ResourceBody,
  ResourceDeclaration,
  SpreadElement,
  StringLiteral,
  TupleTypeItem,
  TypeExpression,
  UnaryOperator,
} from './ast.js';
import {
  makeDiagnostic,
  PositionMap,
  scan,
  TOKEN_KINDS,
  type ScanResult,
  type TokenColumns,
  type TokenKind,
} from './lexer.js';

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
export const MAX_NESTING_DEPTH = 256;
/** How many operators or member accesses may follow one another in one expression. */
export const MAX_CHAIN_LENGTH = 1000;
/** Diagnostics past this many are dropped (a note says so). */
export const MAX_DIAGNOSTICS = 1000;

export interface ParseOptions {
  /** `bicepparam` reads `using` and `param x = value`; by default, from the file name's ending. */
  mode?: FileMode;
}

/** Binary operators and their precedence: higher binds tighter. */
export const BINARY_PRECEDENCE: Readonly<Record<BinaryOperator, number>> = {
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
  PRECEDENCE_BY_KIND_CODE[TOKEN_KINDS.indexOf(operator as BinaryOperator)] = precedence;
}

/** Keywords that begin a declaration in either kind of file. */
export const DECLARATION_KEYWORDS: ReadonlySet<string> = new Set([
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
  constructor(
    readonly code: string,
    readonly message: string,
    readonly offset: number,
    readonly length: number,
    /** The lexer already reported this token (an unrecognized character). */
    readonly silent = false,
  ) {}
}

type Stops = ReadonlySet<TokenKind>;

const LINE: Stops = new Set(['newline']);
const OPERAND: Stops = new Set(['stringMiddle', 'stringRight', '}', ')', ']', ',', 'newline']);
const TERNARY_TRUE: Stops = new Set([':', 'stringMiddle', 'stringRight', '}', ')', ']', ',', 'newline']);
const OBJECT_MEMBER: Stops = new Set(['newline', '}', ',']);
const ARRAY_ITEM: Stops = new Set(['newline', ']', ',']);
const ARGUMENT: Stops = new Set(['newline', ',', ')']);
const TYPE_ARGUMENT: Stops = new Set(['newline', ',', '>']);
const PAREN_ITEM: Stops = new Set(['stringMiddle', 'stringRight', '}', ')', ']', ',', 'newline']);
const HOLE: Stops = new Set(['stringMiddle', 'stringRight', 'newline']);
const INDEX: Stops = new Set([']', 'newline']);
const FOR_ITERABLE: Stops = new Set([':', ']', 'newline']);
const FOR_BODY: Stops = new Set([']', 'newline']);
const CLOSE_SQUARE: Stops = new Set([']']);
const CLOSE_PAREN: Stops = new Set([')']);
const CLOSE_PAREN_OR_LINE: Stops = new Set([')', 'newline']);
const CONDITION: Stops = new Set([')', '{', 'newline']);
const DECLARED_TYPE: Stops = new Set(['=', 'newline']);
const RETURN_TYPE: Stops = new Set(['=>', 'newline']);
const FUNCTION_PARAMETER: Stops = new Set([',', ')', 'newline']);
const UNION_MEMBER: Stops = new Set(['|', 'newline', '}', ')', ']', ',', '=']);

/**
 * A copy of a list built by pushes, without the spare room pushing leaves (room for 17 items after the
 * first push): the tree keeps every list, and on a large file the spare room is a seventh of its memory.
 * Short lists, the most, are copied by array literals: V8 sees that what a literal makes lives long and
 * allocates it in the old generation at once, where a copy made by `slice` is moved by every young
 * collection until it is promoted.
 */
function exactSize<T>(items: T[]): T[] {
  return items.length === 0 ? items : copyItems(items, 0, items.length);
}

/** The items at `from`, `from + 2`, ... before `to`, as `copyItems` copies them. */
function everyOther<T>(items: T[], from: number, to: number): T[] {
  switch ((to - from + 1) >> 1) {
    case 1:
      return [items[from]];
    case 2:
      return [items[from], items[from + 2]];
    default: {
      const picked: T[] = [];
      for (let i = from; i < to; i += 2) picked.push(items[i]);
      return exactSize(picked);
    }
  }
}

/** `items.slice(from, to)`, by array literals for short lists (see `exactSize`). */
function copyItems<T>(items: T[], from: number, to: number): T[] {
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

function isOpener(kind: TokenKind): boolean {
  return kind === '{' || kind === '(' || kind === '[';
}

function isCloser(kind: TokenKind): boolean {
  return kind === '}' || kind === ')' || kind === ']';
}

export function parseBicep(text: string, file = '', options: ParseOptions = {}): Program {
  const mode: FileMode =
    options.mode ?? (file.toLowerCase().endsWith('.bicepparam') ? 'bicepparam' : 'bicep');
  return new Parser(text, file, mode).parseProgram();
}

/** A token's place in the lexer's token columns. */
type TokenIndex = number;

class Parser {
  private readonly tokens: TokenColumns;
  // the columns of `tokens`, read directly in the hot paths
  private readonly kindCodes: Uint8Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  private readonly positions: PositionMap;
  private readonly lexed: ScanResult;
  private readonly diagnostics: Diagnostic[] = [];
  /**
   * The members of the lists being read, innermost last, up to `listItemCount`: one array for them all,
   * where an array per list would be garbage once the list is copied out at its size.
   */
  private readonly listItems: unknown[] = [];
  private listItemCount = 0;
  private pos = 0;
  /** The kind of the token at `pos`, which the parser asks for most. */
  private currentKind: TokenKind;
  /** The end of the last token read that is not a new line: where a node being built ends. */
  private lastEnd = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly mode: FileMode,
  ) {
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
  private peek(ahead = 0): TokenIndex {
    const i = this.pos + ahead;
    return i < this.tokens.count ? i : this.tokens.count - 1;
  }

  private kindOf(token: TokenIndex): TokenKind {
    return TOKEN_KINDS[this.kindCodes[token]];
  }

  private kindAhead(ahead: number): TokenKind {
    return this.kindOf(this.peek(ahead));
  }

  private at(kind: TokenKind): boolean {
    return this.currentKind === kind;
  }

  private atKeyword(word: string): boolean {
    return this.tokens.isIdentifier(this.pos, word);
  }

  private atLineEnd(): boolean {
    const kind = this.currentKind;
    return kind === 'newline' || kind === 'eof';
  }

  /** Reads the current token; returns its index. */
  private next(): TokenIndex {
    const token = this.pos;
    const kind = this.currentKind;
    if (kind !== 'eof') {
      this.pos = token + 1;
      this.currentKind = this.kindOf(token + 1);
      if (kind !== 'newline') this.lastEnd = this.ends[token];
    }
    return token;
  }

  /** Reads the current token; returns its start. */
  private nextStart(): number {
    return this.starts[this.next()];
  }

  /** Reads a token of this kind if it is next. */
  private eat(kind: TokenKind): boolean {
    if (this.currentKind !== kind) return false;
    this.next();
    return true;
  }

  private skipNewlines(): void {
    while (this.currentKind === 'newline') this.currentKind = this.kindOf(++this.pos);
  }

  /** The index of the first token at or after `from` that is not a new line. */
  private indexPastNewlines(from = this.pos): TokenIndex {
    let i = from;
    while (this.kindOf(i) === 'newline') i++;
    return i;
  }

  private kindPastNewlines(from = this.pos): TokenKind {
    return this.kindOf(this.indexPastNewlines(from));
  }

  /** Whether the token at `index` is an identifier with this name. */
  private isKeyword(index: TokenIndex, word: string): boolean {
    return this.tokens.isIdentifier(index, word);
  }

  private isColumnOne(token: TokenIndex): boolean {
    const start = this.starts[token];
    if (start === 0) return true;
    const before = this.text.charCodeAt(start - 1);
    return before === 10 || before === 13 || (start === 1 && before === 0xfeff);
  }

  /** Whether the token at `index` begins a declaration (a keyword followed by what a declaration has next). */
  private declarationStartsAt(index: TokenIndex): boolean {
    const kind = this.kindOf(index);
    if (kind === '@') return this.kindOf(index + 1) === 'identifier';
    if (kind !== 'identifier' || !DECLARATION_KEYWORDS.has(this.tokens.value(index))) return false;
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
  private atDeclarationBoundary(): boolean {
    return this.isColumnOne(this.pos) && this.declarationStartsAt(this.pos);
  }

  /** How a message names a token: "found X". */
  private describe(token: TokenIndex): string {
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
  private lengthFrom(start: number): number {
    return Math.max(0, this.lastEnd - start);
  }

  private report(code: string, message: string, offset: number, length: number): void {
    if (this.diagnostics.length > MAX_DIAGNOSTICS) return;
    this.diagnostics.push(makeDiagnostic(this.positions, code, message, offset, length));
  }

  /** A token's length in a diagnostic: none for a new line or the end of the file. */
  private reportedLength(token: TokenIndex): number {
    const kind = this.kindOf(token);
    return kind === 'newline' || kind === 'eof' ? 0 : this.ends[token] - this.starts[token];
  }

  private reportAt(token: TokenIndex, code: string, message: string): void {
    this.report(code, message, this.starts[token], this.reportedLength(token));
  }

  private failure(code: string, message: string, token = this.peek()): SyntaxFailure {
    return new SyntaxFailure(
      code,
      message,
      this.starts[token],
      this.reportedLength(token),
      this.kindOf(token) === 'unrecognized',
    );
  }

  private reportFailure(failure: SyntaxFailure): void {
    if (!failure.silent) this.report(failure.code, failure.message, failure.offset, failure.length);
  }

  /** Throws "expected X, found Y". */
  private expected(what: string, token = this.peek()): never {
    throw this.failure('unexpected-token', `expected ${what}, found ${this.describe(token)}`, token);
  }

  private expect(kind: TokenKind, what: string): TokenIndex {
    if (this.at(kind)) return this.next();
    return this.expected(what);
  }

  private expectKeyword(word: string, what: string): TokenIndex {
    if (this.atKeyword(word)) return this.next();
    return this.expected(what);
  }

  private identifier(): Identifier {
    const token = this.next();
    const start = this.starts[token];
    return {
      kind: 'Identifier',
      name: this.tokens.textOf(token),
      offset: start,
      length: this.lengthFrom(start),
    };
  }

  private expectIdentifier(what: string): Identifier {
    if (!this.at('identifier')) this.expected(what);
    return this.identifier();
  }

  private enter(): void {
    if (this.depth >= MAX_NESTING_DEPTH) {
      throw this.failure('too-deep', `the expression nests more than ${MAX_NESTING_DEPTH} levels deep`);
    }
    this.depth++;
  }

  /**
   * Runs `parse`; on a syntax error, reports it, skips to one of `stops` (outside brackets opened since)
   * and returns an Error node for what was skipped.
   */
  private recover<T>(parse: () => T, stops: Stops): T | ErrorNode {
    const startPos = this.pos;
    const depth = this.depth;
    try {
      return parse();
    } catch (error) {
      return this.recovered(error, startPos, depth, stops);
    }
  }

  /** `recover` for an expression, the most common case, without a closure per call. */
  private recoverExpression(complex: boolean, stops: Stops): Expression {
    const startPos = this.pos;
    const depth = this.depth;
    try {
      return this.parseExpression(complex);
    } catch (error) {
      return this.recovered(error, startPos, depth, stops);
    }
  }

  /** After a syntax error thrown while parsing from `startPos`: the Error node `recover` returns. */
  private recovered(error: unknown, startPos: number, depth: number, stops: Stops): ErrorNode {
    if (!(error instanceof SyntaxFailure)) throw error;
    this.depth = depth;
    this.reportFailure(error);
    this.skip(stops, false);
    return this.errorNode(startPos);
  }

  /** Like `recover`, but what failed is dropped (a member of an object, say). */
  private attempt<T>(parse: () => T, stops: Stops): T | null {
    const depth = this.depth;
    try {
      return parse();
    } catch (error) {
      this.dropped(error, depth, stops);
      return null;
    }
  }

  /** After a syntax error thrown while parsing what `attempt` drops. */
  private dropped(error: unknown, depth: number, stops: Stops): void {
    if (!(error instanceof SyntaxFailure)) throw error;
    this.depth = depth;
    this.reportFailure(error);
    this.skip(stops, false);
  }

  private errorNode(startPos: number): ErrorNode {
    let first = startPos;
    while (first < this.pos && this.kindOf(first) === 'newline') first++;
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
  private skip(stops: Stops, consumeStrayClosers: boolean): void {
    let brackets = 0;
    let strings = 0;
    for (;;) {
      const kind = this.currentKind;
      if (kind === 'eof') return;
      if (kind === 'stringLeft') {
        strings++;
      } else if (kind === 'stringMiddle' || kind === 'stringRight') {
        if (strings === 0) return;
        if (kind === 'stringRight') strings--;
      } else if (strings === 0) {
        if (kind === 'newline') {
          if (brackets === 0 && stops.has(kind)) return;
          if (this.isColumnOne(this.pos + 1) && this.declarationStartsAt(this.pos + 1)) return;
        } else if (brackets === 0 && stops.has(kind)) {
          return;
        } else if (isOpener(kind)) {
          brackets++;
        } else if (isCloser(kind)) {
          if (brackets > 0) brackets--;
          else if (!consumeStrayClosers) return;
        }
      }
      this.next();
    }
  }

  /** After a declaration that failed: skips to the next line that starts a declaration. */
  private skipToNextDeclaration(startPos: number): void {
    if (this.pos === startPos && !this.atLineEnd()) this.next();
    let brackets = 0;
    for (;;) {
      const kind = this.currentKind;
      if (kind === 'eof') return;
      if (kind === 'newline') {
        const following = this.pos + 1;
        if (this.declarationStartsAt(following) && (brackets === 0 || this.isColumnOne(following))) return;
      } else if (isOpener(kind)) {
        brackets++;
      } else if (isCloser(kind)) {
        brackets = Math.max(0, brackets - 1);
      }
      this.next();
    }
  }

  // ---------------------------------------------------------------------------------------------------
  // Program and declarations

  parseProgram(): Program {
    const declarations: Declaration[] = [];
    for (;;) {
      this.skipNewlines();
      if (this.at('eof')) break;
      const startPos = this.pos;
      try {
        const declaration = this.parseDeclaration();
        declarations.push(declaration);
        // (an unclosed object or list may end where the next declaration starts, which was reported)
        if (!this.atLineEnd() && !this.atDeclarationBoundary()) {
          this.reportAt(
            this.peek(),
            'unexpected-token',
            `expected a new line after the declaration, found ${this.describe(this.peek())}`,
          );
          this.skip(LINE, true);
        }
      } catch (error) {
        if (!(error instanceof SyntaxFailure)) throw error;
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

  private allDiagnostics(): Diagnostic[] {
    const all = [...this.lexed.diagnostics, ...this.diagnostics].sort((a, b) => a.offset - b.offset);
    if (all.length <= MAX_DIAGNOSTICS) return all;
    const kept = all.slice(0, MAX_DIAGNOSTICS);
    const last = kept[kept.length - 1];
    kept.push(
      makeDiagnostic(
        this.positions,
        'too-many-errors',
        `more than ${MAX_DIAGNOSTICS} syntax errors; the rest are not reported`,
        last.offset,
        0,
      ),
    );
    return kept;
  }

  private parseDecorators(): Decorator[] {
    const decorators: Decorator[] = [];
    while (this.at('@')) {
      const startPos = this.pos;
      const start = this.nextStart();
      const decorator = this.attempt(() => {
        const expression = this.parseDecoratorExpression();
        let name = '';
        let namespace: string | null = null;
        let args: Expression[] = [];
        if (expression.kind === 'FunctionCall') {
          name = expression.name.name;
          if (expression.object?.kind === 'Identifier') namespace = expression.object.name;
          args = expression.arguments;
        } else if (expression.kind === 'Identifier') {
          name = expression.name;
        } else if (expression.kind === 'PropertyAccess') {
          name = expression.property.name;
          if (expression.object.kind === 'Identifier') namespace = expression.object.name;
        }
        const node: Decorator = {
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
      if (decorator) decorators.push(decorator);
      // (at a declaration that starts the next line, an unclosed argument list was reported)
      if (!this.atLineEnd() && !this.atDeclarationBoundary()) {
        this.reportAt(
          this.peek(),
          'unexpected-token',
          `expected a new line after the decorator, found ${this.describe(this.peek())}`,
        );
        // go on with a declaration on the same line; skip anything else
        if (!this.declarationStartsAt(this.pos)) this.skip(LINE, true);
      }
      this.skipNewlines();
      if (this.pos === startPos) break;
    }
    return exactSize(decorators);
  }

  /** `name`, `name(args)`, `ns.name(args)` ... */
  private parseDecoratorExpression(): Expression {
    let expression: Expression = this.expectIdentifier('a decorator name after @');
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

  private parseDeclaration(): Declaration {
    const start = this.starts[this.pos];
    const decorators = this.parseDecorators();
    const token = this.peek();
    const word = this.kindOf(token) === 'identifier' ? this.tokens.value(token) : '';
    const keywords = this.mode === 'bicep' ? BICEP_KEYWORDS : BICEPPARAM_KEYWORDS;
    if (keywords.has(word)) {
      return this.parseKeywordDeclaration(word, start, decorators);
    }
    if (DECLARATION_KEYWORDS.has(word)) {
      throw this.failure(
        'wrong-file-kind',
        this.mode === 'bicep'
          ? `'${word}' declarations belong in a .bicepparam file`
          : `'${word}' declarations are not allowed in a .bicepparam file`,
        token,
      );
    }
    if (decorators.length > 0) {
      this.reportAt(
        token,
        'missing-declaration',
        `expected a declaration after the decorator, found ${this.describe(token)}`,
      );
      const missing: Declaration = {
        kind: 'MissingDeclaration',
        decorators,
        offset: start,
        length: this.lengthFrom(start),
      };
      if (!this.atLineEnd()) this.skipToNextDeclaration(this.pos);
      return missing;
    }
    const list =
      this.mode === 'bicep'
        ? 'param, var, resource, module, output, type, func, import, metadata or targetScope'
        : 'using, param, var, import or type';
    return this.expected(`a declaration (${list})`);
  }

  private parseKeywordDeclaration(keyword: string, start: number, decorators: Decorator[]): Declaration {
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
        let type: TypeExpression | null = null;
        if (this.atLineEnd()) this.expected("'=' after the variable name");
        if (!this.at('=')) type = this.recover(() => this.parseType(false), DECLARED_TYPE);
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
        if (this.isKeyword(this.indexPastNewlines(), 'if')) this.skipNewlines();
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
        if (this.atLineEnd() || this.at('=')) this.expected('the output type after the output name');
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
        if (!this.at('{')) this.expected("'{' after '='");
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
        let path: StringLiteral | InterpolatedString | null = null;
        if (this.atKeyword('none')) this.next();
        else path = this.expectString("the path of a Bicep file (or 'none') after using");
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
        if (!config) this.expected("'with' after the extension alias");
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
  private parseValue(): Expression {
    return this.recoverExpression(true, LINE);
  }

  private parseParameter(start: number, decorators: Decorator[]): Declaration {
    this.next();
    const name = this.expectIdentifier('the parameter name after param');
    if (this.atLineEnd() || this.at('=')) this.expected('the parameter type after the parameter name');
    const type = this.recover(() => this.parseType(false), DECLARED_TYPE);
    let defaultValue: Expression | null = null;
    if (this.at('=')) {
      this.next();
      defaultValue = this.parseValue();
    } else if (!this.atLineEnd()) {
      this.reportAt(
        this.peek(),
        'unexpected-token',
        `expected '=' or a new line after the parameter type, found ${this.describe(this.peek())}`,
      );
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

  private parseParameterAssignment(start: number, decorators: Decorator[]): Declaration {
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

  private parseResource(start: number, decorators: Decorator[]): ResourceDeclaration {
    this.next();
    const name = this.expectIdentifier('the resource name after resource');
    const type = this.expectString("the resource type after the resource name ('Namespace/type@version')");
    let existing = false;
    if (this.atKeyword('existing')) {
      this.next();
      existing = true;
    }
    this.expect('=', existing ? "'=' after existing" : "'=' after the resource type");
    if (this.isKeyword(this.indexPastNewlines(), 'if')) this.skipNewlines();
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
  private parseResourceBody(allowResources: boolean): ResourceBody {
    if (this.at('{')) return this.parseObject(allowResources);
    if (this.atKeyword('if')) return this.parseIfCondition(allowResources);
    if (this.at('[')) return this.parseFor(true, allowResources);
    return this.expected("'{', 'if' or '[for' after '='");
  }

  private parseFunction(start: number, decorators: Decorator[]): Declaration {
    this.next();
    const name = this.expectIdentifier('the function name after func');
    this.expect('(', "'(' after the function name");
    const parameters: FunctionParameter[] = [];
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
      if (!this.at(',')) break;
      this.next();
      this.skipNewlines();
    }
    this.expect(')', "',' or ')' after the function parameter");
    if (this.at('=>')) this.expected("the return type before '=>'");
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

  private parseImport(start: number, decorators: Decorator[]): Declaration {
    this.next();
    if (this.at('string') || this.at('stringLeft')) {
      // the older form of a provider declaration: import 'az@1.0.0'
      return this.parseExtension(start, decorators, 'import');
    }
    let symbols: ImportedSymbol[] | null = null;
    let namespace: Identifier | null = null;
    if (this.at('{')) {
      const open = this.next();
      symbols = this.parseList('}', 'block', 'imported symbols', () =>
        this.attempt((): ImportedSymbol => {
          const symbolStart = this.starts[this.pos];
          let name: Identifier | StringLiteral;
          if (this.at('identifier')) name = this.identifier();
          else if (this.at('string')) name = this.parseString() as StringLiteral;
          else this.expected('the name of an exported symbol');
          let alias: Identifier | null = null;
          if (this.atKeyword('as')) {
            this.next();
            alias = this.expectIdentifier("an alias after 'as'");
          } else if (name.kind === 'StringLiteral') {
            this.reportAt(
              this.peek(),
              'unexpected-token',
              "a symbol imported by a quoted name needs an alias: 'name' as alias",
            );
          }
          return {
            kind: 'ImportedSymbol',
            name,
            alias,
            offset: symbolStart,
            length: this.lengthFrom(symbolStart),
          };
        }, OBJECT_MEMBER),
      );
      this.close('}', open, 'the list of imported symbols');
    } else if (this.at('*')) {
      this.next();
      this.expectKeyword('as', "'as' after '*'");
      namespace = this.expectIdentifier("a namespace name after 'as'");
    } else {
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

  private parseExtension(
    start: number,
    decorators: Decorator[],
    keyword: 'extension' | 'provider' | 'import',
  ): Declaration {
    let specification: Identifier | StringLiteral | InterpolatedString;
    if (this.at('identifier')) specification = this.identifier();
    else specification = this.expectString(`the extension name or specification after ${keyword}`);
    const config = this.parseWithClause();
    let alias: Identifier | null = null;
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

  private parseWithClause(): ObjectExpression | null {
    if (!this.atKeyword('with')) return null;
    this.next();
    if (!this.at('{')) this.expected("'{' after with");
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
  private parseList<T>(
    close: TokenKind,
    style: 'block' | 'call',
    what: string,
    parseElement: (this: Parser, flag: boolean) => T | null,
    flag = false,
  ): T[] {
    if (this.at(close)) return [];
    const base = this.listItemCount;
    try {
      this.readListItems(close, style, what, parseElement, flag);
      return copyItems(this.listItems, base, this.listItemCount) as T[];
    } finally {
      this.listItemCount = base;
    }
  }

  /** The loop of `parseList`: adds the members to `listItems`. */
  private readListItems<T>(
    close: TokenKind,
    style: 'block' | 'call',
    what: string,
    parseElement: (this: Parser, flag: boolean) => T | null,
    flag: boolean,
  ): void {
    this.skipNewlines();
    let expectElement = true;
    while (!this.at(close) && !this.at('eof')) {
      if (this.atDeclarationBoundary()) break;
      if (!expectElement) {
        if (this.at('newline')) {
          const following = this.indexPastNewlines();
          this.skipNewlines();
          if (
            style === 'call' &&
            this.kindOf(following) !== close &&
            this.kindOf(following) !== 'eof' &&
            !this.atDeclarationBoundary()
          ) {
            this.reportAt(following, 'unexpected-token', `expected ',' between ${what}, found a new line`);
          }
        } else if (this.at(',')) {
          this.next();
          if (this.at('newline')) {
            if (style === 'block') {
              this.reportAt(
                this.peek(),
                'unexpected-token',
                `a new line cannot follow ',' between ${what}: separate them with either commas or new lines`,
              );
            }
            this.skipNewlines();
          }
          if (style === 'call' && this.at(close)) {
            this.reportAt(
              this.peek(),
              'unexpected-token',
              `a trailing ',' is not allowed after the last of the ${what}`,
            );
          }
        } else {
          const token = this.peek();
          this.reportAt(
            token,
            'unexpected-token',
            `expected ${style === 'block' ? "a new line or ','" : "','"} between ${what}, found ${this.describe(token)}`,
          );
          if (isCloser(this.kindOf(token))) break;
        }
        expectElement = true;
        continue;
      }
      // a bracket that closes an enclosing construct: this one was left open
      if (isCloser(this.currentKind)) break;
      const before = this.pos;
      const element = parseElement.call(this, flag);
      if (element !== null) this.listItems[this.listItemCount++] = element;
      if (this.pos === before) {
        // nothing could be read here
        if (isCloser(this.currentKind)) break;
        if (!this.at(',') && !this.atLineEnd()) this.next();
      }
      expectElement = false;
    }
  }

  /** Reads the closing token of a list, or reports that it is missing (and goes on without it). */
  private close(kind: TokenKind, open: TokenIndex, what: string): void {
    if (this.at(kind)) {
      this.next();
      return;
    }
    const where = this.positions.position(this.starts[open]);
    this.reportAt(
      this.peek(),
      'unclosed',
      `expected '${kind}' to close ${what} opened at line ${where.line}, column ${where.column}, found ${this.describe(this.peek())}`,
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // Expressions

  /**
   * An expression. `complex`: objects and arrays may appear (everywhere but in interpolation holes).
   */
  private parseExpression(complex: boolean): Expression {
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
    if (consequent.kind !== 'Error' && this.kindPastNewlines() === ':') this.skipNewlines();
    let alternate: Expression;
    if (this.at(':')) {
      this.next();
      alternate = this.recoverExpression(complex, OPERAND);
    } else {
      this.reportAt(
        this.peek(),
        'unexpected-token',
        `expected ':' in the conditional expression, found ${this.describe(this.peek())}`,
      );
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

  private parseBinary(minPrecedence: number, complex: boolean): Expression {
    const start = this.starts[this.pos];
    let left = this.parseUnary(complex);
    let chain = 0;
    for (;;) {
      const precedence = PRECEDENCE_BY_KIND_CODE[this.kindCodes[this.pos]];
      if (precedence === 0 || precedence <= minPrecedence) break;
      const operator = this.currentKind as BinaryOperator;
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
  private recoverBinary(minPrecedence: number, complex: boolean): Expression {
    const startPos = this.pos;
    const depth = this.depth;
    try {
      return this.parseBinary(minPrecedence, complex);
    } catch (error) {
      return this.recovered(error, startPos, depth, OPERAND);
    }
  }

  private parseUnary(complex: boolean): Expression {
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

  private parseMember(complex: boolean): Expression {
    const start = this.starts[this.pos];
    let expression = this.parsePrimary(complex);
    let chain = 0;
    for (;;) {
      const kind = this.currentKind;
      if (kind !== '[' && kind !== '.' && kind !== '::' && kind !== '!') break;
      if (++chain > MAX_CHAIN_LENGTH) {
        throw this.failure(
          'too-long',
          `the expression has more than ${MAX_CHAIN_LENGTH} member accesses in a row`,
        );
      }
      if (kind === '[') {
        const open = this.next();
        const safe = this.eat('?');
        const fromEnd = this.eat('^');
        let index: Expression;
        if (this.at(']')) {
          this.reportAt(this.peek(), 'unexpected-token', 'expected an index expression between the brackets');
          index = this.errorNode(this.pos);
        } else {
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
      } else if (kind === '.') {
        this.next();
        const safe = this.eat('?');
        const name = this.expectIdentifier(`a property or function name after '${safe ? '.?' : '.'}'`);
        if (this.at('(')) {
          if (safe) {
            this.report(
              'unexpected-token',
              "'.?' cannot be used to call a function",
              name.offset,
              name.length,
            );
          }
          expression = this.parseCall(start, expression, name, complex);
        } else {
          expression = {
            kind: 'PropertyAccess',
            object: expression,
            property: name,
            safe,
            offset: start,
            length: this.lengthFrom(start),
          };
        }
      } else if (kind === '::') {
        this.next();
        const name = this.expectIdentifier("a nested resource name after '::'");
        expression = {
          kind: 'ResourceAccess',
          object: expression,
          name,
          offset: start,
          length: this.lengthFrom(start),
        };
      } else {
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

  private parsePrimary(complex: boolean): Expression {
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
        if (!complex) this.reportComplexLiteral(token);
        return this.parseObject(false);
      case '[': {
        if (!complex) this.reportComplexLiteral(token);
        if (this.isKeyword(this.indexPastNewlines(token + 1), 'for')) return this.parseFor(false, false);
        return this.parseArray();
      }
      case '(':
        return this.parseParenthesizedOrLambda(complex);
      case 'identifier': {
        const name = this.identifier();
        if (this.at('(')) return this.parseCall(start, null, name, complex);
        if (this.at('=>')) return this.parseLambdaBody(start, [name]);
        return name;
      }
      default:
        return this.expected('an expression', token);
    }
  }

  /** At `true`, `false`, `null` or a multi-line string: literals that are both expressions and types. */
  private parseKeywordOrMultilineLiteral(): BooleanLiteral | NullLiteral | StringLiteral {
    const token = this.next();
    const kind = this.kindOf(token);
    const start = this.starts[token];
    const length = this.lengthFrom(start);
    if (kind === 'null') return { kind: 'NullLiteral', offset: start, length };
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

  private reportComplexLiteral(token: TokenIndex): void {
    this.reportAt(
      token,
      'complex-literal',
      'objects and arrays cannot be written inside a string interpolation',
    );
  }

  private parseInteger(): IntegerLiteral {
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
  private parseString(): StringLiteral | InterpolatedString {
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
        segments: everyOther(items, base, this.listItemCount) as string[],
        expressions: everyOther(items, base + 1, this.listItemCount) as Expression[],
        offset: start,
        length: this.lengthFrom(start),
      };
    } finally {
      this.listItemCount = base;
    }
  }

  /** The holes of an interpolated string and the segments after them, added to `listItems`. */
  private readInterpolation(): void {
    const items = this.listItems;
    for (;;) {
      const expression = this.recoverExpression(false, HOLE);
      if (!this.at('stringMiddle') && !this.at('stringRight')) {
        const token = this.peek();
        if (this.kindOf(token) !== 'eof') {
          this.reportAt(
            token,
            'unexpected-token',
            `expected '}' to end the interpolation, found ${this.describe(token)}`,
          );
          this.skip(HOLE, false);
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
      if (this.kindOf(piece) === 'stringRight') return;
    }
  }

  private expectString(what: string): StringLiteral | InterpolatedString {
    if (!this.at('string') && !this.at('stringLeft')) this.expected(what);
    return this.parseString();
  }

  private parseObject(allowResources: boolean): ObjectExpression {
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
  private parseObjectMember(allowResources: boolean): ObjectMember | null {
    const depth = this.depth;
    try {
      const token = this.pos;
      const kind = this.kindOf(token);
      const start = this.starts[token];
      if (
        allowResources &&
        (kind === '@' ||
          (kind === 'identifier' && this.kindAhead(1) === 'identifier' && this.atKeyword('resource')))
      ) {
        const decorators = this.parseDecorators();
        if (!this.atKeyword('resource')) this.expected('a nested resource declaration after the decorator');
        return this.parseResource(start, decorators);
      }
      if (kind === '...') return this.parseSpread(OBJECT_MEMBER);
      let key: Identifier | StringLiteral | InterpolatedString;
      let name: string | null;
      if (kind === 'identifier') {
        key = this.identifier();
        name = key.name;
      } else if (kind === 'string' || kind === 'stringLeft') {
        key = this.parseString();
        name = key.kind === 'StringLiteral' ? key.value : null;
      } else {
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
    } catch (error) {
      this.dropped(error, depth, OBJECT_MEMBER);
      return null;
    }
  }

  private parseSpread(stops: Stops): SpreadElement {
    const start = this.nextStart();
    const expression = this.recoverExpression(true, stops);
    return {
      kind: 'SpreadElement',
      expression,
      offset: start,
      length: this.lengthFrom(start),
    };
  }

  private parseArray(): ArrayExpression {
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

  private parseArrayItem(): Expression | SpreadElement {
    return this.at('...') ? this.parseSpread(ARRAY_ITEM) : this.recoverExpression(true, ARRAY_ITEM);
  }

  /**
   * `[for ...]`; in a resource or module body (`resourceBody`) the loop body is an object or a condition.
   * A loop whose head cannot be read becomes an Error node up to its `]`.
   */
  private parseFor(resourceBody: boolean, allowResources: boolean): ForExpression | ErrorNode {
    this.enter();
    const startPos = this.pos;
    const open = this.next();
    let item: Identifier;
    let index: Identifier | null = null;
    let iterable: Expression;
    let inVariableBlock = false;
    try {
      this.skipNewlines();
      this.expectKeyword('for', "'for' after '['");
      if (this.at('identifier')) {
        item = this.identifier();
      } else if (this.at('(')) {
        this.next();
        inVariableBlock = true;
        item = this.expectIdentifier('the item variable of the loop');
        this.expect(',', "',' and the index variable after the item variable");
        index = this.expectIdentifier('the index variable of the loop');
        this.expect(')', "')' after the index variable");
        inVariableBlock = false;
      } else {
        this.expected("the loop variable or '(item, index)' after 'for'");
      }
      this.expectKeyword('in', "'in' after the loop variable");
      iterable = this.recoverExpression(true, FOR_ITERABLE);
      this.expect(':', "':' after the loop collection");
    } catch (error) {
      if (!(error instanceof SyntaxFailure) || error.code === 'too-deep') throw error;
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
    const body = this.recover((): Expression | IfCondition => {
      if (!resourceBody) return this.parseExpression(true);
      if (this.at('{')) return this.parseObject(allowResources);
      if (this.atKeyword('if')) return this.parseIfCondition(allowResources);
      return this.expected("'{' or 'if' for the loop body");
    }, FOR_BODY);
    if (body.kind !== 'Error') this.skipNewlines();
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

  private parseIfCondition(allowResources: boolean): IfCondition {
    const start = this.nextStart();
    this.expect('(', "'(' after if");
    this.skipNewlines();
    const condition = this.recoverExpression(true, CONDITION);
    this.skipNewlines();
    if (!this.at(')')) {
      this.reportAt(
        this.peek(),
        'unexpected-token',
        `expected ')' after the condition, found ${this.describe(this.peek())}`,
      );
      this.skip(CONDITION, false);
      this.skipNewlines();
    }
    if (this.at(')')) this.next();
    if (!this.at('{')) this.expected("'{' after the condition");
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
  private parseParenthesizedOrLambda(complex: boolean): Expression {
    this.enter();
    const open = this.next();
    const items: Expression[] = [];
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
      if (this.pos === before && !this.at(')')) break;
      if (!this.at(')')) {
        this.reportAt(
          this.peek(),
          'unexpected-token',
          `expected ')' or ',', found ${this.describe(this.peek())}`,
        );
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
      const parameters: Identifier[] = [];
      for (const item of items) {
        if (item.kind === 'Identifier') parameters.push(item);
        else if (item.kind !== 'Error') {
          this.report('unexpected-token', 'expected a lambda parameter name', item.offset, item.length);
        }
      }
      this.depth--;
      return this.parseLambdaBody(this.starts[open], parameters);
    }
    this.depth--;
    let expression: Expression;
    if (items.length === 1) {
      expression = items[0];
    } else {
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
  private skipNewlinesBeforeLambdaBody(): void {
    const following = this.indexPastNewlines();
    if (!(
      this.kindOf(following) === 'identifier' && DECLARATION_KEYWORDS.has(this.tokens.value(following))
    )) {
      this.skipNewlines();
    }
  }

  /** At `=>`. */
  private parseLambdaBody(start: number, parameters: Identifier[]): Expression {
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
  private parseCall(
    start: number,
    object: Expression | null,
    name: Identifier,
    complex: boolean,
  ): Expression {
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

  private parseArgument(complex: boolean): Expression {
    return this.recoverExpression(complex, ARGUMENT);
  }

  // ---------------------------------------------------------------------------------------------------
  // Types

  /** A declared type: `resource 'T@v'` (for an output the type string may be left out) or a type expression. */
  private parseType(allowOptionalResourceType: boolean): TypeExpression {
    if (this.atKeyword('resource') && this.kindAhead(1) !== '<') {
      const start = this.nextStart();
      let typeString: StringLiteral | InterpolatedString | null = null;
      if (this.at('string') || this.at('stringLeft')) typeString = this.parseString();
      else if (!allowOptionalResourceType) this.expected("the resource type string after 'resource'");
      return {
        kind: 'ResourceType',
        typeString,
        offset: start,
        length: this.lengthFrom(start),
      };
    }
    return this.parseTypeExpression();
  }

  private atUnionSeparator(): boolean {
    return this.at('|') || (this.at('newline') && this.kindPastNewlines() === '|');
  }

  private parseTypeExpression(): TypeExpression {
    this.enter();
    const start = this.starts[this.indexPastNewlines()];
    let members: TypeExpression[] | null = null;
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

  private parseUnaryType(): TypeExpression {
    const operator = this.currentKind;
    const start = this.starts[this.pos];
    let type: TypeExpression;
    if (operator === '!' || operator === '-') {
      this.next();
      const operand = this.parseMemberType();
      type = {
        kind: 'UnaryType',
        operator: operator as UnaryOperator,
        operand,
        offset: start,
        length: this.lengthFrom(start),
      };
    } else {
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
      } else if (this.at('!')) {
        this.next();
        type = {
          kind: 'NonNullableType',
          base: type,
          offset: start,
          length: this.lengthFrom(start),
        };
      } else {
        return type;
      }
    }
  }

  private parseMemberType(): TypeExpression {
    const start = this.starts[this.pos];
    let type = this.parsePrimaryType();
    let chain = 0;
    for (;;) {
      if (!this.at('[') && !this.at('.')) return type;
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
        } else if (this.at('*')) {
          this.next();
          this.close(']', open, 'the index');
          type = {
            kind: 'TypeItemsAccess',
            object: type,
            offset: start,
            length: this.lengthFrom(start),
          };
        } else {
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
      } else {
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

  private parsePrimaryType(): TypeExpression {
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
          this.report(
            'type-interpolation',
            'a string literal type cannot use interpolation',
            value.offset,
            value.length,
          );
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
        if (this.at('<')) return this.parseTypeArguments(start, null, name);
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
  private parseTypeArguments(start: number, object: TypeExpression | null, name: Identifier): TypeExpression {
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

  private parseTypeArgument(): TypeExpression {
    return this.recover(() => this.parseTypeExpression(), TYPE_ARGUMENT);
  }

  private parseObjectType(): TypeExpression {
    const open = this.next();
    const properties = this.parseList('}', 'block', 'properties', () =>
      this.attempt((): ObjectTypeProperty | ObjectTypeAdditionalProperties => {
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
        let key: Identifier | StringLiteral | InterpolatedString;
        let name: string | null;
        if (kind === 'identifier') {
          key = this.identifier();
          name = key.name;
        } else if (kind === 'string' || kind === 'stringLeft') {
          key = this.parseString();
          name = key.kind === 'StringLiteral' ? key.value : null;
        } else {
          return this.expected("a property name or '*'");
        }
        let optional = false;
        if (this.at('?') && this.kindAhead(1) === ':') {
          // TypeScript's `name?: type`; Bicep writes an optional property as `name: type?`
          this.reportAt(
            this.peek(),
            'optional-property',
            `Bicep marks an optional property with a nullable type: write '${name ?? 'name'}: type?', not '${name ?? 'name'}?: type'`,
          );
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
      }, OBJECT_MEMBER),
    );
    this.close('}', open, 'the object type');
    const start = this.starts[open];
    return {
      kind: 'ObjectType',
      properties,
      offset: start,
      length: this.lengthFrom(start),
    };
  }

  private parseTupleType(): TypeExpression {
    const open = this.next();
    const items = this.parseList(']', 'block', 'tuple items', () =>
      this.attempt((): TupleTypeItem => {
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
      }, ARRAY_ITEM),
    );
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
