import type { PropertyNode } from '../../../../model/node.js';
import type { FunctionCall, FunctionTable } from '../context.js';
import {
  EvalError,
  MAX_STRING_LENGTH,
  checkedString,
  graphemes,
  list,
  object,
  scalar,
  toInteger,
  toList,
  toText,
} from '../nodes.js';
import { formatValues } from './format.js';
import { captureGroupCount, guardedPattern, replaceAll } from './regex.js';

const VARIADIC = Infinity;

/** The longest indentation indent() adds. */
const MAX_INDENT = 10_000;

const text = (call: FunctionCall, i: number, what = `argument ${i + 1}`) => toText(call.args[i], what);

function stringFunction(arity: number, fn: (...args: string[]) => string | boolean) {
  return {
    arity: [arity, arity] as const,
    impl(call: FunctionCall): PropertyNode {
      const result = fn(...call.args.map((_, i) => text(call, i)));
      return scalar(typeof result === 'string' ? checkedString(result) : result, call.range);
    },
  };
}

/** Go's strings.Title: a letter after a separator (anything but a letter, digit or `_`) is upper-cased. */
function title(input: string): string {
  let previous = ' ';
  let out = '';
  for (const c of input) {
    out += isSeparator(previous) ? c.toUpperCase() : c;
    previous = c;
  }
  return out;
}

function isSeparator(c: string): boolean {
  if (/[\p{L}\p{N}_]/u.test(c)) return false;
  if (c.charCodeAt(0) <= 0x7f) return true;
  return /\s/u.test(c);
}

function trimSet(input: string, cutset: string): string {
  const cut = new Set(cutset);
  const chars = [...input];
  let start = 0;
  let end = chars.length;
  while (start < end && cut.has(chars[start])) start++;
  while (end > start && cut.has(chars[end - 1])) end--;
  return chars.slice(start, end).join('');
}

/** Go's strings.Replace with an empty `old` inserts the replacement around every character. */
function replaceText(input: string, search: string, replacement: string): string {
  if (search.length >= 2 && search.startsWith('/') && search.endsWith('/')) {
    return replaceAll(input, search.slice(1, -1), replacement);
  }
  const pieces = search === '' ? ['', ...input, ''] : input.split(search);
  const size = input.length + (pieces.length - 1) * (replacement.length - search.length);
  if (size > MAX_STRING_LENGTH) throw new EvalError('the result is too long');
  return pieces.join(replacement);
}

/** regex()/regexall() result for one match: the match, a list of groups, or a map of named groups. */
function captures(call: FunctionCall, match: RegExpExecArray, groupCount: number): PropertyNode {
  if (match.groups && Object.keys(match.groups).length > 0) {
    return object(
      Object.entries(match.groups).map(([name, value]) => ({
        name,
        keyRange: call.range,
        node: scalar(value ?? '', call.range),
      })),
      call.range,
    );
  }
  if (groupCount === 0) return scalar(match[0], call.range);
  return list(
    match.slice(1).map((value) => scalar(value ?? '', call.range)),
    call.range,
  );
}

function substring(input: string, offset: number, length: number): string {
  const chars = graphemes(input);
  let start = offset < 0 ? chars.length + offset : offset;
  start = Math.max(0, Math.min(start, chars.length));
  if (length < -1) throw new EvalError('the length must be -1 or greater');
  const end = length === -1 ? chars.length : Math.min(chars.length, start + length);
  return chars.slice(start, end).join('');
}

