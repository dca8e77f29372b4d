import { lazy, type Call, type FunctionDefinition } from './function-support.js';
import type { Expr } from './parser.js';
import { known, unknown, type EvalResult } from './result.js';
import {
  ExpressionError,
  isJsonObject,
  setProperty,
  typeName,
  type JsonObject,
  type JsonValue,
} from './values.js';

interface Lambda {
  parameters: string[];
  body: Expr;
}

/** Reads `lambda('a', 'b', body)` without evaluating it; the body runs once per element. */
function readLambda(expr: Expr, minParameters: number, maxParameters: number): Lambda {
  if (expr.kind !== 'call' || expr.namespace !== undefined || expr.name.toLowerCase() !== 'lambda')
    throw new ExpressionError('expects a lambda(...) argument');
  const body = expr.args[expr.args.length - 1];
  const parameters = expr.args.slice(0, -1).map((parameter) => {
    if (parameter.kind !== 'string')
      throw new ExpressionError('lambda parameter names must be string literals');
    return parameter.value;
  });
  if (body === undefined || parameters.length < minParameters || parameters.length > maxParameters) {
    const expected =
      minParameters === maxParameters ? `${minParameters}` : `${minParameters} or ${maxParameters}`;
    throw new ExpressionError(`the lambda must take ${expected} parameter(s)`);
  }
  return { parameters, body };
}

function invoke(call: Call, lambda: Lambda, args: JsonValue[]): EvalResult {
  call.charge(1);
  const bindings = new Map<string, JsonValue>();
  lambda.parameters.forEach((parameter, index) => bindings.set(parameter, args[index]));
  return call.evaluateLambdaBody(lambda.body, bindings);
}

/** Thrown to stop a lambda loop at the first unknown element result. */
class UnknownElement {
  constructor(readonly result: EvalResult) {}
}

function valueOf(result: EvalResult): JsonValue {
  if (result.kind === 'unknown') throw new UnknownElement(result);
  return result.value;
}

function booleanOf(result: EvalResult): boolean {
  const value = valueOf(result);
  if (typeof value !== 'boolean')
    throw new ExpressionError(`the lambda must return a bool, not ${typeName(value)}`);
  return value;
}

function keyOf(result: EvalResult): string {
  const value = valueOf(result);
  if (typeof value !== 'string')
    throw new ExpressionError(`the key lambda must return a string, not ${typeName(value)}`);
  return value;
}

/** Evaluates the collection argument, then runs `body`; an unknown input or element result makes it all unknown. */
function withCollection<T extends JsonValue>(
  call: Call,
  check: (value: JsonValue) => value is T,
  expected: string,
  body: (collection: T) => JsonValue,
): EvalResult {
  const input = call.evaluate(call.args[0]);
  if (input.kind === 'unknown') return input;
  if (!check(input.value))
    throw new ExpressionError(`the first argument must be ${expected}, not ${typeName(input.value)}`);
  try {
    return known(body(input.value));
  } catch (error) {
    if (error instanceof UnknownElement) return error.result;
    throw error;
  }
}

const isArray = (value: JsonValue): value is JsonValue[] => Array.isArray(value);

function filter(call: Call): EvalResult {
  const lambda = readLambda(call.args[1], 1, 2);
  return withCollection(call, isArray, 'an array', (items) =>
    items.filter((item, index) => booleanOf(invoke(call, lambda, [item, index]))),
  );
}

function map(call: Call): EvalResult {
  const lambda = readLambda(call.args[1], 1, 2);
  return withCollection(call, isArray, 'an array', (items) => {
    call.checkLength(items.length, 'elements');
    return items.map((item, index) => valueOf(invoke(call, lambda, [item, index])));
  });
}

function reduce(call: Call): EvalResult {
  const lambda = readLambda(call.args[2], 2, 3);
  return withCollection(call, isArray, 'an array', (items) => {
    const initial = call.evaluate(call.args[1]);
    let accumulator = valueOf(initial);
    items.forEach((item, index) => {
      accumulator = valueOf(invoke(call, lambda, [accumulator, item, index]));
    });
    return accumulator;
  });
}

/** A stable merge sort; the lambda answers whether its first argument belongs before its second. */
function sort(call: Call): EvalResult {
  const lambda = readLambda(call.args[1], 2, 2);
  return withCollection(call, isArray, 'an array', (items) => {
    let sorted = [...items];
    for (let width = 1; width < sorted.length; width *= 2) {
      const next: JsonValue[] = [];
      for (let start = 0; start < sorted.length; start += 2 * width) {
        const left = sorted.slice(start, start + width);
        const right = sorted.slice(start + width, start + 2 * width);
        let l = 0;
        let r = 0;
        while (l < left.length && r < right.length) {
          if (booleanOf(invoke(call, lambda, [right[r], left[l]]))) next.push(right[r++]);
          else next.push(left[l++]);
        }
        next.push(...left.slice(l), ...right.slice(r));
      }
      sorted = next;
    }
    return sorted;
  });
}

function toObject(call: Call): EvalResult {
  const keyLambda = readLambda(call.args[1], 1, 1);
  const valueLambda = call.args.length > 2 ? readLambda(call.args[2], 1, 1) : undefined;
  return withCollection(call, isArray, 'an array', (items) => {
    call.checkLength(items.length, 'keys');
    const result: JsonObject = {};
    for (const item of items) {
      const key = keyOf(invoke(call, keyLambda, [item]));
      setProperty(result, key, valueLambda ? valueOf(invoke(call, valueLambda, [item])) : item);
    }
    return result;
  });
}

function mapValues(call: Call): EvalResult {
  const lambda = readLambda(call.args[1], 1, 1);
  return withCollection(call, isJsonObject, 'an object', (object) => {
    const result: JsonObject = {};
    for (const key of Object.keys(object))
      setProperty(result, key, valueOf(invoke(call, lambda, [object[key]])));
    return result;
  });
}

function groupBy(call: Call): EvalResult {
  const lambda = readLambda(call.args[1], 1, 1);
  return withCollection(call, isArray, 'an array', (items) => {
    const groups = new Map<string, JsonValue[]>();
    for (const item of items) {
      const key = keyOf(invoke(call, lambda, [item]));
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
    const result: JsonObject = {};
    for (const [key, group] of groups) setProperty(result, key, group);
    return result;
  });
}

export const lambdaFunctions: Record<string, FunctionDefinition> = {
  filter: lazy(2, 2, filter),
  map: lazy(2, 2, map),
  reduce: lazy(3, 3, reduce),
  sort: lazy(2, 2, sort),
  toObject: lazy(2, 3, toObject),
  mapValues: lazy(2, 2, mapValues),
  groupBy: lazy(2, 2, groupBy),
  lambda: lazy(1, Number.POSITIVE_INFINITY, () =>
    unknown(
      'lambda() is only allowed as an argument of filter(), map(), reduce(), sort() and similar functions',
    ),
  ),
  lambdaVariables: lazy(1, 1, (call) => {
    const name = call.evaluate(call.args[0]);
    if (name.kind === 'unknown') return name;
    if (typeof name.value !== 'string')
      throw new ExpressionError(`the name must be a string, not ${typeName(name.value)}`);
    const value = call.lambdaVariable(name.value);
    return value === undefined
      ? unknown(`lambda variable '${name.value}' is not defined here`)
      : known(value);
  }),
};
