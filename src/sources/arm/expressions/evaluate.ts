import type { Call, FunctionDefinition } from './function-support.js';
import { lookupFunction } from './functions.js';
import {
  parseExpression,
  type Expr,
  type FunctionCall,
  type IndexAccess,
  type PropertyAccess,
} from './parser.js';
import {
  DEFAULT_EVAL_LIMITS,
  ProvenanceTracker,
  combineUnknowns,
  known,
  unknown,
  type EvalLimits,
  type EvalResult,
  type EvalScope,
  type UnknownResult,
} from './result.js';
import {
  ExpressionError,
  MAX_VALUE_DEPTH,
  ValueMeter,
  findPropertyKey,
  isInteger,
  isJsonObject,
  typeName,
  type JsonValue,
} from './values.js';

/** Ends the whole evaluation: the budget is spent, so nothing partial can be trusted. */
class LimitExceeded extends Error {}

type Bindings = ReadonlyMap<string, JsonValue>;

const NO_BINDINGS: Bindings = new Map();

function resolveLimits(limits: Partial<EvalLimits> | undefined): EvalLimits {
  const pick = (value: number | undefined, fallback: number): number =>
    typeof value === 'number' && !Number.isNaN(value) ? Math.max(0, Math.floor(value)) : fallback;
  return {
    maxDepth: pick(limits?.maxDepth, DEFAULT_EVAL_LIMITS.maxDepth),
    maxSteps: pick(limits?.maxSteps, DEFAULT_EVAL_LIMITS.maxSteps),
    maxOutputLength: pick(limits?.maxOutputLength, DEFAULT_EVAL_LIMITS.maxOutputLength),
  };
}

class Evaluator {
  private steps = 0;
  /** Whether any secure input was seen, so that even an aborted evaluation stays marked secure. */
  sawSecure = false;
  private readonly meter = new ValueMeter();

  constructor(
    readonly scope: EvalScope,
    readonly limits: EvalLimits,
    /** The text the expression was parsed from, when known (to name unevaluated arguments). */
    readonly source?: string,
  ) {}

  charge(units: number): void {
    this.steps += units;
    if (this.steps > this.limits.maxSteps)
      throw new LimitExceeded(`evaluation exceeded ${this.limits.maxSteps} steps`);
  }

  note(result: EvalResult): EvalResult {
    if (result.secure) this.sawSecure = true;
    return result;
  }

  evaluate(expr: Expr, depth: number, bindings: Bindings): EvalResult {
    if (depth > this.limits.maxDepth)
      return unknown(`expression nests deeper than ${this.limits.maxDepth} levels`);
    this.charge(1);
    switch (expr.kind) {
      case 'string':
      case 'integer':
        return known(expr.value);
      case 'call':
        return this.note(
          expr.namespace === undefined
            ? this.call(expr, depth, bindings)
            : this.userCall(expr, depth, bindings),
        );
      case 'property':
        return this.note(this.property(expr, depth, bindings));
      case 'index':
        return this.note(this.index(expr, depth, bindings));
    }
  }

  private property(expr: PropertyAccess, depth: number, bindings: Bindings): EvalResult {
    const target = this.evaluate(expr.target, depth + 1, bindings);
    if (target.kind === 'unknown') return target;
    const tracker = new ProvenanceTracker();
    tracker.absorb(target);
    const value = target.value;
    if (!isJsonObject(value))
      return tracker.apply(unknown(`cannot read property '${expr.name}' of ${typeName(value)}`));
    const key = findPropertyKey(value, expr.name);
    if (key === undefined) return tracker.apply(unknown(`property '${expr.name}' does not exist`));
    return tracker.apply(known(value[key]));
  }

