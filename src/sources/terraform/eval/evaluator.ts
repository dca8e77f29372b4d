import type { ObjectNode, PropertyEntry, PropertyNode, UnknownNode } from '../../../model/node.js';
import type { Position, SourceRange } from '../../../model/range.js';
import { lineStartsOf } from '../../../model/range.js';
import type {
  HclBinary,
  HclBlock,
  HclBody,
  HclConditional,
  HclExpression,
  HclFor,
  HclFunctionCall,
  HclObject,
  HclTemplatePart,
  HclTraversal,
  HclTraversalStep,
  HclVariable,
} from '../ast.js';
import type { EvalContext, FunctionCall } from './context.js';
import { lookupFunction } from './functions/index.js';
import {
  EvalError,
  EvalLimitError,
  MAX_STRING_LENGTH,
  equalNodes,
  formatNumber,
  inherit,
  isWhollyKnown,
  list,
  object,
  originOf,
  relocate,
  reposition,
  scalar,
  sortedEntries,
  toBool,
  toNumber,
  toText,
  typeName,
  unknown,
  unknownDetails,
  withOrigin,
} from './nodes.js';
import { prepareTemplate } from './template.js';

/** Deeper expressions are left unknown rather than risking the stack. */
const MAX_DEPTH = 120;
/** Work units (expressions, elements, copied nodes, 64 characters of output) one expression may take. */
const WORK_BUDGET = 250_000;
/** Closes the heredoc that wraps a templatefile() template for the parser. */
const TEMPLATE_MARKER = 'HSMLINT_TEMPLATEFILE_END';

type Scope = Map<string, PropertyNode>;

interface TemplateState {
  out: string[];
  length: number;
  operands: PropertyNode[];
  known: boolean;
}

/** The blocks of one type in a body, in source order (static and dynamic). */
interface BlockGroup {
  keyRange: SourceRange;
  start: Position;
  end: Position;
  file: string;
  items: PropertyNode[];
  /** Every element stands for an unknown collection and says nothing known. */
  onlyUnknown: boolean;
  /** The unknown `for_each` behind such elements. */
  unknownSource?: PropertyNode;
}

const isNull = (node: PropertyNode) => node.kind === 'scalar' && node.value === null;

function span(from: SourceRange, to: SourceRange): SourceRange {
  return { file: from.file, start: from.start, end: to.end };
}

/**
 * Evaluates HCL expressions into property trees. Terraform errors are thrown as EvalError inside and become
 * unknowns at the nearest collection element or at the top (never inside try/can, which decide on them).
 */
export class Evaluator {
  private depth = 0;
  private work = 0;
  private tryDepth = 0;
  private readonly scopes: Scope[] = [];

  constructor(private readonly ctx: EvalContext) {}

  /** Evaluates an expression; never throws. */
  evaluate(expr: HclExpression): PropertyNode {
    try {
      return this.expr(expr);
    } catch (error) {
      return this.failure(expr?.range, error);
    }
  }

  /** A block body as an object (attributes, blocks as arrays of objects, dynamic blocks expanded). */
  body(body: HclBody, skip?: ReadonlySet<string>): ObjectNode {
    const entries: PropertyEntry[] = [];
    for (const attr of body.attributes) {
      if (skip?.has(attr.name)) continue;
      this.work = 0;
      const node = this.evaluate(attr.expr);
      // An attribute set to null is as if it were not written.
      if (isNull(node)) continue;
      entries.push({ name: attr.name, keyRange: attr.nameRange, node });
    }
    const groups = new Map<string, BlockGroup>();
    for (const block of body.blocks) {
      if (skip?.has(block.type)) continue;
      try {
        if (block.type === 'dynamic') this.dynamic(block, groups);
        else
          this.addBlock(
            groups,
            block.type,
            block.typeRange,
            block.range,
            { ...this.body(block.body), range: block.range },
            false,
          );
      } catch (error) {
        const name = block.type === 'dynamic' ? block.labels[0]?.value : block.type;
        if (name)
          this.addBlock(groups, name, block.typeRange, block.range, this.failure(block.range, error), false);
      }
    }
    for (const [name, group] of groups)
      entries.push({ name, keyRange: group.keyRange, node: this.groupNode(group) });
    return object(entries, body.range);
  }

