import { ExpressionError } from './values.js';

/*
 * Date handling for utcNow(), dateTimeAdd() and the epoch functions: ISO 8601 timestamps and durations in,
 * .NET date format strings (invariant culture, UTC) out. JavaScript dates carry milliseconds, so fraction
 * digits past the third print as zeros.
 */

export const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Invariant-culture patterns behind .NET's one-letter standard date formats. */
const STANDARD_FORMATS: Record<string, string> = {
  d: 'MM/dd/yyyy',
  D: 'dddd, dd MMMM yyyy',
  f: 'dddd, dd MMMM yyyy HH:mm',
  F: 'dddd, dd MMMM yyyy HH:mm:ss',
  g: 'MM/dd/yyyy HH:mm',
  G: 'MM/dd/yyyy HH:mm:ss',
  m: 'MMMM dd',
  M: 'MMMM dd',
  o: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  O: "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  r: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  R: "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
  s: "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
  t: 'HH:mm',
  T: 'HH:mm:ss',
  u: "yyyy'-'MM'-'dd HH':'mm':'ss'Z'",
  U: 'dddd, dd MMMM yyyy HH:mm:ss',
  y: 'yyyy MMMM',
  Y: 'yyyy MMMM',
};

/** How a UTC date serializes into template JSON: round-trip form without trailing zero fractions. */
export const JSON_DATE_FORMAT = "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK";

/** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59.999Z: the range of a .NET DateTime. */
const MIN_TIME = -62_135_596_800_000;
const MAX_TIME = 253_402_300_799_999;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `d`/`M` print a number, `dd`/`MM` a padded one, three letters an abbreviated name, four the full name. */
function numberOrName(count: number, value: number, name: string): string {
  if (count === 1) return String(value);
  if (count === 2) return pad(value, 2);
  return count === 3 ? name.slice(0, 3) : name;
}

/** Formats a UTC date with a .NET standard or custom date format string. */
export function formatDate(date: Date, format: string): string {
  if (format.length === 1) {
    const pattern = STANDARD_FORMATS[format];
    if (pattern === undefined) throw new ExpressionError(`date format '${format}' is not supported`);
    return formatCustom(date, pattern);
  }
  return formatCustom(date, format);
}

function formatCustom(date: Date, format: string): string {
  let output = '';
  let index = 0;
  const fraction = pad(date.getUTCMilliseconds(), 3) + '0000';
  while (index < format.length) {
    const char = format[index];
    if (char === "'" || char === '"') {
      const close = format.indexOf(char, index + 1);
      if (close < 0) throw new ExpressionError(`unterminated quote in date format '${format}'`);
      output += format.slice(index + 1, close);
      index = close + 1;
      continue;
    }
    if (char === '\\') {
      if (index + 1 >= format.length) throw new ExpressionError(`date format '${format}' ends with '\\'`);
      output += format[index + 1];
      index += 2;
      continue;
    }
    if (char === '%') {
      index++;
      continue;
    }
    let count = 1;
    while (format[index + count] === char) count++;
    index += count;
    const hours = date.getUTCHours();
    switch (char) {
      case 'd':
        output += numberOrName(count, date.getUTCDate(), DAY_NAMES[date.getUTCDay()]);
        break;
      case 'f':
        if (count > 7) throw new ExpressionError(`date format '${format}' has too many 'f' specifiers`);
        output += fraction.slice(0, count);
        break;
      case 'F': {
        if (count > 7) throw new ExpressionError(`date format '${format}' has too many 'F' specifiers`);
        const digits = fraction.slice(0, count).replace(/0+$/, '');
        // An empty fraction also drops the period written just before it.
        if (digits === '' && output.endsWith('.')) output = output.slice(0, -1);
        output += digits;
        break;
      }
      case 'g':
        output += 'A.D.';
        break;
      case 'h':
        output += count === 1 ? String(hours % 12 || 12) : pad(hours % 12 || 12, 2);
        break;
      case 'H':
        output += count === 1 ? String(hours) : pad(hours, 2);
        break;
      case 'K':
        output += 'Z';
        break;
      case 'm':
        output += count === 1 ? String(date.getUTCMinutes()) : pad(date.getUTCMinutes(), 2);
        break;
      case 'M':
        output += numberOrName(count, date.getUTCMonth() + 1, MONTH_NAMES[date.getUTCMonth()]);
        break;
      case 's':
        output += count === 1 ? String(date.getUTCSeconds()) : pad(date.getUTCSeconds(), 2);
        break;
      case 't':
        output += count === 1 ? (hours < 12 ? 'A' : 'P') : hours < 12 ? 'AM' : 'PM';
        break;
      case 'y': {
        const year = date.getUTCFullYear();
        output += count === 1 ? String(year % 100) : count === 2 ? pad(year % 100, 2) : pad(year, count);
        break;
      }
      case 'z':
        output += count === 1 ? '+0' : count === 2 ? '+00' : '+00:00';
        break;
      default:
        output += char.repeat(count);
    }
  }
  return output;
}

const EXTENDED_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const BASIC_TIMESTAMP =
  /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(?:[.,](\d+))?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/** Parses an ISO 8601 timestamp; a timestamp without a zone is taken as UTC. */
export function parseTimestamp(text: string): Date {
  const match = EXTENDED_TIMESTAMP.exec(text.trim()) ?? BASIC_TIMESTAMP.exec(text.trim());
  if (!match) throw new ExpressionError(`'${text}' is not an ISO 8601 timestamp`);
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'] = match;
  const fields = [year, month, day, hour, minute, second].map(Number);
  const milliseconds = Number(fraction.padEnd(3, '0').slice(0, 3));
  // Date.UTC maps years 0-99 to 1900-1999, so the year is set separately.
  const check = new Date(
    Date.UTC(2000, fields[1] - 1, fields[2], fields[3], fields[4], fields[5], milliseconds),
  );
  check.setUTCFullYear(fields[0]);
  const time = check.getTime();
  if (
    Number.isNaN(time) ||
    check.getUTCFullYear() !== fields[0] ||
    check.getUTCMonth() !== fields[1] - 1 ||
    check.getUTCDate() !== fields[2] ||
    fields[3] > 23 ||
    fields[4] > 59 ||
    fields[5] > 59
  )
    throw new ExpressionError(`'${text}' is not a valid date and time`);
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes =
      (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0')) * (zone[0] === '-' ? -1 : 1);
  }
  return addDuration(new Date(time), -offsetMinutes * 60_000);
}

const DURATION =
  /^(-)?P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/i;

/** Parses an ISO 8601 duration into milliseconds; as ARM documents, a year is 365 days and a month 30. */
export function parseDuration(text: string): number {
  const match = DURATION.exec(text.trim());
  if (!match || !/\d/.test(text) || /T$/i.test(text.trim()))
    throw new ExpressionError(`'${text}' is not an ISO 8601 duration`);
  const [, sign, years, months, weeks, days, hours, minutes, seconds] = match;
  const number = (part: string | undefined): number =>
    part === undefined ? 0 : Number(part.replace(',', '.'));
  const totalDays = number(years) * 365 + number(months) * 30 + number(weeks) * 7 + number(days);
  const total = ((totalDays * 24 + number(hours)) * 60 + number(minutes)) * 60_000 + number(seconds) * 1000;
  return sign ? -total : total;
}

export function addDuration(date: Date, milliseconds: number): Date {
  const time = date.getTime() + milliseconds;
  if (!Number.isFinite(time) || time < MIN_TIME || time > MAX_TIME)
    throw new ExpressionError('the resulting date is outside the years 1 to 9999');
  return new Date(time);
}
