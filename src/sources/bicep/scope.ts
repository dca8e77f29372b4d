import type { ArrayNode, ObjectNode, PropertyEntry, PropertyNode, UnknownNode } from '../../model/node.js';
import type { SourceRange } from '../../model/range.js';
import { evaluateExpression, type EvalResult, type EvalScope } from '../arm/expressions/index.js';
import { markProvenance, rerange, resultToNode, treeResult } from '../arm/nodes.js';
import type { Expression, ForExpression, Located, ObjectExpression, SpreadElement } from './ast.js';
import { HOOK_NAMESPACE, TranslationError, translate, type Resolver, type SymbolKind } from './translate.js';

/** What a scope needs from the file it evaluates (implemented by `BicepTemplate`). */
export interface Deployment {
  readonly file: string;
  readonly text: string;
  readonly now: Date;
  range(node: Located): SourceRange;
  textOf(node: Located): string;
  /** What a declared name is (parameters, variables, resources, modules, functions, namespaces). */
  kindOf(name: string): SymbolKind | undefined;
  isResourceCollection(symbol: string): boolean;
  isModuleCollection(symbol: string): boolean;
  parameterTree(name: string): PropertyNode | undefined;
  variableTree(name: string): PropertyNode | undefined;
  /** The tree of a module output read as `mod.outputs.x` (undefined: evaluate it as an expression). */
  moduleOutputTree(scope: BicepScope, expr: Expression): PropertyNode | undefined;
  register(node: Expression): number;
  registered(id: number): Expression | undefined;
  /** Answers a `$bicep.name(...)` call. */
  hook(scope: BicepScope, name: string, args: EvalResult[]): EvalResult;
  /** Pays for steps of evaluation (one by default); false once the budget of the whole scan root is spent. */
  spend(units?: number): boolean;
}

/** A for-expression in a value yields at most this many elements; a larger one is unknown. */
export const MAX_FOR_ITEMS = 1000;

/**
 * The expression scope of a Bicep file: declarations of the file, plus the local names in effect (loop
 * variables of `for` expressions, parameters of a user-defined function). Values are evaluated into
 * property trees that keep the range of each Bicep expression; leaves go through the ARM evaluator.
 */
export class BicepScope implements EvalScope, Resolver {
  constructor(
    readonly template: Deployment,
    readonly locals: ReadonlyMap<string, PropertyNode> = new Map(),
  ) {}

  get now(): Date {
    return this.template.now;
  }

  /** A scope with more local names bound (a loop instance, a function call). */
  with(bindings: Iterable<[string, PropertyNode]>): BicepScope {
    const locals = new Map(this.locals);
    for (const [name, node] of bindings) locals.set(name, node);
    return new BicepScope(this.template, locals);
  }

  // --- EvalScope: what the translated ARM expressions ask -------------------------------------------

  parameter(name: string): EvalResult | undefined {
    const tree = this.template.parameterTree(name);
    return tree && treeResult(tree);
  }

  variable(name: string): EvalResult | undefined {
    const tree = this.template.variableTree(name);
    return tree && treeResult(tree);
  }

  copyIndex(): number | undefined {
    return undefined; // Bicep names its loop variables; copyIndex() is not Bicep
  }

  userFunction(namespace: string, name: string, args: EvalResult[]): EvalResult | undefined {
    if (namespace !== HOOK_NAMESPACE) return undefined;
    return this.template.hook(this, name, args);
  }

  // --- Resolver: what the translator asks ---------------------------------------------------------

  kindOf(name: string): SymbolKind | undefined {
    if (this.locals.has(name)) return 'local';
    return this.template.kindOf(name);
  }

  isResourceCollection(symbol: string): boolean {
    return !this.locals.has(symbol) && this.template.isResourceCollection(symbol);
  }

  isModuleCollection(symbol: string): boolean {
    return !this.locals.has(symbol) && this.template.isModuleCollection(symbol);
  }

  register(node: Expression): number {
    return this.template.register(node);
  }

  // --- Evaluation -------------------------------------------------------------------------------------