export const stringFunctions: FunctionTable = {
  join: {
    arity: [2, VARIADIC],
    impl(call) {
      const separator = text(call, 0, 'the separator');
      const items = call.args.slice(1).flatMap((arg, i) => toList(arg, `argument ${i + 2}`));
      const parts = items.map((item) => {
        if (item.kind === 'scalar' && item.value === null) throw new EvalError('cannot join a null element');
        return toText(item, 'each element');
      });
      const size = parts.reduce((n, part) => n + part.length + separator.length, 0);
      if (size > MAX_STRING_LENGTH) throw new EvalError('the result is too long');
      return scalar(parts.join(separator), call.range);
    },
  },
  split: {
    arity: [2, 2],
    impl(call) {
      const separator = text(call, 0, 'the separator');
      const input = text(call, 1);
      const parts = separator === '' ? [...input] : input.split(separator);
      call.work(parts.length);
      return list(
        parts.map((part) => scalar(part, call.range)),
        call.range,
      );
    },
  },
  lower: stringFunction(1, (s) => s.toLowerCase()),
  upper: stringFunction(1, (s) => s.toUpperCase()),
  title: stringFunction(1, title),
  trimspace: stringFunction(1, (s) => s.trim()),
  trim: stringFunction(2, trimSet),
  trimprefix: stringFunction(2, (s, prefix) => (s.startsWith(prefix) ? s.slice(prefix.length) : s)),
  trimsuffix: stringFunction(2, (s, suffix) =>
    suffix && s.endsWith(suffix) ? s.slice(0, -suffix.length) : s,
  ),
  startswith: stringFunction(2, (s, prefix) => s.startsWith(prefix)),
  endswith: stringFunction(2, (s, suffix) => s.endsWith(suffix)),
  strcontains: stringFunction(2, (s, part) => s.includes(part)),
  replace: stringFunction(3, replaceText),
  strrev: stringFunction(1, (s) => graphemes(s).reverse().join('')),
  chomp: stringFunction(1, (s) => s.replace(/[\r\n]+$/, '')),
  indent: {
    arity: [2, 2],
    impl(call) {
      const spaces = toInteger(call.args[0], 'the number of spaces');
      if (spaces < 0 || spaces > MAX_INDENT)
        throw new EvalError(`the number of spaces must be 0 to ${MAX_INDENT}`);
      const input = text(call, 1);
      const lines = input.split('\n').length;
      if (input.length + lines * spaces > MAX_STRING_LENGTH) throw new EvalError('the result is too long');
      return scalar(input.replaceAll('\n', `\n${' '.repeat(spaces)}`), call.range);
    },
  },
  substr: {
    arity: [3, 3],
    impl(call) {
      const offset = toInteger(call.args[1], 'the offset');
      const length = toInteger(call.args[2], 'the length');
      return scalar(substring(text(call, 0), offset, length), call.range);
    },
  },
  regex: {
    arity: [2, 2],
    impl(call) {
      const input = text(call, 1);
      const regexp = guardedPattern(text(call, 0, 'the pattern'), input);
      const match = regexp.exec(input);
      if (!match) throw new EvalError('the pattern did not match the string');
      return captures(call, match, captureGroupCount(regexp));
    },
  },
  regexall: {
    arity: [2, 2],
    impl(call) {
      const input = text(call, 1);
      const regexp = guardedPattern(text(call, 0, 'the pattern'), input);
      const groupCount = captureGroupCount(regexp);
      const matches = [...input.matchAll(regexp)];
      call.work(matches.length);
      return list(
        matches.map((match) => captures(call, match, groupCount)),
        call.range,
      );
    },
  },
  format: {
    arity: [1, VARIADIC],
    impl: (call) => scalar(formatValues(text(call, 0, 'the format'), call.args.slice(1)), call.range),
  },
  formatlist: {
    arity: [1, VARIADIC],
    impl(call) {
      const spec = text(call, 0, 'the format');
      const args = call.args.slice(1);
      const lengths = args
        .filter((arg) => arg.kind === 'array')
        .map((arg) => (arg.kind === 'array' ? arg.items.length : 0));
      if (lengths.some((n) => n !== lengths[0]))
        throw new EvalError('all list arguments must have the same length');
      const count = lengths.length === 0 ? 1 : lengths[0];
      call.work(count);
      const rows = Array.from({ length: count }, (_, row) =>
        scalar(
          formatValues(
            spec,
            args.map((arg) => (arg.kind === 'array' ? arg.items[row] : arg)),
          ),
          call.range,
        ),
      );
      return list(rows, call.range);
    },
  },
};
