import type {
  ArrayExpression,
  BinaryOperator,
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
  Located,
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
import { lex, makeDiagnostic, PositionMap, type Token, type TokenKind } from './lexer.js';

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
const CONDITION: Stops = new Set([')', '{', 'newline']);
const DECLARED_TYPE: Stops = new Set(['=', 'newline']);
const RETURN_TYPE: Stops = new Set(['=>', 'newline']);
const FUNCTION_PARAMETER: Stops = new Set([',', ')', 'newline']);
const UNION_MEMBER: Stops = new Set(['|', 'newline', '}', ')', ']', ',', '=']);

const OPENERS = new Set<TokenKind>(['{', '(', '[']);
const CLOSERS = new Set<TokenKind>(['}', ')', ']']);

function describeToken(token: Token, text: string): string {
  switch (token.kind) {
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
      const raw = text.slice(token.start, Math.min(token.end, token.start + 30));
      return `'${raw}${token.end - token.start > 30 ? '…' : ''}'`;
    }
  }
}

export function parseBicep(text: string, file = '', options: ParseOptions = {}): Program {
  const mode: FileMode =
    options.mode ?? (file.toLowerCase().endsWith('.bicepparam') ? 'bicepparam' : 'bicep');
  return new Parser(text, file, mode).parseProgram();
}