  /** Evaluates an expression into a property tree; never throws. */
  evaluate(expr: Expression): PropertyNode {
    const range = this.template.range(expr);
    if (!this.template.spend()) return this.unknown(expr, 'the evaluation budget of this file is spent');
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
        const tree =
          kind === 'local'
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
        if (condition.kind !== 'known' || typeof condition.value !== 'boolean') return this.leaf(expr);
        const branch = this.evaluate(condition.value ? expr.consequent : expr.alternate);
        const prov = { parameter: condition.parameter, secure: condition.secure };
        return prov.parameter !== undefined || prov.secure ? markProvenance(branch, prov) : branch;
      }
      case 'BinaryExpression': {
        if (expr.operator !== '??') return this.leaf(expr);
        const left = this.evaluate(expr.left);
        if (left.kind === 'unknown') return this.leaf(expr);
        if (left.kind === 'scalar' && left.value === null) return this.evaluate(expr.right);
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
  result(expr: Expression): EvalResult {
    let ast;
    try {
      ast = translate(expr, this);
    } catch (error) {
      if (error instanceof TranslationError) return { kind: 'unknown', reason: error.message };
      throw error;
    }
    return evaluateExpression(ast, this, undefined, this.template.text);
  }

  /** An expression evaluated as one value, as a node with the expression's range and text. */
  leaf(expr: Expression): PropertyNode {
    return resultToNode(this.result(expr), this.template.textOf(expr), this.template.range(expr));
  }

  /**
   * A tree defined elsewhere (a variable, a parameter, an element) moved to where an expression uses it.
   * The copy is paid for node by node, so that values built from values cannot grow without bound.
   */
  private relocate(tree: PropertyNode, expr: Expression): PropertyNode {
    if (!this.template.spend(countNodes(tree)))
      return this.unknown(expr, 'the evaluation budget of this file is spent');
    return rerange(tree, this.template.range(expr), this.template.textOf(expr));
  }

  unknown(expr: Located, reason: string, references?: string[]): UnknownNode {
    const node: UnknownNode = {
      kind: 'unknown',
      expression: this.template.textOf(expr),
      range: this.template.range(expr),
      reason,
    };
    if (references?.length) node.references = references;
    return node;
  }

  /** `a.b`, `a[0]`: read inside a known tree where possible, so unknown siblings do not spoil it. */
  private access(
    expr: Expression & { kind: 'PropertyAccess' | 'IndexAccess' },
    range: SourceRange,
  ): PropertyNode {
    if (expr.safe || (expr.kind === 'IndexAccess' && expr.fromEnd)) return this.leaf(expr);
    const output = this.template.moduleOutputTree(this, expr);
    if (output) return this.relocate(output, expr);
    if (!navigable(expr.object, this)) return this.leaf(expr);
    const base = this.evaluate(expr.object);
    if (base.kind === 'unknown') {
      return { ...base, expression: this.template.textOf(expr), range };
    }
    let child: PropertyNode | undefined;
    if (expr.kind === 'PropertyAccess') {
      if (base.kind === 'object') child = findEntry(base, expr.property.name)?.node;
    } else {
      const key = this.result(expr.index);
      if (key.kind === 'known' && base.kind === 'array' && typeof key.value === 'number') {
        child = Number.isInteger(key.value) ? base.items[key.value] : undefined;
      } else if (key.kind === 'known' && base.kind === 'object' && typeof key.value === 'string') {
        child = findEntry(base, key.value)?.node;
      }
    }
    // Anything else (a missing property, a wrong type) is the evaluator's to explain.
    return child ? this.relocate(child, expr) : this.leaf(expr);
  }

  private object(expr: ObjectExpression): PropertyNode {
    const range = this.template.range(expr);
    const entries = new Map<string, PropertyEntry>();
    for (const member of expr.properties) {
      if (member.kind === 'ResourceDeclaration') continue; // read by the resource reader
      if (member.kind === 'SpreadElement') {
        const spread = this.evaluate(member.expression);
        if (spread.kind === 'object') {
          for (const [key, entry] of spread.entries) entries.set(key, entry);
          continue;
        }
        // Any property may come from an unknown spread: nothing about the object is certain.
        const reason =
          spread.kind === 'unknown'
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
    return { kind: 'object', range, entries } satisfies ObjectNode;
  }

  private array(
    items: ReadonlyArray<Expression | SpreadElement>,
    range: SourceRange,
    expr: Located,
  ): PropertyNode {
    const out: PropertyNode[] = [];
    for (const item of items) {
      if (item.kind !== 'SpreadElement') {
        out.push(this.evaluate(item));
        continue;
      }
      const spread = this.evaluate(item.expression);
      if (spread.kind === 'array') out.push(...spread.items);
      else {
        const reason =
          spread.kind === 'unknown'
            ? (spread.reason ?? `${spread.expression} cannot be evaluated`)
            : 'only an array can be spread into an array';
        return this.unknown(expr, reason, spread.kind === 'unknown' ? spread.references : undefined);
      }
    }
    return { kind: 'array', range, items: out } satisfies ArrayNode;
  }

  /** The elements a for-expression iterates over, or why they are not known. */
  iterate(expr: ForExpression): { items: PropertyNode[] } | { reason: string; references?: string[] } {
    const iterable = this.evaluate(expr.iterable);
    if (iterable.kind === 'unknown')
      return {
        reason: iterable.reason ?? `${iterable.expression} cannot be evaluated`,
        references: iterable.references,
      };
    if (iterable.kind !== 'array') return { reason: 'a for-expression iterates over an array' };
    return { items: iterable.items };
  }

  /** The scope of one element of a for-expression: its item and index variables bound. */
  loopScope(expr: ForExpression, item: PropertyNode, index: number | PropertyNode): BicepScope {
    const bindings: Array<[string, PropertyNode]> = [[expr.item.name, item]];
    if (expr.index) {
      const node: PropertyNode =
        typeof index === 'number' ? { kind: 'scalar', value: index, range: item.range } : index;
      bindings.push([expr.index.name, node]);
    }
    return this.with(bindings);
  }

  private forExpression(expr: ForExpression): PropertyNode {
    const range = this.template.range(expr);
    const iteration = this.iterate(expr);
    if ('reason' in iteration) return this.unknown(expr, iteration.reason, iteration.references);
    if (iteration.items.length > MAX_FOR_ITEMS)
      return this.unknown(expr, `the for-expression has more than ${MAX_FOR_ITEMS} elements`);
    const items: PropertyNode[] = [];
    for (const [index, item] of iteration.items.entries()) {
      const scope = this.loopScope(expr, item, index);
      let body = expr.body;
      if (body.kind === 'IfCondition') {
        const keep = scope.result(body.condition);
        if (keep.kind !== 'known') return this.unknown(expr, `a filter cannot be evaluated: ${keep.reason}`);
        if (keep.value !== true) continue;
        body = body.body;
      }
      items.push(scope.evaluate(body));
    }
    return { kind: 'array', range, items };
  }
}

function findEntry(node: ObjectNode, name: string): PropertyEntry | undefined {
  return node.entries.get(name.toLowerCase());
}

/** Whether reading inside the tree of an expression is worth trying (it names a value with structure). */
function navigable(expr: Expression, scope: BicepScope): boolean {
  switch (expr.kind) {
    case 'Identifier': {
      const kind = scope.kindOf(expr.name);
      return kind === 'local' || kind === 'parameter' || kind === 'variable';
    }
    case 'PropertyAccess':
      if (expr.property.name === 'outputs' && isModule(expr.object, scope)) return true;
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
function isModule(expr: Expression, scope: BicepScope): boolean {
  if (expr.kind === 'Identifier') return scope.kindOf(expr.name) === 'module';
  return (
    expr.kind === 'IndexAccess' &&
    expr.object.kind === 'Identifier' &&
    scope.kindOf(expr.object.name) === 'module'
  );
}

function countNodes(root: PropertyNode): number {
  let count = 0;
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    count++;
    if (node.kind === 'array') for (const item of node.items) stack.push(item);
    else if (node.kind === 'object') for (const entry of node.entries.values()) stack.push(entry.node);
  }
  return count;
}
