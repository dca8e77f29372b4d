import { EvalError, EvalLimitError, MAX_STRING_LENGTH } from '../nodes.js';

/**
 * Terraform's regular expressions are RE2: linear time, `(?P<name>)` groups, `(?i)` flags, POSIX classes.
 * This translates the common subset into a JavaScript RegExp. JavaScript backtracks, so a pattern with a
 * quantified group that itself repeats or alternates (`(a+)+`, `(a|a)*`) is only run on short input.
 */
const RISKY_INPUT_LENGTH = 24;

const POSIX_CLASSES: Record<string, string> = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  ascii: '\\x00-\\x7F',
  blank: '\\t ',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '!-~',
  lower: 'a-z',
  print: ' -~',
  punct: '!-/:-@[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '0-9A-Za-z_',
  xdigit: '0-9A-Fa-f',
};

export interface CompiledPattern {
  regexp: RegExp;
  /** The pattern could backtrack exponentially. */
  risky: boolean;
}

const cache = new Map<string, CompiledPattern>();

export function compilePattern(pattern: string): CompiledPattern {
  const cached = cache.get(pattern);
  if (cached) return cached;
  let source = pattern;
  let flags = 'g';
  const leading = /^\(\?([imsU]+)\)/.exec(source);
  if (leading) {
    if (leading[1].includes('U')) throw new EvalError('the (?U) flag is not supported');
    flags += leading[1];
    source = source.slice(leading[0].length);
  }
  source = source
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '(?<![\\s\\S])')
    .replace(/\\z/g, '(?![\\s\\S])')
    .replace(/\[:(\^?)([a-z]+):\]/g, (match, negate: string, name: string) => {
      const set = POSIX_CLASSES[name];
      if (!set) return match;
      return negate ? `^${set}` : set;
    });
  if (/\\[pP]/.test(source)) flags += 'u';
  let regexp: RegExp;
  try {
    regexp = new RegExp(source, flags);
  } catch (error) {
    throw new EvalError(`invalid regular expression ${JSON.stringify(pattern)}: ${(error as Error).message}`);
  }
  const compiled = { regexp, risky: isRisky(source) };
  if (cache.size > 500) cache.clear();
  cache.set(pattern, compiled);
  return compiled;
}

/** A group that repeats or alternates inside, followed by a quantifier. */
function isRisky(source: string): boolean {
  const stack: boolean[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') {
      // Skip the character class.
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
      continue;
    }
    if (c === '(') stack.push(false);
    else if (c === ')') {
      const repeats = stack.pop() ?? false;
      const next = source[i + 1];
      if (repeats && (next === '*' || next === '+' || next === '{')) return true;
      if (stack.length > 0) stack[stack.length - 1] ||= repeats;
    } else if ((c === '*' || c === '+' || c === '{' || c === '|') && stack.length > 0) {
      stack[stack.length - 1] = true;
    }
  }
  return false;
}

/** Runs `regexp` over `input` after checking that it cannot run away. */
export function guardedPattern(pattern: string, input: string): RegExp {
  const compiled = compilePattern(pattern);
  if (compiled.risky && input.length > RISKY_INPUT_LENGTH) {
    throw new EvalLimitError('the regular expression could take exponential time in JavaScript');
  }
  compiled.regexp.lastIndex = 0;
  return compiled.regexp;
}

export function captureGroupCount(regexp: RegExp): number {
  return (
    (new RegExp(`${regexp.source}|`, regexp.flags.replace('g', '')).exec('') as RegExpExecArray).length - 1
  );
}

/** Expands Go's replacement template (`$1`, `${1}`, `$name`, `${name}`, `$$`) for one match. */
export function expandReplacement(template: string, match: RegExpExecArray): string {
  return template.replace(
    /\$(?:\$|\{(\w+)\}|(\w+))/g,
    (whole, braced: string | undefined, bare: string | undefined) => {
      const name = braced ?? bare;
      if (name === undefined) return '$';
      if (/^\d+$/.test(name)) return match[Number(name)] ?? '';
      return match.groups?.[name] ?? '';
    },
  );
}

/** Replaces every match, as Go's ReplaceAllString does, with a size limit on the result. */
export function replaceAll(input: string, pattern: string, template: string): string {
  const regexp = guardedPattern(pattern, input);
  let out = '';
  let last = 0;
  for (const match of input.matchAll(regexp)) {
    out += input.slice(last, match.index) + expandReplacement(template, match);
    last = match.index + match[0].length;
    if (out.length > MAX_STRING_LENGTH) throw new EvalError('the result is too long');
  }
  return out + input.slice(last);
}
