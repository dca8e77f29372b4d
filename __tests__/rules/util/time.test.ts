import { describe, expect, it } from '@jest/globals';
import {
  addDuration,
  dateFromEpochSeconds,
  daysBetween,
  durationDays,
  formatUtc,
  parseIsoDuration,
  parseRfc3339,
  toDate,
} from '../../../rules/util/time.js';

const zero = { years: 0, months: 0, weeks: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };

describe('parseIsoDuration', () => {
  it.each([
    ['P90D', { ...zero, days: 90 }],
    ['P1Y2M', { ...zero, years: 1, months: 2 }],
    ['PT12H', { ...zero, hours: 12 }],
    ['P2W', { ...zero, weeks: 2 }],
    ['P1Y2M3DT4H5M6S', { years: 1, months: 2, weeks: 0, days: 3, hours: 4, minutes: 5, seconds: 6 }],
    ['PT1.5H', { ...zero, hours: 1.5 }],
    ['PT0,5S', { ...zero, seconds: 0.5 }],
    ['p28d', { ...zero, days: 28 }],
    [' P1Y ', { ...zero, years: 1 }],
  ])('%s', (text, expected) => {
    expect(parseIsoDuration(text)).toEqual(expected);
  });

  it.each(['', 'P', 'PT', 'P1DT', '90D', 'P1H', 'PT1D', 'P-1D', 'P1M1Y', 'P1.5', 'one year'])(
    'rejects %j',
    (text) => {
      expect(parseIsoDuration(text)).toBeUndefined();
    },
  );
});

describe('durationDays', () => {
  it('counts weeks, days and time exactly', () => {
    expect(durationDays(parseIsoDuration('P1W2DT12H')!)).toBe(9.5);
  });
  it('counts a year as 365.2425 days', () => {
    expect(durationDays(parseIsoDuration('P1Y')!)).toBeCloseTo(365.2425);
    expect(durationDays(parseIsoDuration('P12M')!)).toBeCloseTo(365.2425);
  });
});

describe('addDuration', () => {
  const at = (iso: string) => new Date(iso);
  it('adds months by the calendar', () => {
    expect(formatUtc(addDuration(at('2026-01-31T00:00:00Z'), parseIsoDuration('P1M')!))).toBe(
      '2026-02-28T00:00:00Z',
    );
    expect(formatUtc(addDuration(at('2024-01-31T00:00:00Z'), parseIsoDuration('P1M')!))).toBe(
      '2024-02-29T00:00:00Z',
    );
  });
  it('adds years by the calendar', () => {
    expect(formatUtc(addDuration(at('2026-01-01T00:00:00Z'), parseIsoDuration('P1Y2M')!))).toBe(
      '2027-03-01T00:00:00Z',
    );
  });
  it('adds days and time as fixed lengths', () => {
    expect(formatUtc(addDuration(at('2026-01-01T00:00:00Z'), parseIsoDuration('P90DT12H')!))).toBe(
      '2026-04-01T12:00:00Z',
    );
  });
});

describe('epoch seconds and RFC 3339', () => {
  it('reads epoch seconds from numbers and digit strings', () => {
    expect(formatUtc(dateFromEpochSeconds(1798761600)!)).toBe('2027-01-01T00:00:00Z');
    expect(formatUtc(dateFromEpochSeconds('1798761600')!)).toBe('2027-01-01T00:00:00Z');
    expect(formatUtc(dateFromEpochSeconds(0)!)).toBe('1970-01-01T00:00:00Z');
  });
  it('rejects what is not a number of seconds', () => {
    for (const v of ['soon', '', null, undefined, true, Infinity, NaN, 1e20, {}])
      expect(dateFromEpochSeconds(v)).toBeUndefined();
  });
  it('reads RFC 3339 timestamps with offsets and fractions', () => {
    expect(formatUtc(parseRfc3339('2027-01-01T00:00:00Z')!)).toBe('2027-01-01T00:00:00Z');
    expect(formatUtc(parseRfc3339('2027-01-01T01:30:00+01:30')!)).toBe('2027-01-01T00:00:00Z');
    expect(parseRfc3339('2027-01-01t00:00:00.250z')!.getTime()).toBe(Date.UTC(2027, 0, 1, 0, 0, 0, 250));
  });
  it('rejects dates that are not RFC 3339 or do not exist', () => {
    for (const t of [
      '2027-01-01',
      '2027-02-30T00:00:00Z',
      '2027-13-01T00:00:00Z',
      '01/01/2027',
      '2027-01-01T00:00:00',
    ])
      expect(parseRfc3339(t)).toBeUndefined();
  });
  it('toDate accepts every form', () => {
    const expected = Date.UTC(2027, 0, 1);
    expect(toDate(1798761600)!.getTime()).toBe(expected);
    expect(toDate('1798761600')!.getTime()).toBe(expected);
    expect(toDate('2027-01-01T00:00:00Z')!.getTime()).toBe(expected);
    expect(toDate(new Date(expected))!.getTime()).toBe(expected);
    expect(toDate(new Date(NaN))).toBeUndefined();
    expect(toDate('next year')).toBeUndefined();
  });
  it('daysBetween is signed', () => {
    const a = new Date('2026-01-01T00:00:00Z');
    const b = new Date('2026-04-01T00:00:00Z');
    expect(daysBetween(a, b)).toBe(90);
    expect(daysBetween(b, a)).toBe(-90);
  });
});