class Parser {
  private readonly tokens: Token[];
  private readonly positions: PositionMap;
  private readonly lexed: ReturnType<typeof lex>;
  private readonly diagnostics: Diagnostic[] = [];
  private pos = 0;
  /** The end of the last token read that is not a new line: where a node being built ends. */
  private lastEnd = 0;
  private depth = 0;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly mode: FileMode,
  ) {
    this.positions = new PositionMap(text);
    this.lexed = lex(text, this.positions);
    this.tokens = this.lexed.tokens;
  }

  // ---------------------------------------------------------------------------------------------------
  // Tokens

  private peek(ahead = 0): Token {
    const i = this.pos + ahead;
    return i < this.tokens.length ? this.tokens[i] : this.tokens[this.tokens.length - 1];
  }

  private at(kind: TokenKind): boolean {
    return this.tokens[this.pos].kind === kind;
  }

  private atKeyword(word: string): boolean {
    const token = this.tokens[this.pos];
    return token.kind === 'identifier' && token.value === word;
  }

  private atLineEnd(): boolean {
    const kind = this.tokens[this.pos].kind;
    return kind === 'newline' || kind === 'eof';
  }

  private next(): Token {
    const token = this.tokens[this.pos];
    if (token.kind !== 'eof') {
      this.pos++;
      if (token.kind !== 'newline') this.lastEnd = token.end;
    }
    return token;
  }

  /** Reads a token of this kind if it is next. */
  private eat(kind: TokenKind): boolean {
    if (this.tokens[this.pos].kind !== kind) return false;
    this.next();
    return true;
  }

  private skipNewlines(): void {
    while (this.tokens[this.pos].kind === 'newline') this.pos++;
  }

  /** The index of the first token at or after `from` that is not a new line. */
  private indexPastNewlines(from = this.pos): number {
    let i = from;
    while (this.tokens[i].kind === 'newline') i++;
    return i;
  }

  private peekPastNewlines(from = this.pos): Token {
    return this.tokens[this.indexPastNewlines(from)];
  }

  private isColumnOne(token: Token): boolean {
    if (token.start === 0) return true;
    const before = this.text.charCodeAt(token.start - 1);
    return before === 10 || before === 13 || (token.start === 1 && before === 0xfeff);
  }

  /** Whether the token at `index` begins a declaration (a keyword followed by what a declaration has next). */
  private declarationStartsAt(index: number): boolean {
    const token = this.tokens[index];
    if (token.kind === '@') return this.tokens[index + 1]?.kind === 'identifier';
    if (token.kind !== 'identifier' || !DECLARATION_KEYWORDS.has(token.value)) return false;
    switch (this.tokens[index + 1]?.kind) {
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
    const token = this.tokens[this.pos];
    return this.isColumnOne(token) && this.declarationStartsAt(this.pos);
  }

  // ---------------------------------------------------------------------------------------------------
  // Nodes, diagnostics and recovery

  private loc(start: number): Located {
    const length = Math.max(0, this.lastEnd - start);
    return { offset: start, length, range: this.positions.range(start, length) };
  }

  private report(code: string, message: string, offset: number, length: number): void {
    if (this.diagnostics.length > MAX_DIAGNOSTICS) return;
    this.diagnostics.push(makeDiagnostic(this.positions, code, message, offset, length));
  }

  private reportAt(token: Token, code: string, message: string): void {
    const length = token.kind === 'newline' || token.kind === 'eof' ? 0 : token.end - token.start;
    this.report(code, message, token.start, length);
  }

  private failure(code: string, message: string, token = this.peek()): SyntaxFailure {
    const length = token.kind === 'newline' || token.kind === 'eof' ? 0 : token.end - token.start;
    return new SyntaxFailure(code, message, token.start, length, token.kind === 'unrecognized');
  }

  private reportFailure(failure: SyntaxFailure): void {
    if (!failure.silent) this.report(failure.code, failure.message, failure.offset, failure.length);
  }

  /** Throws "expected X, found Y". */
  private expected(what: string, token = this.peek()): never {
    throw this.failure(
      'unexpected-token',
      `expected ${what}, found ${describeToken(token, this.text)}`,
      token,
    );
  }

  private expect(kind: TokenKind, what: string): Token {
    if (this.at(kind)) return this.next();
    return this.expected(what);
  }

  private expectKeyword(word: string, what: string): Token {
    if (this.atKeyword(word)) return this.next();
    return this.expected(what);
  }

  private identifier(): Identifier {
    const token = this.next();
    return { kind: 'Identifier', name: token.value, ...this.loc(token.start) };
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
      if (!(error instanceof SyntaxFailure)) throw error;
      this.depth = depth;
      this.reportFailure(error);
      this.skip(stops, false);
      return this.errorNode(startPos);
    }
  }

  /** Like `recover`, but what failed is dropped (a member of an object, say). */
  private attempt<T>(parse: () => T, stops: Stops): T | null {
    const depth = this.depth;
    try {
      return parse();
    } catch (error) {
      if (!(error instanceof SyntaxFailure)) throw error;
      this.depth = depth;
      this.reportFailure(error);
      this.skip(stops, false);
      return null;
    }
  }

  private errorNode(startPos: number): ErrorNode {
    let first = startPos;
    while (first < this.pos && this.tokens[first].kind === 'newline') first++;
    if (first >= this.pos) {
      // nothing was read: an empty node right after the last token, inside whatever encloses it
      return { kind: 'Error', offset: this.lastEnd, length: 0, range: this.positions.range(this.lastEnd, 0) };
    }
    return { kind: 'Error', ...this.loc(this.tokens[first].start) };
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
      const token = this.tokens[this.pos];
      const kind = token.kind;
      if (kind === 'eof') return;
      if (kind === 'stringLeft') {
        strings++;
      } else if (kind === 'stringMiddle' || kind === 'stringRight') {
        if (strings === 0) return;
        if (kind === 'stringRight') strings--;
      } else if (strings === 0) {
        if (kind === 'newline') {
          if (brackets === 0 && stops.has(kind)) return;
          if (this.isColumnOne(this.tokens[this.pos + 1]) && this.declarationStartsAt(this.pos + 1)) return;
        } else if (brackets === 0 && stops.has(kind)) {
          return;
        } else if (OPENERS.has(kind)) {
          brackets++;
        } else if (CLOSERS.has(kind)) {
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
      const token = this.tokens[this.pos];
      const kind = token.kind;
      if (kind === 'eof') return;
      if (kind === 'newline') {
        const following = this.tokens[this.pos + 1];
        if (this.declarationStartsAt(this.pos + 1) && (brackets === 0 || this.isColumnOne(following))) return;
      } else if (OPENERS.has(kind)) {
        brackets++;
      } else if (CLOSERS.has(kind)) {
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
            `expected a new line after the declaration, found ${describeToken(this.peek(), this.text)}`,
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
      range: this.positions.range(0, this.text.length),
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
      const start = this.next().start;
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
          ...this.loc(start),
        };
        return node;
      }, LINE);
      if (decorator) decorators.push(decorator);
      // (at a declaration that starts the next line, an unclosed argument list was reported)
      if (!this.atLineEnd() && !this.atDeclarationBoundary()) {
        this.reportAt(
          this.peek(),
          'unexpected-token',
          `expected a new line after the decorator, found ${describeToken(this.peek(), this.text)}`,
        );
        // go on with a declaration on the same line; skip anything else
        if (!this.declarationStartsAt(this.pos)) this.skip(LINE, true);
      }
      this.skipNewlines();
      if (this.pos === startPos) break;
    }
    return decorators;
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
        : { kind: 'PropertyAccess', object: expression, property: name, safe: false, ...this.loc(start) };
    }
    return expression;
  }

  private parseDeclaration(): Declaration {
    const start = this.peek().start;
    const decorators = this.parseDecorators();
    const token = this.peek();
    const keywords = this.mode === 'bicep' ? BICEP_KEYWORDS : BICEPPARAM_KEYWORDS;
    if (token.kind === 'identifier' && keywords.has(token.value)) {
      return this.parseKeywordDeclaration(token.value, start, decorators);
    }
    if (token.kind === 'identifier' && DECLARATION_KEYWORDS.has(token.value)) {
      throw this.failure(
        'wrong-file-kind',
        this.mode === 'bicep'
          ? `'${token.value}' declarations belong in a .bicepparam file`
          : `'${token.value}' declarations are not allowed in a .bicepparam file`,
        token,
      );
    }
    if (decorators.length > 0) {
      this.reportAt(
        token,
        'missing-declaration',
        `expected a declaration after the decorator, found ${describeToken(token, this.text)}`,
      );
      const missing: Declaration = { kind: 'MissingDeclaration', decorators, ...this.loc(start) };
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
        return { kind: 'TargetScopeDeclaration', decorators, value, ...this.loc(start) };
      }
      case 'metadata': {
        this.next();
        const name = this.expectIdentifier('the metadata name after metadata');
        this.expect('=', "'=' after the metadata name");
        const value = this.parseValue();
        return { kind: 'MetadataDeclaration', decorators, name, value, ...this.loc(start) };
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
        return { kind: 'VariableDeclaration', decorators, name, type, value, ...this.loc(start) };
      }
      case 'resource':
        return this.parseResource(start, decorators);
      case 'module': {
        this.next();
        const name = this.expectIdentifier('the module name after module');
        const path = this.expectString("the module path after the module name ('./module.bicep')");
        this.expect('=', "'=' after the module path");
        if (this.peekPastNewlines().kind === 'identifier' && this.peekPastNewlines().value === 'if')
          this.skipNewlines();
        const value = this.recover(() => this.parseResourceBody(false), LINE);
        return { kind: 'ModuleDeclaration', decorators, name, path, value, ...this.loc(start) };
      }
      case 'output': {
        this.next();
        const name = this.expectIdentifier('the output name after output');
        if (this.atLineEnd() || this.at('=')) this.expected('the output type after the output name');
        const type = this.recover(() => this.parseType(true), DECLARED_TYPE);
        this.expect('=', "'=' after the output type");
        const value = this.parseValue();
        return { kind: 'OutputDeclaration', decorators, name, type, value, ...this.loc(start) };
      }
      case 'type': {
        this.next();
        const name = this.expectIdentifier('the type name after type');
        this.expect('=', "'=' after the type name");
        const value = this.recover(() => this.parseType(false), LINE);
        return { kind: 'TypeDeclaration', decorators, name, value, ...this.loc(start) };
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
        return { kind: 'TestDeclaration', decorators, name, path, value, ...this.loc(start) };
      }
      case 'assert': {
        this.next();
        const name = this.expectIdentifier('the assertion name after assert');
        this.expect('=', "'=' after the assertion name");
        const value = this.parseValue();
        return { kind: 'AssertDeclaration', decorators, name, value, ...this.loc(start) };
      }
      case 'using': {
        this.next();
        let path: StringLiteral | InterpolatedString | null = null;
        if (this.atKeyword('none')) this.next();
        else path = this.expectString("the path of a Bicep file (or 'none') after using");
        const config = this.parseWithClause();
        return { kind: 'UsingDeclaration', decorators, path, config, ...this.loc(start) };
      }
      case 'extends': {
        this.next();
        const path = this.expectString('the path of a parameters file after extends');
        return { kind: 'ExtendsDeclaration', decorators, path, ...this.loc(start) };
      }
      case 'extensionConfig': {
        this.next();
        const alias = this.expectIdentifier('the extension alias after extensionConfig');
        const config = this.parseWithClause();
        if (!config) this.expected("'with' after the extension alias");
        return { kind: 'ExtensionConfigAssignment', decorators, alias, config, ...this.loc(start) };
      }
      default:
        return this.expected('a declaration');
    }
  }

  /** The value after `=` of a declaration: an expression, or an Error node up to the end of the line. */
  private parseValue(): Expression {
    return this.recover(() => this.parseExpression(true), LINE);
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
        `expected '=' or a new line after the parameter type, found ${describeToken(this.peek(), this.text)}`,
      );
      this.skip(LINE, true);
    }
    return { kind: 'ParameterDeclaration', decorators, name, type, defaultValue, ...this.loc(start) };
  }

  private parseParameterAssignment(start: number, decorators: Decorator[]): Declaration {
    this.next();
    const name = this.expectIdentifier('the parameter name after param');
    this.expect('=', "'=' after the parameter name");
    const value = this.parseValue();
    return { kind: 'ParameterAssignment', decorators, name, value, ...this.loc(start) };
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
    if (this.peekPastNewlines().kind === 'identifier' && this.peekPastNewlines().value === 'if')
      this.skipNewlines();
    const value = this.recover(() => this.parseResourceBody(true), LINE);
    return { kind: 'ResourceDeclaration', decorators, name, type, existing, value, ...this.loc(start) };
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
      const parameterStart = this.peek().start;
      const parameterName = this.expectIdentifier("a parameter name or ')'");
      const type = this.recover(() => this.parseType(false), FUNCTION_PARAMETER);
      parameters.push({ kind: 'FunctionParameter', name: parameterName, type, ...this.loc(parameterStart) });
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
      ...this.loc(start),
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
          const symbolStart = this.peek().start;
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
          return { kind: 'ImportedSymbol', name, alias, ...this.loc(symbolStart) };
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
    return { kind: 'ImportDeclaration', decorators, symbols, namespace, from, ...this.loc(start) };
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
      ...this.loc(start),
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
   * lines allowed around them, as arguments are (`call`). `parseElement` recovers by itself and returns
   * null for a member it dropped.
   */
  private parseList<T>(
    close: TokenKind,
    style: 'block' | 'call',
    what: string,
    parseElement: () => T | null,
  ): T[] {
    const out: T[] = [];
    if (this.at(close)) return out;
    this.skipNewlines();
    let expectElement = true;
    while (!this.at(close) && !this.at('eof')) {
      if (this.atDeclarationBoundary()) break;
      if (!expectElement) {
        if (this.at('newline')) {
          const following = this.peekPastNewlines();
          this.skipNewlines();
          if (
            style === 'call' &&
            following.kind !== close &&
            following.kind !== 'eof' &&
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
            `expected ${style === 'block' ? "a new line or ','" : "','"} between ${what}, found ${describeToken(token, this.text)}`,
          );
          if (CLOSERS.has(token.kind)) break;
        }
        expectElement = true;
        continue;
      }
      // a bracket that closes an enclosing construct: this one was left open
      if (CLOSERS.has(this.peek().kind)) break;
      const before = this.pos;
      const element = parseElement();
      if (element !== null) out.push(element);
      if (this.pos === before) {
        // nothing could be read here
        if (CLOSERS.has(this.peek().kind)) break;
        if (!this.at(',') && !this.atLineEnd()) this.next();
      }
      expectElement = false;
    }
    return out;
  }

  /** Reads the closing token of a list, or reports that it is missing (and goes on without it). */
  private close(kind: TokenKind, open: Token, what: string): void {
    if (this.at(kind)) {
      this.next();
      return;
    }
    const where = this.positions.position(open.start);
    this.reportAt(
      this.peek(),
      'unclosed',
      `expected '${kind}' to close ${what} opened at line ${where.line}, column ${where.column}, found ${describeToken(this.peek(), this.text)}`,
    );
  }

  // ---------------------------------------------------------------------------------------------------
  // Expressions

  /**
   * An expression. `complex`: objects and arrays may appear (everywhere but in interpolation holes).
   */
  private parseExpression(complex: boolean): Expression {
    this.enter();
    const start = this.peek().start;
    const condition = this.parseBinary(0, complex);
    if (this.peekPastNewlines().kind !== '?') {
      this.depth--;
      return condition;
    }
    this.skipNewlines();
    this.next();
    const consequent = this.recover(() => this.parseExpression(complex), TERNARY_TRUE);
    if (consequent.kind !== 'Error' && this.peekPastNewlines().kind === ':') this.skipNewlines();
    let alternate: Expression;
    if (this.at(':')) {
      this.next();
      alternate = this.recover(() => this.parseExpression(complex), OPERAND);
    } else {
      this.reportAt(
        this.peek(),
        'unexpected-token',
        `expected ':' in the conditional expression, found ${describeToken(this.peek(), this.text)}`,
      );
      alternate = this.errorNode(this.pos);
    }
    this.depth--;
    return { kind: 'TernaryExpression', condition, consequent, alternate, ...this.loc(start) };
  }

  private parseBinary(minPrecedence: number, complex: boolean): Expression {
    const start = this.peek().start;
    let left = this.parseUnary(complex);
    let chain = 0;
    for (;;) {
      const operator = this.peek().kind as BinaryOperator;
      const precedence = BINARY_PRECEDENCE[operator];
      if (precedence === undefined || precedence <= minPrecedence) break;
      if (++chain > MAX_CHAIN_LENGTH) {
        throw this.failure('too-long', `the expression has more than ${MAX_CHAIN_LENGTH} operators in a row`);
      }
      this.next();
      const right = this.recover(() => this.parseBinary(precedence, complex), OPERAND);
      left = { kind: 'BinaryExpression', operator, left, right, ...this.loc(start) };
    }
    return left;
  }

  private parseUnary(complex: boolean): Expression {
    const token = this.peek();
    if (token.kind === '!' || token.kind === '-') {
      this.next();
      const operand = this.recover(() => this.parseMember(complex), OPERAND);
      return { kind: 'UnaryExpression', operator: token.kind, operand, ...this.loc(token.start) };
    }
    return this.parseMember(complex);
  }

  private parseMember(complex: boolean): Expression {
    const start = this.peek().start;
    let expression = this.parsePrimary(complex);
    let chain = 0;
    for (;;) {
      const kind = this.peek().kind;
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
          index = this.recover(() => this.parseExpression(complex), INDEX);
        }
        this.close(']', open, 'the index');
        expression = { kind: 'IndexAccess', object: expression, index, safe, fromEnd, ...this.loc(start) };
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
            ...this.loc(start),
          };
        }
      } else if (kind === '::') {
        this.next();
        const name = this.expectIdentifier("a nested resource name after '::'");
        expression = { kind: 'ResourceAccess', object: expression, name, ...this.loc(start) };
      } else {
        this.next();
        expression = { kind: 'NonNullAssertion', expression, ...this.loc(start) };
      }
    }
    return expression;
  }

  private parsePrimary(complex: boolean): Expression {
    const token = this.peek();
    switch (token.kind) {
      case 'integer':
        return this.parseInteger();
      case 'true':
      case 'false':
        this.next();
        return { kind: 'BooleanLiteral', value: token.kind === 'true', ...this.loc(token.start) };
      case 'null':
        this.next();
        return { kind: 'NullLiteral', ...this.loc(token.start) };
      case 'string':
      case 'stringLeft':
        return this.parseString();
      case 'multilineString':
        this.next();
        return { kind: 'StringLiteral', value: token.value, multiline: true, ...this.loc(token.start) };
      case '{':
        if (!complex) this.reportComplexLiteral(token);
        return this.parseObject(false);
      case '[': {
        if (!complex) this.reportComplexLiteral(token);
        const following = this.peekPastNewlines(this.pos + 1);
        if (following.kind === 'identifier' && following.value === 'for') return this.parseFor(false, false);
        return this.parseArray();
      }
      case '(':
        return this.parseParenthesizedOrLambda(complex);
      case 'identifier': {
        const name = this.identifier();
        if (this.at('(')) return this.parseCall(token.start, null, name, complex);
        if (this.at('=>')) return this.parseLambdaBody(token.start, [name]);
        return name;
      }
      default:
        return this.expected('an expression', token);
    }
  }

  private reportComplexLiteral(token: Token): void {
    this.reportAt(
      token,
      'complex-literal',
      'objects and arrays cannot be written inside a string interpolation',
    );
  }

  private parseInteger(): IntegerLiteral {
    const token = this.next();
    const raw = token.value;
    if (raw.length > 19 && (raw.length > 20 || BigInt(raw) > 18446744073709551615n)) {
      this.reportAt(token, 'invalid-integer', `the integer ${raw} is too large`);
    }
    return { kind: 'IntegerLiteral', value: Number(raw), raw, ...this.loc(token.start) };
  }

  /** A string (with or without interpolation) at the current token, which is `string` or `stringLeft`. */
  private parseString(): StringLiteral | InterpolatedString {
    const first = this.next();
    if (first.kind === 'string') {
      return { kind: 'StringLiteral', value: first.value, multiline: false, ...this.loc(first.start) };
    }
    const segments = [first.value];
    const expressions: Expression[] = [];
    for (;;) {
      const expression = this.recover(() => this.parseExpression(false), HOLE);
      if (!this.at('stringMiddle') && !this.at('stringRight')) {
        const token = this.peek();
        if (token.kind !== 'eof') {
          this.reportAt(
            token,
            'unexpected-token',
            `expected '}' to end the interpolation, found ${describeToken(token, this.text)}`,
          );
          this.skip(HOLE, false);
        }
      }
      expressions.push(expression);
      if (!this.at('stringMiddle') && !this.at('stringRight')) {
        // only at the end of the file; the lexer closes every string
        segments.push('');
        break;
      }
      const piece = this.next();
      segments.push(piece.value);
      if (piece.kind === 'stringRight') break;
    }
    return { kind: 'InterpolatedString', segments, expressions, ...this.loc(first.start) };
  }

  private expectString(what: string): StringLiteral | InterpolatedString {
    if (!this.at('string') && !this.at('stringLeft')) this.expected(what);
    return this.parseString();
  }

  private parseObject(allowResources: boolean): ObjectExpression {
    const open = this.next();
    const properties = this.parseList('}', 'block', 'properties', () =>
      this.parseObjectMember(allowResources),
    );
    this.close('}', open, 'the object');
    return { kind: 'ObjectExpression', properties, ...this.loc(open.start) };
  }

  private parseObjectMember(allowResources: boolean): ObjectMember | null {
    return this.attempt((): ObjectMember => {
      const token = this.peek();
      if (
        allowResources &&
        (token.kind === '@' || (this.atKeyword('resource') && this.peek(1).kind === 'identifier'))
      ) {
        const decorators = this.parseDecorators();
        if (!this.atKeyword('resource')) this.expected('a nested resource declaration after the decorator');
        return this.parseResource(token.start, decorators);
      }
      if (token.kind === '...') return this.parseSpread(OBJECT_MEMBER);
      let key: Identifier | StringLiteral | InterpolatedString;
      let name: string | null;
      if (token.kind === 'identifier') {
        key = this.identifier();
        name = key.name;
      } else if (token.kind === 'string' || token.kind === 'stringLeft') {
        key = this.parseString();
        name = key.kind === 'StringLiteral' ? key.value : null;
      } else {
        return this.expected('a property name');
      }
      this.expect(':', "':' after the property name");
      const value = this.recover(() => this.parseExpression(true), OBJECT_MEMBER);
      return { kind: 'ObjectProperty', key, name, value, ...this.loc(token.start) };
    }, OBJECT_MEMBER);
  }

  private parseSpread(stops: Stops): SpreadElement {
    const start = this.next().start;
    const expression = this.recover(() => this.parseExpression(true), stops);
    return { kind: 'SpreadElement', expression, ...this.loc(start) };
  }

  private parseArray(): ArrayExpression {
    const open = this.next();
    const items = this.parseList(']', 'block', 'array items', (): Expression | SpreadElement =>
      this.at('...')
        ? this.parseSpread(ARRAY_ITEM)
        : this.recover(() => this.parseExpression(true), ARRAY_ITEM),
    );
    this.close(']', open, 'the array');
    return { kind: 'ArrayExpression', items, ...this.loc(open.start) };
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
      iterable = this.recover(() => this.parseExpression(true), FOR_ITERABLE);
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
    return { kind: 'ForExpression', item, index, iterable, body, ...this.loc(open.start) };
  }

  private parseIfCondition(allowResources: boolean): IfCondition {
    const start = this.next().start;
    this.expect('(', "'(' after if");
    this.skipNewlines();
    const condition = this.recover(() => this.parseExpression(true), CONDITION);
    this.skipNewlines();
    if (!this.at(')')) {
      this.reportAt(
        this.peek(),
        'unexpected-token',
        `expected ')' after the condition, found ${describeToken(this.peek(), this.text)}`,
      );
      this.skip(CONDITION, false);
      this.skipNewlines();
    }
    if (this.at(')')) this.next();
    if (!this.at('{')) this.expected("'{' after the condition");
    const body = this.parseObject(allowResources);
    return { kind: 'IfCondition', condition, body, ...this.loc(start) };
  }

  /** `(expression)` or a lambda's `(a, b) =>`. */
  private parseParenthesizedOrLambda(complex: boolean): Expression {
    this.enter();
    const open = this.next();
    const items: Expression[] = [];
    this.skipNewlines();
    while (!this.at(')') && !this.at('eof') && !this.atDeclarationBoundary()) {
      const before = this.pos;
      items.push(this.recover(() => this.parseExpression(complex), PAREN_ITEM));
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
          `expected ')' or ',', found ${describeToken(this.peek(), this.text)}`,
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
      return this.parseLambdaBody(open.start, parameters);
    }
    this.depth--;
    let expression: Expression;
    if (items.length === 1) {
      expression = items[0];
    } else {
      const at = items.length === 0 ? open.end : items[1].offset;
      this.report('unexpected-token', 'parentheses must hold exactly one expression', at, 0);
      expression = items[0] ?? {
        kind: 'Error',
        offset: open.end,
        length: 0,
        range: this.positions.range(open.end, 0),
      };
    }
    return { kind: 'ParenthesizedExpression', expression, ...this.loc(open.start) };
  }

  /** New lines may come between `=>` and the body, unless the next line starts a declaration. */
  private skipNewlinesBeforeLambdaBody(): void {
    const following = this.peekPastNewlines();
    if (!(following.kind === 'identifier' && DECLARATION_KEYWORDS.has(following.value))) this.skipNewlines();
  }

  /** At `=>`. */
  private parseLambdaBody(start: number, parameters: Identifier[]): Expression {
    this.next();
    this.skipNewlinesBeforeLambdaBody();
    const body = this.recover(() => this.parseExpression(true), OPERAND);
    return { kind: 'LambdaExpression', parameters, body, ...this.loc(start) };
  }

  /** At `(` after a function name. */
  private parseCall(
    start: number,
    object: Expression | null,
    name: Identifier,
    complex: boolean,
  ): Expression {
    const open = this.next();
    const args = this.parseList(')', 'call', 'arguments', () =>
      this.recover(() => this.parseExpression(complex), ARGUMENT),
    );
    this.close(')', open, 'the argument list');
    return { kind: 'FunctionCall', object, name, arguments: args, ...this.loc(start) };
  }

  // ---------------------------------------------------------------------------------------------------
  // Types

  /** A declared type: `resource 'T@v'` (for an output the type string may be left out) or a type expression. */
  private parseType(allowOptionalResourceType: boolean): TypeExpression {
    if (this.atKeyword('resource') && this.peek(1).kind !== '<') {
      const start = this.next().start;
      let typeString: StringLiteral | InterpolatedString | null = null;
      if (this.at('string') || this.at('stringLeft')) typeString = this.parseString();
      else if (!allowOptionalResourceType) this.expected("the resource type string after 'resource'");
      return { kind: 'ResourceType', typeString, ...this.loc(start) };
    }
    return this.parseTypeExpression();
  }

  private atUnionSeparator(): boolean {
    return this.at('|') || (this.at('newline') && this.peekPastNewlines().kind === '|');
  }

  private parseTypeExpression(): TypeExpression {
    this.enter();
    const startToken = this.peekPastNewlines();
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
    return { kind: 'UnionType', members, ...this.loc(startToken.start) };
  }

  private parseUnaryType(): TypeExpression {
    const token = this.peek();
    let type: TypeExpression;
    if (token.kind === '!' || token.kind === '-') {
      this.next();
      const operand = this.parseMemberType();
      type = { kind: 'UnaryType', operator: token.kind as UnaryOperator, operand, ...this.loc(token.start) };
    } else {
      type = this.parseMemberType();
    }
    for (;;) {
      if (this.at('?')) {
        this.next();
        type = { kind: 'NullableType', base: type, ...this.loc(token.start) };
      } else if (this.at('!')) {
        this.next();
        type = { kind: 'NonNullableType', base: type, ...this.loc(token.start) };
      } else {
        return type;
      }
    }
  }

  private parseMemberType(): TypeExpression {
    const start = this.peek().start;
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
          type = { kind: 'ArrayType', element: type, ...this.loc(start) };
        } else if (this.at('*')) {
          this.next();
          this.close(']', open, 'the index');
          type = { kind: 'TypeItemsAccess', object: type, ...this.loc(start) };
        } else {
          const index = this.recover(() => this.parseExpression(false), INDEX);
          this.close(']', open, 'the index');
          type = { kind: 'TypeIndexAccess', object: type, index, ...this.loc(start) };
        }
      } else {
        this.next();
        if (this.at('*')) {
          this.next();
          type = { kind: 'TypeAdditionalPropertiesAccess', object: type, ...this.loc(start) };
          continue;
        }
        const name = this.expectIdentifier("a property name after '.'");
        type = this.at('<')
          ? this.parseTypeArguments(start, type, name)
          : { kind: 'TypePropertyAccess', object: type, property: name, ...this.loc(start) };
      }
    }
  }

  private parsePrimaryType(): TypeExpression {
    const token = this.peek();
    switch (token.kind) {
      case 'integer':
        return this.parseInteger();
      case 'true':
      case 'false':
        this.next();
        return { kind: 'BooleanLiteral', value: token.kind === 'true', ...this.loc(token.start) };
      case 'null':
        this.next();
        return { kind: 'NullLiteral', ...this.loc(token.start) };
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
      case 'multilineString':
        this.next();
        return { kind: 'StringLiteral', value: token.value, multiline: true, ...this.loc(token.start) };
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
          this.skip(new Set<TokenKind>([')', 'newline']), false);
        }
        this.close(')', open, 'the parenthesis');
        this.depth--;
        return { kind: 'ParenthesizedType', type, ...this.loc(open.start) };
      }
      case 'identifier': {
        const name = this.identifier();
        if (this.at('<')) return this.parseTypeArguments(token.start, null, name);
        return { kind: 'TypeReference', name, ...this.loc(token.start) };
      }
      default:
        return this.expected('a type', token);
    }
  }

  /** At `<` after a parameterized type's name: `resourceInput<'T@v'>`. */
  private parseTypeArguments(start: number, object: TypeExpression | null, name: Identifier): TypeExpression {
    const open = this.next();
    const args = this.parseList('>', 'call', 'type arguments', () =>
      this.recover(() => this.parseTypeExpression(), TYPE_ARGUMENT),
    );
    this.close('>', open, 'the type arguments');
    return { kind: 'ParameterizedType', object, name, arguments: args, ...this.loc(start) };
  }

  private parseObjectType(): TypeExpression {
    const open = this.next();
    const properties = this.parseList('}', 'block', 'properties', () =>
      this.attempt((): ObjectTypeProperty | ObjectTypeAdditionalProperties => {
        const start = this.peek().start;
        const decorators = this.parseDecorators();
        const token = this.peek();
        if (token.kind === '*') {
          this.next();
          this.expect(':', "':' after '*'");
          const value = this.recover(() => this.parseTypeExpression(), OBJECT_MEMBER);
          return { kind: 'ObjectTypeAdditionalProperties', decorators, value, ...this.loc(start) };
        }
        let key: Identifier | StringLiteral | InterpolatedString;
        let name: string | null;
        if (token.kind === 'identifier') {
          key = this.identifier();
          name = key.name;
        } else if (token.kind === 'string' || token.kind === 'stringLeft') {
          key = this.parseString();
          name = key.kind === 'StringLiteral' ? key.value : null;
        } else {
          return this.expected("a property name or '*'");
        }
        let optional = false;
        if (this.at('?') && this.peek(1).kind === ':') {
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
            range: value.range,
          };
        return { kind: 'ObjectTypeProperty', decorators, key, name, value, ...this.loc(start) };
      }, OBJECT_MEMBER),
    );
    this.close('}', open, 'the object type');
    return { kind: 'ObjectType', properties, ...this.loc(open.start) };
  }

  private parseTupleType(): TypeExpression {
    const open = this.next();
    const items = this.parseList(']', 'block', 'tuple items', () =>
      this.attempt((): TupleTypeItem => {
        const start = this.peek().start;
        const decorators = this.parseDecorators();
        const value = this.recover(() => this.parseTypeExpression(), ARRAY_ITEM);
        return { kind: 'TupleTypeItem', decorators, value, ...this.loc(start) };
      }, ARRAY_ITEM),
    );
    this.close(']', open, 'the tuple type');
    return { kind: 'TupleType', items, ...this.loc(open.start) };
  }
}
