import type { PropertyNode } from '../../../../model/node.js';
import { EvalError, checkedString, formatNumber, toBool, toInteger, toNumber, toText } from '../nodes.js';
import { jsonText } from './json.js';

/** Widths and precisions beyond this are refused (they would only build huge strings). */
const MAX_WIDTH = 10_000;

interface Verb {
  flags: string;
  width?: number;
  precision?: number;
  verb: string;
}

const VERB = /%(?:\[(\d+)\])?([-+# 0]*)(\d+)?(?:\.(\d*))?([a-zA-Z%])/y;

/** Terraform's format(): Go's verbs over Terraform values (`%s %d %q %v %#v %t %f %e %g %x %X %o %b %%`). */
export function formatValues(spec: string, args: readonly PropertyNode[]): string {
  let out = '';
  let next = 0;
  let i = 0;
  while (i < spec.length) {
    const percent = spec.indexOf('%', i);
    if (percent < 0) {
      out += spec.slice(i);
      break;
    }
    out += spec.slice(i, percent);
    VERB.lastIndex = percent;
    const match = VERB.exec(spec);
    if (!match) throw new EvalError(`invalid format verb at offset ${percent}`);
    i = VERB.lastIndex;
    const [, explicit, flags, widthText, precisionText, verb] = match;
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (explicit !== undefined) next = Number(explicit) - 1;
    if (next < 0 || next >= args.length) throw new EvalError(`not enough arguments for format verb %${verb}`);
    const width = widthText === undefined ? undefined : Number(widthText);
    const precision = precisionText === undefined ? undefined : Number(precisionText || '0');
    if ((width ?? 0) > MAX_WIDTH || (precision ?? 0) > MAX_WIDTH)
      throw new EvalError('format width is too large');
    out += formatOne(args[next], { flags, width, precision, verb });
    next++;
    checkedString(out);
  }
  if (next < args.length && !/%\[\d+\]/.test(spec)) {
    throw new EvalError(`too many arguments; no verb for argument ${next + 1}`);
  }
  return out;
}

function formatOne(arg: PropertyNode, v: Verb): string {
  if (arg.kind === 'scalar' && arg.value === null && v.verb !== 'v') {
    throw new EvalError(`null cannot be formatted with %${v.verb}`);
  }
  switch (v.verb) {
    case 'v':
      if (v.flags.includes('#')) return pad(jsonText(arg), v);
      if (arg.kind === 'scalar') return pad(arg.value === null ? 'null' : toText(arg, 'the value'), v);
      return pad(jsonText(arg), v);
    case 's': {
      const text = toText(arg, 'the value for %s');
      return pad(v.precision === undefined ? text : [...text].slice(0, v.precision).join(''), v);
    }
    case 'q':
      return pad(JSON.stringify(toText(arg, 'the value for %q')), v);
    case 't':
      return pad(toBool(arg, 'the value for %t') ? 'true' : 'false', v);
    case 'd':
      return padNumber(String(Math.abs(toInteger(arg, 'the value for %d'))), toNumber(arg, ''), v);
    case 'b':
    case 'o':
    case 'x':
    case 'X': {
      if (arg.kind === 'scalar' && typeof arg.value === 'string' && (v.verb === 'x' || v.verb === 'X')) {
        const hex = Buffer.from(arg.value, 'utf8').toString('hex');
        return pad(v.verb === 'X' ? hex.toUpperCase() : hex, v);
      }
      const n = toInteger(arg, `the value for %${v.verb}`);
      const radix = v.verb === 'b' ? 2 : v.verb === 'o' ? 8 : 16;
      let digits = Math.abs(n).toString(radix);
      if (v.verb === 'X') digits = digits.toUpperCase();
      if (v.flags.includes('#') && v.verb !== 'b')
        digits = (v.verb === 'o' ? '0' : v.verb === 'x' ? '0x' : '0X') + digits;
      return padNumber(digits, n, v);
    }
    case 'f':
    case 'F': {
      const n = toNumber(arg, 'the value for %f');
      return padNumber(Math.abs(n).toFixed(Math.min(v.precision ?? 6, 100)), n, v);
    }
    case 'e':
    case 'E': {
      const n = toNumber(arg, 'the value for %e');
      const text = goExponent(Math.abs(n).toExponential(Math.min(v.precision ?? 6, 100)));
      return padNumber(v.verb === 'E' ? text.toUpperCase() : text, n, v);
    }
    case 'g':
    case 'G': {
      const n = toNumber(arg, 'the value for %g');
      return padNumber(shortestG(Math.abs(n), v.precision), n, v);
    }
    default:
      throw new EvalError(`unsupported format verb %${v.verb}`);
  }
}

/** Go writes at least two exponent digits: `1e+06`. */
function goExponent(text: string): string {
  return text.replace(/e([+-])(\d)$/, 'e$10$2');
}

function shortestG(n: number, precision: number | undefined): string {
  if (n === 0) return '0';
  const exponent = Math.floor(Math.log10(n));
  const limit = precision ?? 6;
  if (exponent < -4 || exponent >= (precision === undefined ? 21 : limit)) {
    const text = precision === undefined ? n.toExponential() : n.toExponential(Math.max(0, limit - 1));
    return goExponent(text.replace(/\.?0+e/, 'e'));
  }
  return precision === undefined ? formatNumber(n) : String(Number(n.toPrecision(Math.max(1, limit))));
}

function pad(text: string, v: Verb): string {
  const width = v.width ?? 0;
  const length = [...text].length;
  if (length >= width) return text;
  const fill = ' '.repeat(width - length);
  return v.flags.includes('-') ? text + fill : fill + text;
}

function padNumber(digits: string, value: number, v: Verb): string {
  const sign = value < 0 ? '-' : v.flags.includes('+') ? '+' : v.flags.includes(' ') ? ' ' : '';
  const width = v.width ?? 0;
  if (v.flags.includes('0') && !v.flags.includes('-') && sign.length + digits.length < width) {
    return sign + digits.padStart(width - sign.length, '0');
  }
  return pad(sign + digits, v);
}