  // ---- infrastructure ----

  private text(range: SourceRange | undefined): string {
    if (!range) return '';
    try {
      const text = this.ctx.text(range);
      return typeof text === 'string' ? text : '';
    } catch {
      return '';
    }
  }

  private tick(units = 1): void {
    this.work += units;
    if (this.work > WORK_BUDGET) throw new EvalLimitError('the expression is too large to evaluate');
  }

  private failure(range: SourceRange | undefined, error: unknown): PropertyNode {
    const at = range ?? { file: '', start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
    const reason =
      error instanceof EvalError || error instanceof EvalLimitError
        ? error.message
        : `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return unknown(at, this.text(range), { reason });
  }

  /** An unknown for `range` built from operands: the first reason, all references, their provenance. */
  private unknownOf(range: SourceRange, operands: readonly PropertyNode[], reason?: string): UnknownNode {
    const details = unknownDetails(operands);
    return unknown(
      range,
      this.text(range),
      { reason: reason ?? details.reason, references: details.references },
      originOf(operands),
    );
  }

  private expr(e: HclExpression): PropertyNode {
    this.tick();
    if (this.depth >= MAX_DEPTH) throw new EvalLimitError('the expression is nested too deeply');
    this.depth++;
    try {
      return this.dispatch(e);
    } finally {
      this.depth--;
    }
  }

  /** Like expr(), but a Terraform error becomes an unknown here (a collection element stays partial). */
  private guarded(e: HclExpression): PropertyNode {
    if (this.tryDepth > 0) return this.expr(e);
    return this.safe(e);
  }

  /** Errors always become unknowns (for values that cannot decide anything, such as unchosen branches). */
  private safe(e: HclExpression): PropertyNode {
    try {
      return this.expr(e);
    } catch (error) {
      if (error instanceof EvalError) return this.failure(e.range, error);
      throw error;
    }
  }

  private withScope<T>(scope: Scope, fn: () => T): T {
    this.scopes.push(scope);
    try {
      return fn();
    } finally {
      this.scopes.pop();
    }
  }

  private dispatch(e: HclExpression): PropertyNode {
    switch (e.kind) {
      case 'literal':
        return scalar(e.value, e.range);
      case 'template':
        return this.template(e.parts, e.range, false, true);
      case 'heredoc':
        return this.template(e.parts, e.range, e.stripIndent, false);
      case 'variable':
        return this.traversal({ kind: 'traversal', source: e, steps: [], range: e.range });
      case 'traversal':
        return this.traversal(e);
      case 'call':
        return this.call(e);
      case 'tuple':
        return list(
          e.items.map((item) => this.guarded(item)),
          e.range,
        );
      case 'object':
        return this.objectConstructor(e);
      case 'conditional':
        return this.conditional(e);
      case 'binary':
        return this.binary(e);
      case 'unary': {
        const operand = this.expr(e.operand);
        if (operand.kind === 'unknown') return this.unknownOf(e.range, [operand]);
        const value =
          e.op === '-' ? -toNumber(operand, 'the operand of -') : !toBool(operand, 'the operand of !');
        return scalar(value, e.range, originOf([operand]));
      }
      case 'for':
        return this.forExpression(e);
      case 'parens':
        return reposition(this.expr(e.expr), e.range, this.text(e.range));
      case 'invalid':
        throw new EvalError(`invalid expression "${e.raw.slice(0, 60)}"`);
      default:
        throw new EvalError('unsupported expression');
    }
  }

  // ---- references and traversals ----

  private lookupScope(name: string): PropertyNode | undefined {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const found = this.scopes[i].get(name);
      if (found) return found;
    }
    return undefined;
  }

  /** The root of a traversal: a local (for variable, iterator, template variable) or the context's answer. */
  private root(
    source: HclVariable,
    steps: HclTraversalStep[],
  ): { node: PropertyNode; consumed: number } | undefined {
    const local = this.lookupScope(source.name);
    if (local) return { node: local, consumed: 0 };
    const names: string[] = [];
    for (const step of steps) {
      if (step.kind !== 'attr' || names.length === 2) break;
      names.push(step.name);
    }
    const range = names.length > 0 ? span(source.range, steps[names.length - 1].range) : source.range;
    const resolved = this.ctx.resolve(source.name, names, range);
    if (!resolved) return undefined;
    const consumed = Math.max(0, Math.min(names.length, Math.trunc(Number(resolved.consumed)) || 0));
    return { node: resolved.node, consumed };
  }

  private traversal(e: HclTraversal): PropertyNode {
    let node: PropertyNode;
    let from = 0;
    if (e.source.kind === 'variable') {
      const root = this.root(e.source, e.steps);
      if (!root) {
        const text = this.text(e.range);
        return unknown(e.range, text, { reason: 'undeclared reference', references: [text] });
      }
      node = root.node;
      from = root.consumed;
    } else {
      node = this.expr(e.source);
    }
    const result = this.steps(node, e, from, e.steps.length);
    // The value is re-placed where it is used, so findings point at the reference.
    return relocate(result, e.range, this.text(e.range), () => this.tick());
  }

  private steps(start: PropertyNode, e: HclTraversal, from: number, to: number): PropertyNode {
    let node = start;
    for (let i = from; i < to; i++) {
      const step = e.steps[i];
      if (node.kind === 'unknown') return this.intoUnknown(node, e);
      if (step.kind === 'attr') {
        node = this.attribute(node, step.name, e, i);
      } else if (step.kind === 'index') {
        const key = this.expr(step.key);
        if (key.kind === 'unknown') return this.unknownOf(e.range, [key, node]);
        node = this.index(node, key, e, i);
      } else {
        // `[*]` applies every following step to each element; `.*` only the attribute steps right after it.
        let end = i + 1;
        if (step.type === 'full') end = to;
        else while (end < to && e.steps[end].kind === 'attr') end++;
        const container = node;
        const items = container.kind === 'array' ? container.items : isNull(container) ? [] : [container];
        node = list(
          items.map((item) => {
            this.tick();
            return this.steps(inherit(container, item), e, i + 1, end);
          }),
          e.range,
        );
        i = end - 1;
      }
    }
    return node;
  }

  /** A traversal into an unknown stays unknown and names the whole traversal among its references. */
  private intoUnknown(node: UnknownNode, e: HclTraversal): PropertyNode {
    const text = this.text(e.range);
    const references = [...(node.references ?? [])];
    if (!references.includes(text)) references.push(text);
    return unknown(
      e.range,
      text,
      { reason: node.reason, references },
      { secure: node.secure, parameter: node.parameter },
    );
  }

  /** A member an open object does not list: unknown until apply, named by the traversal so far. */
  private openMember(node: ObjectNode, e: HclTraversal, stepIndex: number): PropertyNode {
    const open = node.open as { reason: string; references?: string[] };
    const range = span(e.range, e.steps[stepIndex].range);
    const text = this.text(range);
    const references = [...(open.references ?? [])];
    if (!references.includes(text)) references.push(text);
    return unknown(
      range,
      text,
      { reason: open.reason, references },
      { secure: node.secure, parameter: node.parameter },
    );
  }

  private attribute(node: PropertyNode, name: string, e: HclTraversal, stepIndex: number): PropertyNode {
    if (node.kind === 'object') {
      const entry = node.entries.get(name.toLowerCase());
      if (entry) return inherit(node, entry.node);
      if (node.open) return this.openMember(node, e, stepIndex);
      throw new EvalError(`object has no attribute "${name}"`);
    }
    if (isNull(node)) throw new EvalError(`cannot read attribute "${name}" of a null value`);
    if (node.kind === 'array') {
      throw new EvalError(`cannot read attribute "${name}" of a list; use [*].${name} or an index`);
    }
    throw new EvalError(`cannot read attribute "${name}" of a ${typeName(node)}`);
  }

  private index(node: PropertyNode, key: PropertyNode, e: HclTraversal, stepIndex: number): PropertyNode {
    if (node.kind === 'array') {
      const index = toNumber(key, 'the index');
      if (!Number.isInteger(index)) throw new EvalError(`index ${formatNumber(index)} is not a whole number`);
      if (index < 0 || index >= node.items.length) {
        throw new EvalError(`index ${formatNumber(index)} out of range for a list of ${node.items.length}`);
      }
      return inherit(node, node.items[index]);
    }
    if (node.kind === 'object') {
      const name = toText(key, 'the key');
      const entry = node.entries.get(name.toLowerCase());
      if (entry) return inherit(node, entry.node);
      if (node.open) return this.openMember(node, e, stepIndex);
      throw new EvalError(`key "${name}" does not exist`);
    }
    if (isNull(node)) throw new EvalError('cannot index a null value');
    throw new EvalError(`cannot index a ${typeName(node)}`);
  }

  // ---- constructors and operators ----

  private objectConstructor(e: HclObject): PropertyNode {
    const entries: PropertyEntry[] = [];
    const unknownKeys: PropertyNode[] = [];
    for (const item of e.items) {
      const key = this.expr(item.key);
      if (key.kind === 'unknown') {
        unknownKeys.push(key);
        continue;
      }
      if (isNull(key)) throw new EvalError('an object key must not be null');
      const name = toText(key, 'an object key');
      entries.push({ name, keyRange: item.key.range, node: this.guarded(item.value) });
    }
    // Without every key, the object's shape is unknown.
    if (unknownKeys.length > 0) return this.unknownOf(e.range, unknownKeys);
    return object(entries, e.range);
  }

  private conditional(e: HclConditional): PropertyNode {
    const condition = this.expr(e.condition);
    if (condition.kind === 'unknown') {
      const whenTrue = this.safe(e.then);
      const whenFalse = this.safe(e.else);
      if (isWhollyKnown(whenTrue) && equalNodes(whenTrue, whenFalse) === true) {
        return withOrigin(reposition(whenTrue, e.range), originOf([condition]));
      }
      return this.unknownOf(e.range, [condition, whenTrue, whenFalse]);
    }
    if (isNull(condition)) throw new EvalError('the condition is null');
    // Only the chosen branch is evaluated: `x == null ? "" : x.name` is the usual guard.
    const chosen = toBool(condition, 'the condition') ? e.then : e.else;
    return withOrigin(reposition(this.expr(chosen), e.range, this.text(e.range)), originOf([condition]));
  }

  private binary(e: HclBinary): PropertyNode {
    const left = this.expr(e.left);
    const right = this.expr(e.right);
    const operands = [left, right];
    const origin = originOf(operands);
    const op = e.op;
    if (op === '&&' || op === '||') {
      // A known operand decides when it is false for && (true for ||), whatever the other one is.
      const decisive = op === '||';
      const known = operands.filter((n) => n.kind !== 'unknown');
      const values = known.map((n) => toBool(n, `an operand of ${op}`));
      if (values.includes(decisive)) return scalar(decisive, e.range, origin);
      if (known.length < 2) return this.unknownOf(e.range, operands);
      return scalar(!decisive, e.range, origin);
    }
    if (op === '==' || op === '!=') {
      const same = equalNodes(left, right);
      if (same === undefined) return this.unknownOf(e.range, operands);
      return scalar(op === '==' ? same : !same, e.range, origin);
    }
    if (left.kind === 'unknown' || right.kind === 'unknown') return this.unknownOf(e.range, operands);
    const a = toNumber(left, `the left operand of ${op}`);
    const b = toNumber(right, `the right operand of ${op}`);
    let value: number | boolean;
    switch (op) {
      case '+':
        value = a + b;
        break;
      case '-':
        value = a - b;
        break;
      case '*':
        value = a * b;
        break;
      case '/':
        if (b === 0) throw new EvalError('division by zero');
        value = a / b;
        break;
      case '%':
        if (b === 0) throw new EvalError('modulo by zero');
        value = a % b;
        break;
      case '<':
        value = a < b;
        break;
      case '<=':
        value = a <= b;
        break;
      case '>':
        value = a > b;
        break;
      case '>=':
        value = a >= b;
        break;
      default:
        throw new EvalError(`unsupported operator ${String(op)}`);
    }
    if (typeof value === 'number' && !Number.isFinite(value))
      throw new EvalError('the result is not a finite number');
    return scalar(value, e.range, origin);
  }

  /** The (key, value) pairs a for expression, template for or dynamic block walks: lists by index, maps by key. */
  private iteration(collection: PropertyNode): Array<{ key: PropertyNode; value: PropertyNode }> {
    if (collection.kind === 'array') {
      return collection.items.map((item, i) => ({
        key: inherit(collection, scalar(i, item.range)),
        value: inherit(collection, item),
      }));
    }
    if (collection.kind === 'object') {
      return sortedEntries(collection).map((entry) => ({
        key: inherit(collection, scalar(entry.name, entry.keyRange)),
        value: inherit(collection, entry.node),
      }));
    }
    if (isNull(collection)) throw new EvalError('cannot iterate over a null value');
    throw new EvalError(`cannot iterate over a ${typeName(collection)}`);
  }

  private forExpression(e: HclFor): PropertyNode {
    const collection = this.expr(e.collection);
    if (collection.kind === 'unknown' || (collection.kind === 'object' && collection.open)) {
      return this.unknownOf(e.range, [collection]);
    }
    const pairs = this.iteration(collection);
    const scope: Scope = new Map();
    return this.withScope(scope, () => {
      const items: PropertyNode[] = [];
      const entries: PropertyEntry[] = [];
      const groups = new Map<string, PropertyEntry & { node: { kind: 'array'; items: PropertyNode[] } }>();
      for (const { key, value } of pairs) {
        this.tick();
        if (e.keyVar !== undefined) scope.set(e.keyVar, key);
        scope.set(e.valueVar, value);
        if (e.condition) {
          const keep = this.expr(e.condition);
          if (keep.kind === 'unknown') return this.unknownOf(e.range, [collection, keep]);
          if (isNull(keep)) throw new EvalError('the for condition is null');
          if (!toBool(keep, 'the for condition')) continue;
        }
        if (e.type === 'tuple' || !e.key) {
          items.push(this.guarded(e.value));
          continue;
        }
        const keyNode = this.expr(e.key);
        if (keyNode.kind === 'unknown') return this.unknownOf(e.range, [collection, keyNode]);
        if (isNull(keyNode)) throw new EvalError('a for expression key must not be null');
        const name = toText(keyNode, 'a for expression key');
        const element = this.guarded(e.value);
        if (e.grouping) {
          const group = groups.get(name) ?? { name, keyRange: e.key.range, node: list([], e.value.range) };
          group.node.items.push(element);
          groups.set(name, group);
        } else {
          if (entries.some((entry) => entry.name === name)) {
            throw new EvalError(
              `duplicate key "${name}" in the for expression; add "..." after the value to group values`,
            );
          }
          entries.push({ name, keyRange: e.key.range, node: element });
        }
      }
      if (e.type === 'tuple') return list(items, e.range);
      return object(e.grouping ? [...groups.values()] : entries, e.range);
    });
  }

  // ---- templates ----

  private template(
    parts: HclTemplatePart[],
    range: SourceRange,
    stripIndent: boolean,
    unwrap: boolean,
  ): PropertyNode {
    // "${x}" alone is x itself, of whatever type.
    if (unwrap && parts.length === 1 && parts[0].kind === 'interpolation') {
      return reposition(this.expr(parts[0].expr), range, this.text(range));
    }
    const prepared = prepareTemplate(parts, stripIndent, (part) => this.text(part.range));
    const state: TemplateState = { out: [], length: 0, operands: [], known: true };
    this.render(prepared, state);
    if (!state.known) return this.unknownOf(range, state.operands);
    return scalar(state.out.join(''), range, originOf(state.operands));
  }

  private append(state: TemplateState, text: string): void {
    state.length += text.length;
    if (state.length > MAX_STRING_LENGTH) throw new EvalError('the template result is too long');
    this.tick(text.length / 64);
    state.out.push(text);
  }

  private render(parts: HclTemplatePart[], state: TemplateState): void {
    for (const part of parts) {
      this.tick();
      switch (part.kind) {
        case 'text':
          this.append(state, part.value);
          break;
        case 'interpolation': {
          const value = this.expr(part.expr);
          state.operands.push(value);
          if (value.kind === 'unknown') {
            state.known = false;
            break;
          }
          if (isNull(value)) throw new EvalError('a template cannot include a null value');
          if (value.kind !== 'scalar') throw new EvalError(`a template cannot include a ${typeName(value)}`);
          this.append(state, toText(value, 'an interpolated value'));
          break;
        }
        case 'if': {
          const condition = this.expr(part.condition);
          state.operands.push(condition);
          if (condition.kind === 'unknown') {
            state.known = false;
            break;
          }
          if (isNull(condition)) throw new EvalError('the template condition is null');
          this.render(toBool(condition, 'the template condition') ? part.then : (part.else ?? []), state);
          break;
        }
        case 'for': {
          const collection = this.expr(part.collection);
          state.operands.push(collection);
          if (collection.kind === 'unknown' || (collection.kind === 'object' && collection.open)) {
            state.known = false;
            break;
          }
          const scope: Scope = new Map();
          this.withScope(scope, () => {
            for (const { key, value } of this.iteration(collection)) {
              if (part.keyVar !== undefined) scope.set(part.keyVar, key);
              scope.set(part.valueVar, value);
              this.render(part.body, state);
            }
          });
          break;
        }
      }
    }
  }

  // ---- function calls ----

  private call(e: HclFunctionCall): PropertyNode {
    const name = e.name.startsWith('core::') ? e.name.slice('core::'.length) : e.name;
    if (name === 'try') return this.tryCall(e);
    if (name === 'can') return this.canCall(e);
    const fn = lookupFunction(name);
    if (!fn && name !== 'templatefile') {
      const args = e.args.map((arg) => this.safe(arg));
      return this.unknownOf(e.range, args, `function '${name}' is not evaluated`);
    }
    let args = e.args.map((arg) => this.expr(arg));
    if (e.expandFinal && args.length > 0) {
      const last = args[args.length - 1];
      if (last.kind === 'unknown') return this.unknownOf(e.range, args);
      if (last.kind !== 'array')
        throw new EvalError(`${name}(): the argument expanded with "..." must be a list`);
      args = [...args.slice(0, -1), ...last.items.map((item) => inherit(last, item))];
    }
    if (!fn) return this.templateFile(e, args);
    const [least, most] = fn.arity;
    if (args.length < least || args.length > most) {
      const expected =
        least === most ? `${least}` : most === Infinity ? `at least ${least}` : `${least} to ${most}`;
      throw new EvalError(
        `${name}() takes ${expected} argument${expected === '1' ? '' : 's'}, not ${args.length}`,
      );
    }
    const policy = fn.unknowns ?? 'deep';
    if (
      (policy === 'deep' && !args.every(isWhollyKnown)) ||
      (policy === 'shallow' && args.some((arg) => arg.kind === 'unknown'))
    ) {
      return this.unknownOf(e.range, args);
    }
    const call: FunctionCall = {
      name,
      args,
      range: e.range,
      context: this.ctx,
      unknown: (reason, from) => this.unknownOf(e.range, from ?? args, reason),
      work: (units) => this.tick(Math.ceil(units)),
    };
    let result: PropertyNode;
    try {
      result = fn.impl(call);
    } catch (error) {
      if (error instanceof EvalError) throw new EvalError(`${name}(): ${error.message}`);
      throw error;
    }
    if (result.kind === 'scalar' && typeof result.value === 'string') this.tick(result.value.length / 64);
    // A value passed through (coalesce, lookup, element) is placed at the call, which produced it.
    const placed = reposition(result, e.range, this.text(e.range));
    return fn.provenance === 'own' ? placed : withOrigin(placed, originOf(args));
  }

  /** try(): the first argument that evaluates without an error (unknown when that one is not wholly known). */
  private tryCall(e: HclFunctionCall): PropertyNode {
    for (const arg of e.args) {
      let value: PropertyNode;
      this.tryDepth++;
      try {
        value = this.expr(arg);
      } catch (error) {
        if (error instanceof EvalError) continue;
        throw error;
      } finally {
        this.tryDepth--;
      }
      // Whether an unknown value would fail once known cannot be told.
      if (!isWhollyKnown(value)) return this.unknownOf(e.range, [value]);
      return reposition(value, e.range);
    }
    throw new EvalError('try(): no argument could be evaluated without an error');
  }

  private canCall(e: HclFunctionCall): PropertyNode {
    if (e.args.length !== 1) throw new EvalError(`can() takes 1 argument, not ${e.args.length}`);
    let value: PropertyNode;
    this.tryDepth++;
    try {
      value = this.expr(e.args[0]);
    } catch (error) {
      if (error instanceof EvalError) return scalar(false, e.range);
      throw error;
    } finally {
      this.tryDepth--;
    }
    if (!isWhollyKnown(value)) return this.unknownOf(e.range, [value]);
    return scalar(true, e.range, originOf([value]));
  }

  /** templatefile(path, vars): the file parsed as a heredoc template, evaluated with only `vars` in scope. */
  private templateFile(e: HclFunctionCall, args: PropertyNode[]): PropertyNode {
    if (args.length !== 2) throw new EvalError(`templatefile() takes 2 arguments, not ${args.length}`);
    const [pathNode, vars] = args;
    if (pathNode.kind === 'unknown' || vars.kind === 'unknown' || (vars.kind === 'object' && vars.open)) {
      return this.unknownOf(e.range, args);
    }
    const path = toText(pathNode, 'templatefile(): the path');
    if (vars.kind !== 'object') throw new EvalError('templatefile(): the variables must be a map or object');
    const { readFile, parser } = this.ctx;
    if (!readFile || !parser)
      return this.unknownOf(e.range, args, 'templatefile() reads files, which this scan does not');
    let content: string | undefined;
    try {
      content = readFile(path);
    } catch {
      content = undefined;
    }
    if (content === undefined) return this.unknownOf(e.range, args, `the file "${path}" could not be read`);
    if (content.includes(TEMPLATE_MARKER) || content.length > MAX_STRING_LENGTH) {
      return this.unknownOf(e.range, args, 'templatefile(): the template cannot be read');
    }
    const source = `t = <<${TEMPLATE_MARKER}\n${content}\n${TEMPLATE_MARKER}\n`;
    const parsed = parser.parse(source, path);
    const heredoc = parsed.body.attributes[0]?.expr;
    if (parsed.errors.length > 0 || heredoc?.kind !== 'heredoc') {
      throw new EvalError(`templatefile(): ${path}: ${parsed.errors[0]?.message ?? 'not a template'}`);
    }
    // The heredoc adds the newline before its closing marker; the file does not have it.
    const parts = heredoc.parts.slice();
    const last = parts[parts.length - 1];
    if (last?.kind === 'text' && last.value.endsWith('\n'))
      parts[parts.length - 1] = { ...last, value: last.value.slice(0, -1) };
    const starts = lineStartsOf(source);
    const offset = (p: Position) => (starts[p.line - 1] ?? source.length) + p.column - 1;
    const child = new Evaluator({
      ...this.ctx,
      text: (range) => source.slice(offset(range.start), offset(range.end)),
      resolve: () => undefined,
    });
    child.depth = this.depth;
    child.work = this.work;
    const scope: Scope = new Map(
      [...vars.entries.values()].map((entry) => [entry.name, inherit(vars, entry.node)]),
    );
    let result: PropertyNode;
    try {
      result = child.withScope(scope, () => child.template(parts, heredoc.range, false, false));
    } catch (error) {
      if (error instanceof EvalError) throw new EvalError(`templatefile(): ${path}: ${error.message}`);
      throw error;
    } finally {
      this.work = child.work;
    }
    if (result.kind === 'unknown') return this.unknownOf(e.range, [result, ...args]);
    return withOrigin(reposition(result, e.range), originOf(args));
  }

  // ---- blocks ----

  private addBlock(
    groups: Map<string, BlockGroup>,
    name: string,
    keyRange: SourceRange,
    range: SourceRange,
    element: PropertyNode,
    onlyUnknown: boolean,
    unknownSource?: PropertyNode,
  ): void {
    const group = groups.get(name);
    if (!group) {
      groups.set(name, {
        keyRange,
        file: range.file,
        start: range.start,
        end: range.end,
        items: [element],
        onlyUnknown,
        unknownSource,
      });
      return;
    }
    group.items.push(element);
    group.end = range.end;
    group.onlyUnknown &&= onlyUnknown;
  }

  private groupNode(group: BlockGroup): PropertyNode {
    const range = { file: group.file, start: group.start, end: group.end };
    if (group.onlyUnknown && group.unknownSource) return reposition(group.unknownSource, range);
    return list(group.items, range);
  }

  /**
   * `dynamic "x" { for_each, iterator, content {} }`: one `x` element per element of the collection. When the
   * collection is unknown, one element stands for all of them (an open object: what it lists is what each
   * element would have); when that element says nothing known, `x` as a whole is unknown.
   */
  private dynamic(block: HclBlock, groups: Map<string, BlockGroup>): void {
    const label = block.labels[0];
    const forEach = block.body.attributes.find((a) => a.name === 'for_each');
    const content = block.body.blocks.find((b) => b.type === 'content');
    if (!label || !forEach || !content) return;
    const name = label.value;
    const iteratorAttr = block.body.attributes.find((a) => a.name === 'iterator');
    const iteratorName = iteratorAttr?.expr.kind === 'variable' ? iteratorAttr.expr.name : name;
    this.work = 0;
    let collection = this.evaluate(forEach.expr);
    if (isNull(collection)) return;
    if (collection.kind === 'scalar') {
      collection = this.failure(forEach.expr.range, new EvalError('for_each must be a map, set or list'));
    }
    if (collection.kind === 'unknown' || (collection.kind === 'object' && collection.open)) {
      const iterator = this.unknownOf(forEach.expr.range, [collection]);
      const element = this.withScope(new Map([[iteratorName, iterator]]), () => this.body(content.body));
      const details = unknownDetails([collection]);
      element.open = {
        reason: `one element stands for each element of ${this.text(forEach.expr.range)}, which is unknown`,
        ...(details.references.length > 0 ? { references: details.references } : {}),
      };
      const saysNothing = [...element.entries.values()].every((entry) => entry.node.kind === 'unknown');
      this.addBlock(groups, name, label.range, content.range, element, saysNothing, iterator);
      return;
    }
    for (const { key, value } of this.iteration(collection)) {
      this.tick();
      const iterator = object(
        [
          { name: 'key', keyRange: forEach.expr.range, node: key },
          { name: 'value', keyRange: forEach.expr.range, node: value },
        ],
        forEach.expr.range,
      );
      const element = this.withScope(new Map([[iteratorName, iterator]]), () => this.body(content.body));
      this.addBlock(groups, name, label.range, content.range, { ...element, range: content.range }, false);
    }
  }
}
