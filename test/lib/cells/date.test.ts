import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoFromDayNumber, parseDate } from '../../../lib/cells/date.ts';
import { advice, outcome } from './outcome.ts';

const Y2020 = { year: 2020 };

describe('parseDate: text', () => {
  it.each<[string, string]>([
    ['2020-02-01', '2020-02-01'],
    ['2020-2-1', '2020-02-01'],
    ['2020/2/1', '2020-02-01'],
    ['2020/02/01', '2020-02-01'],
    ['2020.01.22', '2020-01-22'],
    ['２０２０－０２－０１', '2020-02-01'],
    ['2020年2月1日', '2020-02-01'],
    ['2020年02月01日', '2020-02-01'],
    ['2020年2月1号', '2020-02-01'],
    ['2020 年 2 月 1 日', '2020-02-01'],
    ['二〇二〇年二月一日', '2020-02-01'],
    ['二〇二〇年十二月三十一日', '2020-12-31'],
    ['2020年2月1日 14:30', '2020-02-01'],
    ['20200201', '2020-02-01'],
    ['2020-02-01 14:30', '2020-02-01'],
    ['2020/2/1 8:05:09', '2020-02-01'],
    ['2020-02-01T06:30:00Z', '2020-02-01'], // the date as typed, not shifted to +8
    ['2020-01-31T23:30:00.000+08:00', '2020-01-31'],
    ['2020-02-29', '2020-02-29'],
  ])('%s → %s', (s, want) => {
    expect(outcome(parseDate(s, {}))).toBe(want);
  });

  it.each<[string, string]>([
    ['2月1日', '2020-02-01'],
    ['2月1号', '2020-02-01'],
    ['二月一日', '2020-02-01'],
    ['2/1', '2020-02-01'],
    ['02-01', '2020-02-01'],
    ['12/31', '2020-12-31'],
  ])('%s with the year from context → %s', (s, want) => {
    expect(outcome(parseDate(s, Y2020))).toBe(want);
  });

  it.each<[string, string]>([
    ['2月1日', '!format→YYYY-02-01'],
    ['2/1', '!format→YYYY-02-01'],
    ['13/1', '!type'],
  ])('%s without a year → %s', (s, want) => {
    expect(advice(parseDate(s, {}))).toBe(want);
  });

  it.each<[string, string]>([
    ['2020-02-30', '!type'], // no such day: an invalid date, not one out of range (issue 13)
    ['2019-02-29', '!type'],
    ['2100-02-29', '!type'],
    ['2020-13-01', '!type'],
    ['2020-00-10', '!type'],
    ['2020年2月30日', '!type'],
    ['2/30', '!type'],
    ['2202-02-01', '!range'], // a typo for 2020
    ['1899-12-31', '!range'],
    ['20201301', '!type'],
    ['2020-02', '!format'],
    ['2020年2月', '!format'],
    ['20/2/1', '!format'], // two-digit year
    ['1/2/2020', '!format'], // day-month or month-day?
    ['2.1', '!format'], // a decimal or 1 February?
    ['2020-02/01', '!format'],
    ['2020-02-01 25:00', '!format'],
    ['2020-02-01 later', '!format'],
    ['2020年2月1日下午', '!format'],
    ['二零年二月一日', '!format'],
    ['昨天', '!format'],
    ['abc', '!format'],
    ['2020-02-01'.repeat(10_000), '!format'],
  ])('%s → %s', (s, want) => {
    expect(outcome(parseDate(s, Y2020))).toBe(want);
  });
});

describe('parseDate: Date cells and serial numbers', () => {
  it.each<[Date, string]>([
    [new Date('2020-02-01T00:00:00+08:00'), '2020-02-01'],
    [new Date('2020-01-31T16:00:00Z'), '2020-02-01'], // midnight in Shanghai
    [new Date('2020-01-31T15:59:59Z'), '2020-01-31'],
    [new Date('2020-02-01T23:59:59+08:00'), '2020-02-01'],
  ])('%o at +08:00 → %s', (d, want) => {
    expect(outcome(parseDate(d, {}))).toBe(want);
  });

  it('reads a Date in the offset it is given', () => {
    expect(outcome(parseDate(new Date('2020-01-31T16:00:00Z'), { tzOffsetMinutes: 0 }))).toBe('2020-01-31');
    expect(outcome(parseDate(new Date('2020-02-01T03:00:00Z'), { tzOffsetMinutes: -300 }))).toBe('2020-01-31');
  });

  it.each<[unknown, string]>([
    [43862, '2020-02-01'],
    [43862.75, '2020-02-01'], // the fraction is the time of day
    [43831, '2020-01-01'],
    [2, '1900-01-01'],
    [73415, '2100-12-31'],
    [20200201, '2020-02-01'], // yyyymmdd typed into a number cell
    [new Date(Number.NaN), '!type'],
    [new Date('1899-12-30T14:30:00+08:00'), '!range'], // a time-only cell
    [new Date(8.64e15), '!range'],
    [0, '!range'],
    [0.5, '!range'],
    [-1, '!range'],
    [2958466, '!range'],
    [100000, '!range'], // 2173: outside the plausible window
    [Number.NaN, '!type'],
    [Number.POSITIVE_INFINITY, '!type'],
    [true, '!type'],
  ])('%o → %s', (raw, want) => {
    expect(outcome(parseDate(raw as never, {}))).toBe(want);
  });
});

describe('day arithmetic', () => {
  it.each<[string, number]>([
    ['1970-01-01', 0],
    ['2020-02-01', 18293],
    ['1899-12-30', -25569],
    ['2000-03-01', 11017],
    ['2020-02-30', Number.NaN],
    ['2020-2-1', Number.NaN],
  ])('dayNumber(%s) = %d', (iso, n) => {
    expect(dayNumber(iso)).toBe(n);
  });

  it('agrees with Date.UTC on every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2100-12-31') }), (n) => {
        const iso = isoFromDayNumber(n);
        return iso === new Date(n * 86_400_000).toISOString().slice(0, 10) && dayNumber(iso) === n;
      }),
    );
  });

  it('a serial number and its Sheets date are the same day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 73415 }), (serial) => {
        const viaUtc = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
        return outcome(parseDate(serial, {})) === viaUtc;
      }),
    );
  });

  it.each<[string, number, string]>([
    ['2020-02-28', 1, '2020-02-29'],
    ['2020-02-29', 1, '2020-03-01'],
    ['2020-12-31', 1, '2021-01-01'],
    ['2020-03-01', -1, '2020-02-29'],
    ['2020-02-30', 1, ''],
  ])('addDays(%s, %i) = %s', (iso, n, want) => {
    expect(addDays(iso, n)).toBe(want);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => typeof parseDate(s, Y2020).ok === 'boolean'));
  });
});