  private index(expr: IndexAccess, depth: number, bindings: Bindings): EvalResult {
    const tracker = new ProvenanceTracker();
    const target = this.evaluate(expr.target, depth + 1, bindings);
    const index = this.evaluate(expr.index, depth + 1, bindings);
    tracker.absorb(target);
    tracker.absorb(index);
    if (target.kind === 'unknown' || index.kind === 'unknown')
      return tracker.apply(
        combineUnknowns(
          [target, index].filter((result): result is UnknownResult => result.kind === 'unknown'),
        ),
      );
    const container = target.value;
    const key = index.value;
    if (Array.isArray(container)) {
      if (!isInteger(key))
        return tracker.apply(unknown(`an array index must be an int, not ${typeName(key)}`));
      if (key < 0 || key >= container.length)
        return tracker.apply(
          unknown(`index ${key} is out of range for an array of length ${container.length}`),
        );
      return tracker.apply(known(container[key]));
    }
    if (isJsonObject(container)) {
      if (typeof key !== 'string')
        return tracker.apply(unknown(`an object key must be a string, not ${typeName(key)}`));
      const found = findPropertyKey(container, key);
      if (found === undefined) return tracker.apply(unknown(`property '${key}' does not exist`));
      return tracker.apply(known(container[found]));
    }
    return tracker.apply(unknown(`cannot index into ${typeName(container)}`));
  }

  private call(expr: FunctionCall, depth: number, bindings: Bindings): EvalResult {
    const definition = lookupFunction(expr.name);
    if (!definition) return unknown(`unknown function '${expr.name}'`);
    const count = expr.args.length;
    if (count < definition.minArgs || count > definition.maxArgs)
      return unknown(arityMessage(expr.name, definition, count));
    const call = new EvaluationCall(this, expr, depth, bindings);
    let result: EvalResult;
    try {
      result = this.invoke(definition, call);
      if (result.kind === 'known') result = this.checkSize(expr.name, result.value) ?? result;
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      result = unknown(`${expr.name}(): ${error.message}`);
    }
    return call.tracker.apply(result);
  }

  private invoke(definition: FunctionDefinition, call: EvaluationCall): EvalResult {
    switch (definition.kind) {
      case 'values': {
        const args: JsonValue[] = [];
        const unknowns: UnknownResult[] = [];
        for (const arg of call.args) {
          const result = call.evaluate(arg);
          if (result.kind === 'known') args.push(result.value);
          else unknowns.push(result);
        }
        return unknowns.length > 0 ? combineUnknowns(unknowns) : known(definition.apply(args, call));
      }
      case 'results':
        return definition.apply(
          call.args.map((arg) => call.evaluate(arg)),
          call,
        );
      case 'lazy':
        return definition.apply(call);
    }
  }

  /** Rejects a result too large to hand on; containers measured for the first time are paid for. */
  private checkSize(name: string, value: JsonValue): UnknownResult | undefined {
    const max = this.limits.maxOutputLength;
    if (typeof value === 'string' && value.length > max)
      return unknown(`${name}(): the result exceeds ${max} characters`);
    const before = this.meter.fresh;
    const measure = this.meter.measure(value);
    this.charge(this.meter.fresh - before);
    if (measure.depth > MAX_VALUE_DEPTH)
      return unknown(`${name}(): the result nests deeper than ${MAX_VALUE_DEPTH} levels`);
    if (measure.entries > max) return unknown(`${name}(): the result holds more than ${max} entries`);
    return undefined;
  }

  private userCall(expr: FunctionCall, depth: number, bindings: Bindings): EvalResult {
    const call = new EvaluationCall(this, expr, depth, bindings);
    const args = expr.args.map((arg) => call.evaluate(arg));
    const result =
      this.scope.userFunction?.(expr.namespace!, expr.name, args) ??
      unknown(`user-defined function '${expr.namespace}.${expr.name}' is not available`);
    return call.tracker.apply(result);
  }
}

