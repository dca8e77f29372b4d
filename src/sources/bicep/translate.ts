import type { Expr, FunctionCall as ArmCall } from '../arm/expressions/index.js';
import type {
  BinaryOperator,
  Expression,
  FunctionCall,
  IndexAccess,
  InterpolatedString,
  LambdaExpression,
  Located,
  ObjectExpression,
  PropertyAccess,
  ResourceAccess,
} from './ast.js';

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
export const HOOK_NAMESPACE = '$bicep';

export type SymbolKind =
  'local' | 'parameter' | 'variable' | 'resource' | 'module' | 'function' | 'namespace';

export interface Resolver {
  /** What a name designates where the expression is evaluated (lambda variables are the translator's). */
  kindOf(name: string): SymbolKind | undefined;
  /** Whether a name designates a resource declared with a for-expression. */
  isResourceCollection(symbol: string): boolean;
  /** Whether a name designates a module declared with a for-expression. */
  isModuleCollection(symbol: string): boolean;
  /** Remembers a node that the tree evaluator evaluates (a for-expression inside an expression). */
  register(node: Expression): number;
}

/** A construct that has no meaning here; the expression is then unknown for this reason. */
export class TranslationError extends Error {}

type Span = { start: number; end: number };

const span = (node: Located): Span => ({ start: node.offset, end: node.offset + node.length });

function call(name: string, args: Expr[], at: Span, namespace?: string): ArmCall {
  const expr: ArmCall = { kind: 'call', name, args, start: at.start, end: at.end };
  if (namespace !== undefined) expr.namespace = namespace;
  return expr;
}

export function hook(name: string, args: Expr[], at: Span): ArmCall {
  return call(name, args, at, HOOK_NAMESPACE);
}

const text = (value: string, at: Span): Expr => ({ kind: 'string', value, start: at.start, end: at.end });
const integer = (value: number, at: Span): Expr => ({ kind: 'integer', value, start: at.start, end: at.end });
const none = (at: Span): Expr => call('null', [], at);

