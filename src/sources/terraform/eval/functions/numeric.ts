import type { FunctionCall, FunctionTable } from '../context.js';
import { EvalError, scalar, toInteger, toNumber, toText } from '../nodes.js';

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function numeric(arity: number, fn: (...args: number[]) => number) {
  return {
    arity: [arity, arity] as const,
    impl(call: FunctionCall) {
      const result = fn(...call.args.map((arg, i) => toNumber(arg, `argument ${i + 1}`)));
      if (!Number.isFinite(result)) throw new EvalError('the result is not a finite number');
      return scalar(result, call.range);
    },
  };
}

/** parseint(): Go's strconv.ParseInt digits for bases 2 to 62 (lower case first, then upper case). */
function parseInteger(input: string, base: number): number {
  if (base < 2 || base > 62) throw new EvalError('the base must be between 2 and 62');
  const match = /^([-+]?)(.+)$/s.exec(input);
  if (!match) throw new EvalError(`cannot parse "${input}" as a base ${base} integer`);
  const alphabet = DIGITS.slice(0, base);
  let value = 0;
  for (const c of match[2]) {
    const digit = alphabet.indexOf(base <= 36 ? c.toLowerCase() : c);
    if (digit < 0) throw new EvalError(`cannot parse "${input}" as a base ${base} integer`);
    value = value * base + digit;
  }
  return match[1] === '-' ? -value : value;
}

export const numericFunctions: FunctionTable = {
  abs: numeric(1, Math.abs),
  ceil: numeric(1, Math.ceil),
  floor: numeric(1, Math.floor),
  signum: numeric(1, (n) => Math.sign(n)),
  pow: numeric(2, Math.pow),
  log: numeric(2, (n, base) => Math.log(n) / Math.log(base)),
  parseint: {
    arity: [2, 2],
    impl: (call) =>
      scalar(
        parseInteger(toText(call.args[0], 'the number'), toInteger(call.args[1], 'the base')),
        call.range,
      ),
  },
};