function arityMessage(name: string, definition: FunctionDefinition, count: number): string {
  const { minArgs, maxArgs } = definition;
  const plural = (n: number): string => `${n} argument${n === 1 ? '' : 's'}`;
  const expected =
    minArgs === maxArgs
      ? `exactly ${plural(minArgs)}`
      : maxArgs === Number.POSITIVE_INFINITY
        ? `at least ${plural(minArgs)}`
        : `${minArgs} to ${maxArgs} arguments`;
  return `${name}() expects ${expected} but got ${count}`;
}

class EvaluationCall implements Call {
  readonly tracker = new ProvenanceTracker();

  constructor(
    private readonly evaluator: Evaluator,
    private readonly expr: FunctionCall,
    private readonly depth: number,
    private readonly bindings: Bindings,
  ) {}

  get name(): string {
    return this.expr.name;
  }

  get args(): readonly Expr[] {
    return this.expr.args;
  }

  get scope(): EvalScope {
    return this.evaluator.scope;
  }

  get limits(): EvalLimits {
    return this.evaluator.limits;
  }

  sourceOf(expr: Expr): string | undefined {
    return this.evaluator.source?.slice(expr.start, expr.end);
  }

  evaluate(expr: Expr): EvalResult {
    const result = this.evaluator.evaluate(expr, this.depth + 1, this.bindings);
    this.tracker.absorb(result);
    return result;
  }

  evaluateLambdaBody(body: Expr, bindings: ReadonlyMap<string, JsonValue>): EvalResult {
    const merged = new Map(this.bindings);
    for (const [name, value] of bindings) merged.set(name, value);
    const result = this.evaluator.evaluate(body, this.depth + 1, merged);
    this.tracker.absorb(result);
    return result;
  }

  lambdaVariable(name: string): JsonValue | undefined {
    if (this.bindings.has(name)) return this.bindings.get(name);
    const wanted = name.toLowerCase();
    for (const [key, value] of this.bindings) if (key.toLowerCase() === wanted) return value;
    return undefined;
  }

  charge(units: number): void {
    this.evaluator.charge(units);
  }

  checkLength(length: number, what: string): void {
    const max = this.evaluator.limits.maxOutputLength;
    if (length > max) throw new ExpressionError(`the result would exceed ${max} ${what}`);
    // Text is cheap per character; paying per 64 keeps long strings bounded without starving ordinary work.
    this.evaluator.charge(what === 'characters' ? Math.ceil(length / 64) : length);
  }
}

/** Whether a JSON string is an expression (starts with `[` but not `[[`, ends with `]`). */
export function isExpression(raw: string): boolean {
  return raw.startsWith('[') && !raw.startsWith('[[') && raw.endsWith(']');
}

/** Evaluates a parsed expression. Never throws. */
export function evaluateExpression(
  ast: Expr,
  scope: EvalScope,
  limits?: Partial<EvalLimits>,
  source?: string,
): EvalResult {
  const evaluator = new Evaluator(scope, resolveLimits(limits), source);
  try {
    return evaluator.evaluate(ast, 0, NO_BINDINGS);
  } catch (error) {
    const reason =
      error instanceof LimitExceeded
        ? error.message
        : `the expression could not be evaluated: ${error instanceof Error ? error.message : String(error)}`;
    const result: EvalResult = unknown(reason);
    return evaluator.sawSecure ? { ...result, secure: true } : result;
  }
}

/** Evaluates a JSON string value: handles `[[` escapes and non-expression strings. Never throws. */
export function evaluateTemplateString(
  raw: string,
  scope: EvalScope,
  limits?: Partial<EvalLimits>,
): EvalResult {
  if (typeof raw !== 'string') return unknown('not a string');
  if (!isExpression(raw)) return known(raw.startsWith('[[') && raw.endsWith(']') ? raw.slice(1) : raw);
  const parsed = parseExpression(raw.slice(1, -1));
  if (!parsed.ok) return unknown(`invalid expression: ${parsed.error} (at offset ${parsed.offset + 1})`);
  return evaluateExpression(parsed.ast, scope, limits, raw.slice(1, -1));
}