const BINARY: Partial<Record<BinaryOperator, string>> = {
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
const HOOKED_FUNCTIONS: Record<string, string> = {
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
export function translate(expr: Expression, resolver: Resolver): Expr {
  return new Translator(resolver).expression(expr, new Set());
}

type Accessor =
  | { kind: 'property'; name: string; safe: boolean; node: Located }
  | { kind: 'index'; index: Expression; safe: boolean; fromEnd: boolean; node: Located };

class Translator {
  constructor(private readonly resolver: Resolver) {}

  expression(expr: Expression, lambdas: ReadonlySet<string>): Expr {
    const at = span(expr);
    switch (expr.kind) {
      case 'StringLiteral':
        return text(expr.value, at);
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
        const parts: Expr[] = [];
        let run: Expr[] = [];
        let spread = false;
        for (const item of expr.items) {
          if (item.kind === 'SpreadElement') {
            spread = true;
            if (run.length > 0) parts.push(call('createArray', run, at));
            run = [];
            parts.push(this.expression(item.expression, lambdas));
          } else {
            run.push(this.expression(item, lambdas));
          }
        }
        if (!spread) return call('createArray', run, at);
        if (run.length > 0) parts.push(call('createArray', run, at));
        return parts.length === 1
          ? call('concat', [parts[0], call('createArray', [], at)], at)
          : call('concat', parts, at);
      }
      case 'ForExpression':
        if (lambdas.size > 0) throw new TranslationError('a for-expression inside a lambda is not evaluated');
        return hook('node', [integer(this.resolver.register(expr), at)], at);
      case 'ParenthesizedExpression':
      case 'NonNullAssertion':
        return this.expression(expr.expression, lambdas);
      case 'UnaryExpression':
        if (expr.operator === '!') return call('not', [this.expression(expr.operand, lambdas)], at);
        if (expr.operand.kind === 'IntegerLiteral') return integer(-expr.operand.value, at);
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
            return call(
              'not',
              [call('equals', [call('toLower', [left], at), call('toLower', [right], at)], at)],
              at,
            );
          default:
            return call(BINARY[expr.operator]!, [left, right], at);
        }
      }
      case 'TernaryExpression':
        return call(
          'if',
          [
            this.expression(expr.condition, lambdas),
            this.expression(expr.consequent, lambdas),
            this.expression(expr.alternate, lambdas),
          ],
          at,
        );
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

  private identifier(name: string, at: Span, lambdas: ReadonlySet<string>): Expr {
    if (lambdas.has(name)) return call('lambdaVariables', [text(name, at)], at);
    switch (this.resolver.kindOf(name)) {
      case 'local':
        return hook('local', [text(name, at)], at);
      case 'parameter':
        return call('parameters', [text(name, at)], at);
      case 'variable':
        return call('variables', [text(name, at)], at);
      case 'resource':
        if (this.resolver.isResourceCollection(name))
          throw new TranslationError(`resource collection '${name}' needs an index`);
        return hook('resource', [text(name, at), none(at), text('id', at)], at);
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

  private interpolation(expr: InterpolatedString, lambdas: ReadonlySet<string>): Expr {
    const at = span(expr);
    let format = '';
    expr.segments.forEach((segment, index) => {
      format += segment.replace(/[{}]/g, (brace) => brace + brace);
      if (index < expr.expressions.length) format += `{${index}}`;
    });
    return call(
      'format',
      [text(format, at), ...expr.expressions.map((e) => this.expression(e, lambdas))],
      at,
    );
  }

  private object(expr: ObjectExpression, lambdas: ReadonlySet<string>): Expr {
    const at = span(expr);
    const parts: Expr[] = [];
    let run: Expr[] = [];
    let spread = false;
    for (const member of expr.properties) {
      if (member.kind === 'ResourceDeclaration')
        throw new TranslationError('a nested resource is not a value');
      if (member.kind === 'SpreadElement') {
        spread = true;
        if (run.length > 0) parts.push(call('createObject', run, at));
        run = [];
        parts.push(this.expression(member.expression, lambdas));
        continue;
      }
      const key =
        member.name !== null ? text(member.name, span(member.key)) : this.expression(member.key, lambdas);
      run.push(key, this.expression(member.value, lambdas));
    }
    if (!spread) return call('createObject', run, at);
    if (run.length > 0) parts.push(call('createObject', run, at));
    return call('shallowMerge', [call('createArray', parts, at)], at);
  }

  private lambda(expr: LambdaExpression, lambdas: ReadonlySet<string>): Expr {
    const inner = new Set(lambdas);
    for (const parameter of expr.parameters) inner.add(parameter.name);
    const at = span(expr);
    return call(
      'lambda',
      [...expr.parameters.map((p) => text(p.name, span(p))), this.expression(expr.body, inner)],
      at,
    );
  }

  private call(expr: FunctionCall, lambdas: ReadonlySet<string>): Expr {
    const at = span(expr);
    const name = expr.name.name;
    const args = () => expr.arguments.map((arg) => this.expression(arg, lambdas));
    if (expr.object !== null) {
      const target = this.symbolRoot(expr.object, lambdas);
      if (target?.kind === 'resource') {
        return hook('resourceCall', [text(target.symbol, at), target.index ?? none(at), text(name, at)], at);
      }
      if (target?.kind === 'module') throw new TranslationError(`a module has no function '${name}'`);
      const namespace = expr.object.kind === 'Identifier' ? expr.object.name : undefined;
      const kind = namespace === undefined ? undefined : this.resolver.kindOf(namespace);
      if ((namespace === 'az' || namespace === 'sys') && (kind === undefined || kind === 'namespace'))
        return this.builtin(name, expr, lambdas, at);
      if (kind === 'namespace')
        throw new TranslationError(`imported function '${namespace}.${name}' is not evaluated`);
      throw new TranslationError(`'${name}' cannot be called on this value`);
    }
    if (!lambdas.has(name) && this.resolver.kindOf(name) === 'function')
      return hook('func', [text(name, at), ...args()], at);
    return this.builtin(name, expr, lambdas, at);
  }

  private builtin(name: string, expr: FunctionCall, lambdas: ReadonlySet<string>, at: Span): Expr {
    const args = expr.arguments.map((arg) => this.expression(arg, lambdas));
    const lower = name.toLowerCase();
    if (lower === 'any' && args.length === 1) return args[0];
    const hooked = HOOKED_FUNCTIONS[lower];
    if (hooked) return hook(hooked, [text(name, at), ...args], at);
    return call(name, args, at);
  }

  /** A resource or module a chain starts from: `hsm`, `keys[i]`, `hsm::key`, `mods[0]`. */
  private symbolRoot(
    expr: Expression,
    lambdas: ReadonlySet<string>,
  ): { kind: 'resource' | 'module'; symbol: string; index?: Expr } | undefined {
    if (expr.kind === 'Identifier') {
      if (lambdas.has(expr.name)) return undefined;
      const kind = this.resolver.kindOf(expr.name);
      if (kind === 'resource' || kind === 'module') return { kind, symbol: expr.name };
      return undefined;
    }
    if (expr.kind === 'ResourceAccess') {
      const parent = this.symbolRoot(expr.object, lambdas);
      if (parent?.kind !== 'resource' || parent.index !== undefined)
        throw new TranslationError(
          `'::${expr.name.name}' needs a resource declared without a loop on its left`,
        );
      return { kind: 'resource', symbol: `${parent.symbol}::${expr.name.name}` };
    }
    if (expr.kind === 'IndexAccess' && !expr.safe && !expr.fromEnd) {
      const base = this.symbolRoot(expr.object, lambdas);
      if (!base || base.index !== undefined) return undefined;
      const collection =
        base.kind === 'resource'
          ? this.resolver.isResourceCollection(base.symbol)
          : this.resolver.isModuleCollection(base.symbol);
      if (!collection) return undefined;
      return { ...base, index: this.expression(expr.index, lambdas) };
    }
    return undefined;
  }

  private access(expr: PropertyAccess | IndexAccess | ResourceAccess, lambdas: ReadonlySet<string>): Expr {
    // Unwind the chain down to its root.
    const accessors: Accessor[] = [];
    let root: Expression = expr;
    for (;;) {
      const symbol = this.symbolRoot(root, lambdas);
      if (symbol) return this.symbolAccess(symbol, accessors, root, lambdas);
      if (root.kind === 'PropertyAccess') {
        accessors.unshift({ kind: 'property', name: root.property.name, safe: root.safe, node: root });
        root = root.object;
      } else if (root.kind === 'IndexAccess') {
        accessors.unshift({
          kind: 'index',
          index: root.index,
          safe: root.safe,
          fromEnd: root.fromEnd,
          node: root,
        });
        root = root.object;
      } else if (root.kind === 'NonNullAssertion' || root.kind === 'ParenthesizedExpression') {
        root = root.expression;
      } else if (root.kind === 'ResourceAccess') {
        throw new TranslationError(`'::${root.name.name}' needs a resource on its left`);
      } else {
        break;
      }
    }
    return this.applyAccessors(this.expression(root, lambdas), accessors, lambdas);
  }

  /** Property and index access; from the first safe access on, the rest of the chain joins one `tryGet`. */
  private applyAccessors(start: Expr, accessors: Accessor[], lambdas: ReadonlySet<string>): Expr {
    let current = start;
    let tryGet: ArmCall | undefined;
    for (const accessor of accessors) {
      const at = span(accessor.node);
      if (accessor.kind === 'index' && accessor.fromEnd) {
        const offset = this.expression(accessor.index, lambdas);
        const index = call('sub', [call('length', [current], at), offset], at);
        current = accessor.safe
          ? call('tryGet', [current, index], at)
          : { kind: 'index', target: current, index, ...at };
        tryGet = accessor.safe ? (current as ArmCall) : undefined;
        continue;
      }
      const key =
        accessor.kind === 'property' ? text(accessor.name, at) : this.expression(accessor.index, lambdas);
      if (tryGet) {
        tryGet = { ...tryGet, args: [...tryGet.args, key], end: at.end };
        current = tryGet;
      } else if (accessor.safe) {
        tryGet = call('tryGet', [current, key], { start: current.start, end: at.end });
        current = tryGet;
      } else if (accessor.kind === 'property') {
        current = {
          kind: 'property',
          target: current,
          name: accessor.name,
          start: current.start,
          end: at.end,
        };
      } else {
        current = { kind: 'index', target: current, index: key, start: current.start, end: at.end };
      }
    }
    return current;
  }

  /** `hsm.id`, `hsm.properties.x`, `keys[0].name`, `mod.outputs.x`, `mods[i].outputs['x']`. */
  private symbolAccess(
    symbol: { kind: 'resource' | 'module'; symbol: string; index?: Expr },
    accessors: Accessor[],
    root: Expression,
    lambdas: ReadonlySet<string>,
  ): Expr {
    const at = span(root);
    const index = symbol.index ?? none(at);
    if (symbol.kind === 'resource') {
      if (symbol.index === undefined && this.resolver.isResourceCollection(symbol.symbol))
        throw new TranslationError(`resource collection '${symbol.symbol}' needs an index`);
      const [first, ...rest] = accessors;
      if (!first) return hook('resource', [text(symbol.symbol, at), index, text('id', at)], at);
      const property =
        first.kind === 'property'
          ? text(first.name, span(first.node))
          : this.expression(first.index, lambdas);
      const base = hook('resource', [text(symbol.symbol, at), index, property], {
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
      return this.applyAccessors(
        hook('module', [text(symbol.symbol, at), index, text('name', firstAt)], {
          start: at.start,
          end: firstAt.end,
        }),
        [second, ...rest].filter((a) => a !== undefined),
        lambdas,
      );
    if (first.name !== 'outputs')
      throw new TranslationError(
        `module '${symbol.symbol}' has no property '${first.name}' before deployment`,
      );
    if (!second)
      return hook('module', [text(symbol.symbol, at), index, text('outputs', firstAt)], {
        start: at.start,
        end: firstAt.end,
      });
    const secondAt = span(second.node);
    const output =
      second.kind === 'property' ? text(second.name, secondAt) : this.expression(second.index, lambdas);
    return this.applyAccessors(
      hook('module', [text(symbol.symbol, at), index, text('outputs', firstAt), output], {
        start: at.start,
        end: secondAt.end,
      }),
      rest,
      lambdas,
    );
  }
}
