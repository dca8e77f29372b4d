import { describe, expect, it } from '@jest/globals';
import { evaluateTemplateString } from '../../../../src/sources/arm/expressions/index.js';
import { testScope, unknownOf, valueOf } from './scope.js';

// The test scope's clock reads 2024-03-05T17:53:18.123Z, a Tuesday.

describe('utcNow', () => {
  it('defaults to the compact ISO 8601 form', () => {
    expect(valueOf('utcNow()')).toBe('20240305T175318Z');
  });

  it('uses the clock of the scope', () => {
    const scope = { ...testScope(), now: new Date('1999-12-31T23:59:59Z') };
    expect(evaluateTemplateString('[utcNow()]', scope)).toEqual({ kind: 'known', value: '19991231T235959Z' });
  });

  it('supports .NET standard formats with the invariant culture', () => {
    expect(valueOf("utcNow('u')")).toBe('2024-03-05 17:53:18Z');
    expect(valueOf("utcNow('d')")).toBe('03/05/2024');
    expect(valueOf("utcNow('o')")).toBe('2024-03-05T17:53:18.1230000Z');
    expect(valueOf("utcNow('s')")).toBe('2024-03-05T17:53:18');
    expect(valueOf("utcNow('D')")).toBe('Tuesday, 05 March 2024');
    expect(valueOf("utcNow('R')")).toBe('Tue, 05 Mar 2024 17:53:18 GMT');
    expect(valueOf("utcNow('t')")).toBe('17:53');
  });

  it('supports .NET custom formats', () => {
    expect(valueOf("utcNow('M d')")).toBe('3 5');
    expect(valueOf("utcNow('yyyy-MM-ddTHH:mm:ss.fffZ')")).toBe('2024-03-05T17:53:18.123Z');
    expect(valueOf("utcNow('dddd, MMMM d, yyyy h:mm tt')")).toBe('Tuesday, March 5, 2024 5:53 PM');
    expect(valueOf("utcNow('yyyy''-w''MM')")).toBe('2024-w03');
    expect(valueOf("utcNow('yy''''MMM')")).toBe('24Mar');
    expect(valueOf("utcNow('HH\\h')")).toBe('17h');
    expect(valueOf("utcNow('HH\\\\h')")).toBe('17\\5');
    expect(valueOf("utcNow('%M')")).toBe('3');
  });

  it('rejects unknown standard formats', () => {
    expect(unknownOf("utcNow('q')").reason).toBe("utcNow(): date format 'q' is not supported");
  });
});

describe('dateTimeAdd', () => {
  it('counts a year as 365 days and a month as 30, as documented', () => {
    expect(valueOf("dateTimeAdd('2023-01-01 00:00:00Z', 'P1Y')")).toBe('2024-01-01T00:00:00Z');
    expect(valueOf("dateTimeAdd('2024-01-01 00:00:00Z', 'P1Y')")).toBe('2024-12-31T00:00:00Z');
    expect(valueOf("dateTimeAdd('2023-02-01 00:00:00Z', 'P1M')")).toBe('2023-03-03T00:00:00Z');
    expect(valueOf("dateTimeAdd('2024-02-01 00:00:00Z', 'P1M')")).toBe('2024-03-02T00:00:00Z');
  });

  it('adds and subtracts durations with time parts', () => {
    expect(valueOf("dateTimeAdd('2020-04-07 14:53:14Z', 'P3Y')")).toBe('2023-04-07T14:53:14Z');
    expect(valueOf("dateTimeAdd('2020-04-07 14:53:14Z', '-P9D')")).toBe('2020-03-29T14:53:14Z');
    expect(valueOf("dateTimeAdd('2020-04-07T14:53:14Z', 'PT1H30M0.5S')")).toBe('2020-04-07T16:23:14.5Z');
    expect(valueOf("dateTimeAdd('2020-04-07T14:53:14Z', 'P1W')")).toBe('2020-04-14T14:53:14Z');
  });

  it('converts offsets to UTC and honours an output format', () => {
    expect(valueOf("dateTimeAdd('2020-04-07T14:53:14+02:00', 'PT0S')")).toBe('2020-04-07T12:53:14Z');
    expect(valueOf("dateTimeAdd('2020-04-07 14:53:14Z', 'PT1H', 'yyyy-MM-dd HH:mm')")).toBe(
      '2020-04-07 15:53',
    );
    expect(valueOf("dateTimeAdd(utcNow('u'), 'P1D', 'd')")).toBe('03/06/2024');
  });

  it('rejects bad timestamps and durations', () => {
    expect(unknownOf("dateTimeAdd('yesterday', 'P1D')").reason).toBe(
      "dateTimeAdd(): 'yesterday' is not an ISO 8601 timestamp",
    );
    expect(unknownOf("dateTimeAdd('2023-02-30', 'P1D')").reason).toBe(
      "dateTimeAdd(): '2023-02-30' is not a valid date and time",
    );
    expect(unknownOf("dateTimeAdd('2023-01-01', 'P')").reason).toBe(
      "dateTimeAdd(): 'P' is not an ISO 8601 duration",
    );
    expect(unknownOf("dateTimeAdd('2023-01-01', 'PT')").reason).toBe(
      "dateTimeAdd(): 'PT' is not an ISO 8601 duration",
    );
    expect(unknownOf("dateTimeAdd('9999-12-31', 'P1D')").reason).toBe(
      'dateTimeAdd(): the resulting date is outside the years 1 to 9999',
    );
  });
});

describe('epoch conversions', () => {
  it('convert between Unix seconds and timestamps', () => {
    expect(valueOf('dateTimeFromEpoch(1683040573)')).toBe('2023-05-02T15:16:13Z');
    expect(valueOf("dateTimeToEpoch('2023-05-02T15:16:13Z')")).toBe(1683040573);
    expect(valueOf("dateTimeToEpoch(dateTimeAdd('2023-05-02T15:16:13Z', 'PT1S'))")).toBe(1683040574);
  });
});
