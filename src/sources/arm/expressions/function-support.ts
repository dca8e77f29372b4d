import type { Expr } from './parser.js';
import type { EvalLimits, EvalResult, EvalScope } from './result.js';
import {
  ExpressionError,
  isInteger,
  isJsonObject,
  typeName,
  type JsonObject,
  type JsonValue,
  type WorkBudget,
} from './values.js';

/** One invocation of a template function, as the function's implementation sees it. */
export interface Call extends WorkBudget {
  /** The function name as written. */
  readonly name: string;
  readonly args: readonly Expr[];
  readonly scope: EvalScope;
  readonly limits: EvalLimits;
  /** Evaluates an argument expression; its provenance flows into this call's result. */
  evaluate(expr: Expr): EvalResult;
  /** Evaluates a lambda body with its variables bound. */
  evaluateLambdaBody(body: Expr, bindings: ReadonlyMap<string, JsonValue>): EvalResult;
  /** The value of a variable bound by an enclosing lambda. */
  lambdaVariable(name: string): JsonValue | undefined;
  /** The source text of an argument, when the expression text is known. */
  sourceOf(expr: Expr): string | undefined;
  /** Fails the call when a result of this size would exceed `maxOutputLength`. */
  checkLength(length: number, what: string): void;
}

interface Arity {
  minArgs: number;
  maxArgs: number;
}

/** Needs every argument known; throws ExpressionError for what ARM would reject. */
export interface ValueFunction extends Arity {
  kind: 'values';
  apply(args: JsonValue[], call: Call): JsonValue;
}

/** Sees every argument's result, known or not, e.g. to keep resource references through unknowns. */
export interface ResultFunction extends Arity {
  kind: 'results';
  apply(args: EvalResult[], call: Call): EvalResult;
}

/** Evaluates its own arguments, only as far as it needs them. */
export interface LazyFunction extends Arity {
  kind: 'lazy';
  apply(call: Call): EvalResult;
}

export type FunctionDefinition = ValueFunction | ResultFunction | LazyFunction;

export const MANY = Number.POSITIVE_INFINITY;

export function values(
  minArgs: number,
  maxArgs: number,
  apply: (args: JsonValue[], call: Call) => JsonValue,
): ValueFunction {
  return { kind: 'values', minArgs, maxArgs, apply };
}

export function results(
  minArgs: number,
  maxArgs: number,
  apply: (args: EvalResult[], call: Call) => EvalResult,
): ResultFunction {
  return { kind: 'results', minArgs, maxArgs, apply };
}

export function lazy(minArgs: number, maxArgs: number, apply: (call: Call) => EvalResult): LazyFunction {
  return { kind: 'lazy', minArgs, maxArgs, apply };
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

function position(index: number): string {
  return ORDINALS[index] ?? `argument ${index + 1}`;
}

export function expectString(args: readonly JsonValue[], index: number): string {
  const value = args[index];
  if (typeof value !== 'string')
    throw new ExpressionError(`the ${position(index)} argument must be a string, not ${typeName(value)}`);
  return value;
}

export function expectInteger(args: readonly JsonValue[], index: number): number {
  const value = args[index];
  if (!isInteger(value))
    throw new ExpressionError(`the ${position(index)} argument must be an int, not ${typeName(value)}`);
  return value;
}

export function expectBoolean(args: readonly JsonValue[], index: number): boolean {
  const value = args[index];
  if (typeof value !== 'boolean')
    throw new ExpressionError(`the ${position(index)} argument must be a bool, not ${typeName(value)}`);
  return value;
}

export function expectArray(args: readonly JsonValue[], index: number): JsonValue[] {
  const value = args[index];
  if (!Array.isArray(value))
    throw new ExpressionError(`the ${position(index)} argument must be an array, not ${typeName(value)}`);
  return value;
}

export function expectObject(args: readonly JsonValue[], index: number): JsonObject {
  const value = args[index];
  if (!isJsonObject(value))
    throw new ExpressionError(`the ${position(index)} argument must be an object, not ${typeName(value)}`);
  return value;
}

export function expectStrings(args: readonly JsonValue[]): string[] {
  return args.map((_, index) => expectString(args, index));
}

export function expectStringElements(items: readonly JsonValue[]): string[] {
  return items.map((item) => {
    if (typeof item !== 'string')
      throw new ExpressionError(`every element must be a string, not ${typeName(item)}`);
    return item;
  });
}
