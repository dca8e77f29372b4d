import {
  MANY,
  expectBoolean,
  expectInteger,
  lazy,
  values,
  type Call,
  type FunctionDefinition,
} from './function-support.js';
import { combineUnknowns, known, type EvalResult, type UnknownResult } from './result.js';
import { ExpressionError, deepEqual, isInteger, typeName, type JsonValue } from './values.js';

// Made on first use: creating a collator costs milliseconds, which every run would pay at start-up.
let invariantCollator: Intl.Collator | undefined;
/** .NET's invariant culture compares text linguistically (`a` sorts before `A`, both before `b`), not by code unit. */
const invariantCompare = (left: string, right: string) =>
  (invariantCollator ??= new Intl.Collator('en', { sensitivity: 'variant' })).compare(left, right);

function compare(args: JsonValue[]): number {
  const [left, right] = args;
  if (typeof left === 'number' && typeof right === 'number') return left < right ? -1 : left > right ? 1 : 0;
  if (typeof left === 'string' && typeof right === 'string') return invariantCompare(left, right);
  throw new ExpressionError(`cannot compare ${typeName(left)} with ${typeName(right)}`);
}

/** `and` stops at the first false, `or` at the first true; an unknown only matters if nothing decides. */
function logical(decisive: boolean): FunctionDefinition {
  return lazy(2, MANY, (call) => {
    const unknowns: UnknownResult[] = [];
    for (const arg of call.args) {
      const result = call.evaluate(arg);
      if (result.kind === 'unknown') {
        unknowns.push(result);
        continue;
      }
      if (typeof result.value !== 'boolean')
        throw new ExpressionError(`every argument must be a bool, not ${typeName(result.value)}`);
      if (result.value === decisive) return known(decisive);
    }
    return unknowns.length > 0 ? combineUnknowns(unknowns) : known(!decisive);
  });
}

function conditional(call: Call): EvalResult {
  const [conditionExpr, whenTrue, whenFalse] = call.args;
  const condition = call.evaluate(conditionExpr);
  if (condition.kind === 'known') {
    if (typeof condition.value !== 'boolean')
      throw new ExpressionError(`the condition must be a bool, not ${typeName(condition.value)}`);
    return call.evaluate(condition.value ? whenTrue : whenFalse);
  }
  // With the condition unknown, both branches are looked at: equal values still decide the result, and
  // resource references on either side are kept.
  const branches = [call.evaluate(whenTrue), call.evaluate(whenFalse)];
  const [first, second] = branches;
  if (first.kind === 'known' && second.kind === 'known' && deepEqual(first.value, second.value, call))
    return known(first.value);
  const unknownBranches = branches.filter((branch): branch is UnknownResult => branch.kind === 'unknown');
  return combineUnknowns([condition, ...unknownBranches]);
}

function coalesce(call: Call): EvalResult {
  for (const arg of call.args) {
    const result = call.evaluate(arg);
    // An unknown argument might be null or not, so nothing after it can be chosen yet.
    if (result.kind === 'unknown') return result;
    if (result.value !== null) return known(result.value);
  }
  return known(null);
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

function arithmetic(
  operation: (left: bigint, right: bigint) => bigint,
  checkDivisor = false,
): FunctionDefinition {
  return values(2, 2, (args) => {
    const left = BigInt(expectInteger(args, 0));
    const right = BigInt(expectInteger(args, 1));
    if (checkDivisor && right === 0n) throw new ExpressionError('cannot divide by zero');
    const result = operation(left, right);
    if (result < INT64_MIN || result > INT64_MAX)
      throw new ExpressionError('the result overflows a 64-bit integer');
    if (result < BigInt(Number.MIN_SAFE_INTEGER) || result > BigInt(Number.MAX_SAFE_INTEGER))
      throw new ExpressionError('the result is too large to represent exactly');
    return Number(result);
  });
}

function extreme(pick: (numbers: number[]) => number): FunctionDefinition {
  return values(1, MANY, (args, call) => {
    const items = args.length === 1 && Array.isArray(args[0]) ? args[0] : args;
    call.charge(items.length);
    if (items.length === 0) throw new ExpressionError('there are no values to compare');
    if (items.some((item) => typeof item !== 'number'))
      throw new ExpressionError('every value must be an int');
    return pick(items as number[]);
  });
}

function toBoolean(value: JsonValue): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value !== 0;
  if (typeof value === 'string') {
    const text = value.trim().toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
    throw new ExpressionError(`'${value}' is not a bool`);
  }
  throw new ExpressionError(`cannot convert ${typeName(value)} to a bool`);
}

function toInteger(value: JsonValue): number {
  if (isInteger(value)) return value;
  if (typeof value === 'string' && /^\s*[+-]?\d+\s*$/.test(value)) {
    const number = Number(value.trim());
    if (Number.isSafeInteger(number)) return number;
    throw new ExpressionError(`'${value}' is too large to represent exactly`);
  }
  throw new ExpressionError(
    typeof value === 'string'
      ? `'${value}' is not an integer`
      : `cannot convert ${typeName(value)} to an int`,
  );
}

export const logicFunctions: Record<string, FunctionDefinition> = {
  true: values(0, 0, () => true),
  false: values(0, 0, () => false),
  null: values(0, 0, () => null),
  not: values(1, 1, (args) => !expectBoolean(args, 0)),
  and: logical(false),
  or: logical(true),
  if: lazy(3, 3, conditional),
  coalesce: lazy(1, MANY, coalesce),
  bool: values(1, 1, (args) => toBoolean(args[0])),
  int: values(1, 1, (args) => toInteger(args[0])),
  equals: values(2, 2, (args, call) => deepEqual(args[0], args[1], call)),
  less: values(2, 2, (args) => compare(args) < 0),
  lessOrEquals: values(2, 2, (args) => compare(args) <= 0),
  greater: values(2, 2, (args) => compare(args) > 0),
  greaterOrEquals: values(2, 2, (args) => compare(args) >= 0),
  add: arithmetic((left, right) => left + right),
  sub: arithmetic((left, right) => left - right),
  mul: arithmetic((left, right) => left * right),
  // BigInt division and remainder truncate toward zero, as .NET's long operators do.
  div: arithmetic((left, right) => left / right, true),
  mod: arithmetic((left, right) => left % right, true),
  min: extreme((numbers) => numbers.reduce((best, item) => Math.min(best, item))),
  max: extreme((numbers) => numbers.reduce((best, item) => Math.max(best, item))),
};
