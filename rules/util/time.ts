/**
 * Times and durations as Managed HSM keys carry them (shared/research/rule-semantics.md §2.2 and
 * pitfall 17): ARM `attributes.exp`/`nbf` are integer seconds since the Unix epoch, Terraform writes
 * RFC 3339 timestamps, rotation policies use ISO 8601 durations (`P90D`, `P1Y2M`, `PT12H`).
 */

export const MS_PER_DAY = 86_400_000;

/** An ISO 8601 duration, component by component (fractions allowed, as ISO 8601 permits). */
export interface IsoDuration {
  years: number;
  months: number;
  weeks: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const NUMBER = '(\\d+(?:[.,]\\d+)?)';
const DURATION = new RegExp(
  `^P(?:${NUMBER}Y)?(?:${NUMBER}M)?(?:${NUMBER}W)?(?:${NUMBER}D)?(?:T(?:${NUMBER}H)?(?:${NUMBER}M)?(?:${NUMBER}S)?)?$`,
  'i',
);

/** Parses `P90D`, `P1Y2M`, `PT12H`, `P2W`, `P1DT1.5H`; undefined for anything else (`P`, `PT`, `90D`). */
export function parseIsoDuration(text: string): IsoDuration | undefined {
  const trimmed = text.trim();
  const match = DURATION.exec(trimmed);
  if (!match) return undefined;
  // At least one component, and a `T` must be followed by one.
  if (match.slice(1).every((m) => m === undefined)) return undefined;
  if (/T$/i.test(trimmed)) return undefined;
  const n = (i: number) => (match[i] === undefined ? 0 : Number(match[i].replace(',', '.')));
  return {
    years: n(1),
    months: n(2),
    weeks: n(3),
    days: n(4),
    hours: n(5),
    minutes: n(6),
    seconds: n(7),
  };
}

const DAYS_PER_YEAR = 365.2425;
const DAYS_PER_MONTH = DAYS_PER_YEAR / 12;

/** The length of a duration in days, counting a year as 365.2425 days and a month as a twelfth of that. */
export function durationDays(d: IsoDuration): number {
  return (
    d.years * DAYS_PER_YEAR +
    d.months * DAYS_PER_MONTH +
    d.weeks * 7 +
    d.days +
    d.hours / 24 +
    d.minutes / 1440 +
    d.seconds / 86400
  );
}

/**
 * Adds a duration to a date in UTC, by the calendar for whole years and months (`P1M` from 31 January
 * ends on the last day of February), by fixed lengths for the rest.
 */
export function addDuration(date: Date, d: IsoDuration): Date {
  const wholeMonths = Math.trunc(d.years) * 12 + Math.trunc(d.months);
  const start = new Date(date.getTime());
  const day = start.getUTCDate();
  start.setUTCDate(1);
  start.setUTCMonth(start.getUTCMonth() + wholeMonths);
  const lastDay = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 0)).getUTCDate();
  start.setUTCDate(Math.min(day, lastDay));
  const fractionDays = (d.years % 1) * DAYS_PER_YEAR + (d.months % 1) * DAYS_PER_MONTH;
  const rest = durationDays({ ...d, years: 0, months: 0 }) + fractionDays;
  return new Date(start.getTime() + rest * MS_PER_DAY);
}

// The range of a JavaScript Date, in seconds.
const MAX_EPOCH_SECONDS = 8.64e12;

/** A date from seconds since the Unix epoch, given as a number or a string of digits. */
export function dateFromEpochSeconds(value: unknown): Date | undefined {
  let seconds: number | undefined;
  if (typeof value === 'number') seconds = value;
  else if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) seconds = Number(value);
  if (seconds === undefined || !Number.isFinite(seconds) || Math.abs(seconds) > MAX_EPOCH_SECONDS)
    return undefined;
  return new Date(seconds * 1000);
}

const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

/** A date from an RFC 3339 timestamp (`2027-01-01T00:00:00Z`, `2027-01-01T01:00:00+01:00`). */
export function parseRfc3339(text: string): Date | undefined {
  const match = RFC3339.exec(text.trim());
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number);
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 60) return undefined;
  const lastDay = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d > lastDay) return undefined;
  const date = new Date(text.trim().replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A point in time from epoch seconds (ARM), an RFC 3339 timestamp (Terraform) or a Date (SDK). */
export function toDate(value: unknown): Date | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value;
  if (typeof value === 'string' && !/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return parseRfc3339(value);
  return dateFromEpochSeconds(value);
}

/** Days from one date to another (negative when `to` is earlier), with fractions. */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / MS_PER_DAY;
}

/** A UTC timestamp for messages, without milliseconds: `2027-01-01T00:00:00Z`. */
export function formatUtc(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
