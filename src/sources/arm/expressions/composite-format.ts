import { ExpressionError, scalarText } from './values.js';

/*
 * .NET composite formatting (`{index[,alignment][:format]}`) as ARM's format() applies it, with the invariant
 * culture. Numbers support the standard specifiers D, E, F, G, N, P, X and the custom digit placeholders
 * `0 # , .`; anything else is reported as unsupported rather than guessed.
 */

/** An argument already reduced to what .NET would format: text is printed as is, numbers honour the format. */
export type FormatArgument = { text: string } | { number: number };

export function compositeFormat(format: string, args: readonly FormatArgument[], maxLength: number): string {
  let output = '';
  const append = (text: string): void => {
    if (output.length + text.length > maxLength)
      throw new ExpressionError(`the result would exceed ${maxLength} characters`);
    output += text;
  };
  let index = 0;
  while (index < format.length) {
    const char = format[index];
    if (char === '}') {
      if (format[index + 1] !== '}')
        throw new ExpressionError(`unescaped '}' at position ${index} of the format string`);
      append('}');
      index += 2;
      continue;
    }
    if (char !== '{') {
      const next = format.slice(index).search(/[{}]/);
      const end = next < 0 ? format.length : index + next;
      append(format.slice(index, end));
      index = end;
      continue;
    }
    if (format[index + 1] === '{') {
      append('{');
      index += 2;
      continue;
    }
    const close = format.indexOf('}', index);
    if (close < 0)
      throw new ExpressionError(`unterminated format item at position ${index} of the format string`);
    const item = /^\s*(\d+)\s*(?:,\s*(-?\d+)\s*)?(?::([^{}]*))?$/.exec(format.slice(index + 1, close));
    if (!item) throw new ExpressionError(`invalid format item '${format.slice(index, close + 1)}'`);
    const argumentIndex = Number(item[1]);
    if (argumentIndex >= args.length)
      throw new ExpressionError(`format item {${argumentIndex}} has no matching argument`);
    const argument = args[argumentIndex];
    let text = 'text' in argument ? argument.text : formatNumber(argument.number, item[3] ?? '');
    const alignment = item[2] === undefined ? 0 : Number(item[2]);
    if (Math.abs(alignment) > maxLength)
      throw new ExpressionError(`the result would exceed ${maxLength} characters`);
    if (alignment > 0) text = text.padStart(alignment);
    else if (alignment < 0) text = text.padEnd(-alignment);
    append(text);
    index = close + 1;
  }
  return output;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function withSign(negative: boolean, text: string): string {
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

/** A non-negative number with fixed decimals, grouped or not. */
function fixed(magnitude: number, decimals: number, grouped: boolean): string {
  const [integer, fraction] = magnitude.toFixed(decimals).split('.');
  const head = grouped ? groupThousands(integer) : integer;
  return fraction === undefined ? head : `${head}.${fraction}`;
}

export function formatNumber(value: number, format: string): string {
  const standard = /^([A-Za-z])(\d{0,2})$/.exec(format);
  if (format === '') return scalarText(value);
  if (!standard) return customNumberFormat(value, format);
  const letter = standard[1];
  const precision = standard[2] === '' ? undefined : Number(standard[2]);
  const negative = value < 0;
  const magnitude = Math.abs(value);
  switch (letter.toUpperCase()) {
    case 'G':
      return precision === undefined || precision === 0
        ? scalarText(value)
        : String(Number(value.toPrecision(precision)));
    case 'N':
      return withSign(negative, fixed(magnitude, precision ?? 2, true));
    case 'F':
      return withSign(negative, fixed(magnitude, precision ?? 2, false));
    case 'P':
      return `${withSign(negative, fixed(magnitude * 100, precision ?? 2, true))} %`;
    case 'D':
      if (!Number.isInteger(value)) throw new ExpressionError(`format 'D' needs an integer, not ${value}`);
      return withSign(negative, String(magnitude).padStart(precision ?? 0, '0'));
    case 'X': {
      if (!Number.isInteger(value)) throw new ExpressionError(`format 'X' needs an integer, not ${value}`);
      // Negative integers print as their 64-bit two's complement, as .NET does for a long.
      const hex = BigInt.asUintN(64, BigInt(value))
        .toString(16)
        .padStart(precision ?? 0, '0');
      return letter === 'X' ? hex.toUpperCase() : hex;
    }
    case 'E': {
      const [mantissa, exponent] = magnitude.toExponential(precision ?? 6).split('e');
      const exponentValue = Number(exponent);
      const exponentText = `${exponentValue < 0 ? '-' : '+'}${String(Math.abs(exponentValue)).padStart(3, '0')}`;
      return withSign(negative, `${mantissa}${letter}${exponentText}`);
    }
    default:
      throw new ExpressionError(`format specifier '${format}' is not supported`);
  }
}

/** Custom numeric formats made only of `0`, `#`, `,` and `.`, such as `00`, `#,##0` or `0.##`. */
function customNumberFormat(value: number, format: string): string {
  if (!/^[0#,]*(\.[0#]*)?$/.test(format) || !/[0#]/.test(format))
    throw new ExpressionError(`format specifier '${format}' is not supported`);
  const [integerPattern, fractionPattern = ''] = format.split('.');
  const grouped = /[0#],+[0#]/.test(integerPattern);
  const firstZero = integerPattern.indexOf('0');
  const minIntegerDigits = firstZero < 0 ? 0 : integerPattern.slice(firstZero).replace(/,/g, '').length;
  const minDecimals = (fractionPattern.match(/^0*/) ?? [''])[0].length;
  const maxDecimals = fractionPattern.length;
  const negative = value < 0;
  let [integer, fraction = ''] = Math.abs(value).toFixed(maxDecimals).split('.');
  while (fraction.length > minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  if (integer === '0' && minIntegerDigits === 0) integer = '';
  integer = integer.padStart(minIntegerDigits, '0');
  if (grouped) integer = groupThousands(integer);
  return withSign(negative, fraction === '' ? integer : `${integer}.${fraction}`);
}
