import { DAY_NAMES, MONTH_NAMES } from '../../../arm/expressions/datetime.js';
import type { FunctionCall, FunctionTable } from '../context.js';
import { EvalError, scalar, toText } from '../nodes.js';

/** A parsed RFC 3339 timestamp: the instant, and the offset it was written in (kept on output, as Go does). */
interface Timestamp {
  epochMs: number;
  offsetMinutes: number;
}

const RFC3339 =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/;

export function parseTimestamp(text: string): Timestamp {
  const m = RFC3339.exec(text);
  if (!m) throw new EvalError(`"${text}" is not a valid RFC 3339 timestamp`);
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const fraction = m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const offsetMinutes = m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (Number(m[10]) * 60 + Number(m[11]));
  const local = Date.UTC(year, month - 1, day, hour, minute, second, fraction);
  const check = new Date(local);
  if (
    month < 1 ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59 ||
    Number(m[10] ?? 0) > 23 ||
    Number(m[11] ?? 0) > 59
  ) {
    throw new EvalError(`"${text}" is not a valid RFC 3339 timestamp`);
  }
  return { epochMs: local - offsetMinutes * 60_000, offsetMinutes };
}

const two = (n: number) => String(n).padStart(2, '0');

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${two(Math.floor(abs / 60))}${colon ? ':' : ''}${two(abs % 60)}`;
}

/** Go's time.RFC3339 layout: seconds precision, `Z` for a zero offset. */
export function formatTimestamp(t: Timestamp): string {
  const local = new Date(t.epochMs + t.offsetMinutes * 60_000);
  const year = local.getUTCFullYear();
  if (!(year >= 0 && year <= 9999)) throw new EvalError('the timestamp is out of range');
  const date = `${String(year).padStart(4, '0')}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}`;
  const time = `${two(local.getUTCHours())}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}`;
  return `${date}T${time}${t.offsetMinutes === 0 ? 'Z' : offsetText(t.offsetMinutes, true)}`;
}

const DURATION_UNITS: Record<string, number> = {
  ns: 1e-6,
  us: 1e-3,
  µs: 1e-3,
  μs: 1e-3,
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
};

/** Go's time.ParseDuration ("8760h", "30m", "-1h30m", "1.5s"), in milliseconds. */
export function parseDuration(text: string): number {
  const m = /^([-+]?)(.*)$/s.exec(text) as RegExpExecArray;
  const body = m[2];
  if (body === '0') return 0;
  const part = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/y;
  let total = 0;
  let at = 0;
  while (at < body.length) {
    part.lastIndex = at;
    const unit = part.exec(body);
    if (!unit) break;
    total += Number(unit[1]) * DURATION_UNITS[unit[2]];
    at = part.lastIndex;
  }
  if (body === '' || at !== body.length) throw new EvalError(`"${text}" is not a valid duration`);
  return m[1] === '-' ? -total : total;
}

/** formatdate(): Terraform's own spec language (YYYY, MMM, DD, EEE, hh, HH, AA, mm, ss, ZZZZZ, 'quoted'). */
export function formatDate(spec: string, t: Timestamp): string {
  const local = new Date(t.epochMs + t.offsetMinutes * 60_000);
  const hour = local.getUTCHours();
  const hour12 = hour % 12 === 0 ? 12 : hour % 12;
  const tokens: Record<string, () => string> = {
    YYYY: () => String(local.getUTCFullYear()).padStart(4, '0'),
    YY: () => two(local.getUTCFullYear() % 100),
    MMMM: () => MONTH_NAMES[local.getUTCMonth()],
    MMM: () => MONTH_NAMES[local.getUTCMonth()].slice(0, 3),
    MM: () => two(local.getUTCMonth() + 1),
    M: () => String(local.getUTCMonth() + 1),
    DD: () => two(local.getUTCDate()),
    D: () => String(local.getUTCDate()),
    EEEE: () => DAY_NAMES[local.getUTCDay()],
    EEE: () => DAY_NAMES[local.getUTCDay()].slice(0, 3),
    hh: () => two(hour),
    h: () => String(hour),
    HH: () => two(hour12),
    H: () => String(hour12),
    AA: () => (hour < 12 ? 'AM' : 'PM'),
    aa: () => (hour < 12 ? 'am' : 'pm'),
    mm: () => two(local.getUTCMinutes()),
    m: () => String(local.getUTCMinutes()),
    ss: () => two(local.getUTCSeconds()),
    s: () => String(local.getUTCSeconds()),
    ZZZZZ: () => offsetText(t.offsetMinutes, true),
    ZZZZ: () => offsetText(t.offsetMinutes, false),
    ZZZ: () => (t.offsetMinutes === 0 ? 'UTC' : offsetText(t.offsetMinutes, false)),
    Z: () => (t.offsetMinutes === 0 ? 'Z' : offsetText(t.offsetMinutes, true)),
  };
  let out = '';
  for (let i = 0; i < spec.length;) {
    const c = spec[i];
    if (c === "'") {
      // A quoted literal; inside it (and on its own) '' stands for one quote.
      if (spec[i + 1] === "'") {
        out += "'";
        i += 2;
        continue;
      }
      let j = i + 1;
      for (;;) {
        if (j >= spec.length) throw new EvalError('the format has an unterminated quoted literal');
        if (spec[j] === "'" && spec[j + 1] === "'") {
          out += "'";
          j += 2;
        } else if (spec[j] === "'") break;
        else out += spec[j++];
      }
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i;
      while (spec[j] === c) j++;
      const token = spec.slice(i, j);
      const render = Object.hasOwn(tokens, token) ? tokens[token] : undefined;
      if (!render) throw new EvalError(`"${token}" is not a valid date format token; quote literal letters`);
      out += render();
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function now(call: FunctionCall): string {
  const time = call.context.now.getTime();
  if (!Number.isFinite(time)) throw new EvalError("the scan's clock is not a valid time");
  return formatTimestamp({ epochMs: Math.floor(time / 1000) * 1000, offsetMinutes: 0 });
}

export const timeFunctions: FunctionTable = {
  timestamp: { arity: [0, 0], impl: (call) => scalar(now(call), call.range) },
  plantimestamp: { arity: [0, 0], impl: (call) => scalar(now(call), call.range) },
  timeadd: {
    arity: [2, 2],
    impl(call) {
      const t = parseTimestamp(toText(call.args[0], 'the timestamp'));
      const duration = parseDuration(toText(call.args[1], 'the duration'));
      return scalar(formatTimestamp({ ...t, epochMs: t.epochMs + duration }), call.range);
    },
  },
  timecmp: {
    arity: [2, 2],
    impl(call) {
      const a = parseTimestamp(toText(call.args[0], 'the first timestamp')).epochMs;
      const b = parseTimestamp(toText(call.args[1], 'the second timestamp')).epochMs;
      return scalar(Math.sign(a - b), call.range);
    },
  },
  formatdate: {
    arity: [2, 2],
    impl: (call) =>
      scalar(
        formatDate(toText(call.args[0], 'the format'), parseTimestamp(toText(call.args[1], 'the timestamp'))),
        call.range,
      ),
  },
};
