import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinDateAndTime, parseDateTime } from '../../../lib/cells/date-time.ts';
import { dateTimeKey, formatMinutes, parseTimeOfDay } from '../../../lib/cells/time-of-day.ts';
import { outcome } from './outcome.ts';

const clock = (text: string | number | Date, ctx = {}) => {
  const r = parseTimeOfDay(text, ctx);
  return r.ok ? formatMinutes(r.value) : `!${r.code}`;
};
const pad = (n: number) => String(n).padStart(2, '0');
// A Date whose wall clock in a zone `offset` minutes east of UTC shows the given day and time.
const wall = (y: number, mo: number, d: number, h: number, mi: number, offset = 480) =>
  new Date(Date.UTC(y, mo - 1, d, h, mi) - offset * 60_000);

describe('parseTimeOfDay: times as typed', () => {
  it.each<[string, string]>([
    ['19:35', '19:35'],
    ['19：35', '19:35'],
    ['9:05', '09:05'],
    ['09:05', '09:05'],
    ['19:35:59', '19:35'],
    ['０９：０５', '09:05'],
    ['19点35分', '19:35'],
    ['19时35分', '19:35'],
    ['19點35分', '19:35'],
    ['19時35分', '19:35'],
    ['7点05', '07:05'],
    ['7点零5分', '07:05'],
    ['晚上7点半', '19:30'],
    ['下午3点', '15:00'],
    ['中午12点', '12:00'],
    ['中午1点', '13:00'],
    ['早上8点一刻', '08:15'],
    ['上午10点三刻', '10:45'],
    ['七点半', '07:30'],
    ['晚上七点三十五分', '19:35'],
    ['晚7点', '19:00'],
    ['20点整', '20:00'],
    ['8点钟', '08:00'],
    ['下午3點半', '15:30'],
    ['晚上19:35', '19:35'],
    ['下午15点', '15:00'],
    ['凌晨2点', '02:00'],
    ['凌晨12点', '00:00'],
    ['夜里2点', '02:00'],
    ['深夜11点', '23:00'],
    ['晚上12点', '24:00'],
    ['24:00', '24:00'],
    ['0:00', '00:00'],
    ['19.35', '19:35'],
    ['1935', '19:35'],
    ['7:35 PM', '19:35'],
    ['7pm', '19:00'],
    ['12am', '00:00'],
    ['12 pm', '12:00'],
    ['2020-02-01 19:35', '19:35'],
    ['2020/2/1 19:35:20', '19:35'],
    ['2020-02-01T19:35:00', '19:35'],
    ['2月1日晚上7点', '19:00'],
  ])('%s → %s', (text, want) => {
    expect(clock(text)).toBe(want);
  });

  it.each<[string, string]>([
    ['25:00', '!range'],
    ['19:75', '!range'],
    ['24:30', '!range'],
    ['上午14点', '!range'],
    ['13pm', '!range'],
    ['看情况', '!format'],
    ['', '!format'],
    ['晚上', '!format'],
    ['2020-02-01', '!format'],
    ['7点八十分', '!format'],
  ])('%s → %s', (text, want) => {
    expect(clock(text)).toBe(want);
  });
});

describe('parseTimeOfDay: numbers and Date cells', () => {
  it.each<[number, string]>([
    [0.8159722222222222, '19:35'],
    [0.5, '12:00'],
    [0, '00:00'],
    [0.99999, '23:59'],
    [43862.8159722222, '19:35'], // a date-time serial: its time
    [8, '08:00'],
    [20, '20:00'],
    [19.35, '19:35'],
    [9.3, '09:30'],
  ])('%s → %s', (n, want) => {
    expect(clock(n)).toBe(want);
  });

  it.each<[number, string]>([
    [100, '!range'],
    [19.75, '!format'],
    [-1, '!type'],
    [Number.NaN, '!type'],
  ])('%s → %s', (n, want) => {
    expect(clock(n)).toBe(want);
  });

  it('reads a Date on the sheet clock', () => {
    expect(clock(wall(2020, 2, 1, 19, 35))).toBe('19:35');
    expect(clock(wall(2020, 2, 1, 19, 35, 0), { tzOffsetMinutes: 0 })).toBe('19:35');
  });

  it('reads a time-only cell from Apps Script, a Date on 1899-12-30 built with the zone’s local mean time', () => {
    const lmt = 485 + 43 / 60; // Asia/Shanghai before 1901: +8:05:43
    const cell = wall(1899, 12, 30, 19, 35, lmt);
    expect(clock(cell, { tzOffsetMinutes: 480, epochOffsetMinutes: lmt })).toBe('19:35');
    expect(clock(wall(1899, 12, 30, 0, 5, lmt), { tzOffsetMinutes: 480, epochOffsetMinutes: lmt })).toBe('00:05');
    // Without the epoch offset the cell reads 5 minutes 43 seconds early: why the option exists.
    expect(clock(cell, { tzOffsetMinutes: 480 })).toBe('19:29');
  });

  it('gives every minute of the day back from each form it can be typed in', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: -720, max: 840 }), (h, m, offset) => {
        const want = h * 60 + m;
        const forms = [
          `${h}:${pad(m)}`,
          `${pad(h)}：${pad(m)}`,
          `${h}点${m}分`,
          `${h}時${pad(m)}分`,
          `2020-02-01 ${h}:${pad(m)}`,
          (h * 60 + m) / 1440,
          43862 + (h * 60 + m) / 1440,
        ];
        return (
          forms.every((f) => outcome(parseTimeOfDay(f)) === want) &&
          outcome(parseTimeOfDay(wall(2020, 2, 1, h, m, offset), { tzOffsetMinutes: offset })) === want
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe('parseDateTime and joinDateAndTime: a day and a time together', () => {
  it.each<[unknown, string]>([
    ['2020-02-01 19:35', '2020-02-01 19:35'],
    ['2月1日晚上7点', '2020-02-01 19:00'],
    ['19:35', '- 19:35'],
    ['2020-02-01', '2020-02-01 -'],
    ['20200201', '2020-02-01 -'],
    ['2020年2月1日', '2020-02-01 -'],
    ['2/1 19:35', '2020-02-01 19:35'],
    [43862.75, '2020-02-01 18:00'],
    [43862, '2020-02-01 -'],
    [0.5, '- 12:00'],
    [wall(2020, 2, 1, 0, 0), '2020-02-01 -'],
    [wall(2020, 2, 1, 8, 30), '2020-02-01 08:30'],
    [wall(1899, 12, 30, 8, 30), '- 08:30'],
  ])('%s → %s', (cell, want) => {
    const r = parseDateTime(cell as string, { year: 2020 });
    expect(r.ok ? `${r.value.date ?? '-'} ${r.value.minutes === undefined ? '-' : formatMinutes(r.value.minutes)}` : `!${r.code}`).toBe(
      want,
    );
  });

  it('fails on a day that does not exist or a time it cannot read, and offers the day to type', () => {
    expect(parseDateTime('2020-02-30 19:35')).toMatchObject({ ok: false, code: 'type', expected: 'date-time' });
    expect(parseDateTime('2020-02-01 看情况')).toMatchObject({ ok: false, code: 'format' });
    expect(parseDateTime('2月1日 19:35')).toEqual({ ok: false, code: 'format', expected: 'date-time', suggestion: 'YYYY-02-01' });
  });

  it('joins a date column and a time column, either of which may hold the other half', () => {
    const day = wall(2020, 2, 1, 0, 0);
    const time = wall(1899, 12, 30, 19, 35);
    expect(joinDateAndTime(day, time)).toEqual({ ok: true, value: { date: '2020-02-01', minutes: 1175 } });
    expect(joinDateAndTime(day, '晚上7点半')).toEqual({ ok: true, value: { date: '2020-02-01', minutes: 1170 } });
    expect(joinDateAndTime('2020-02-01 19:35', '')).toEqual({ ok: true, value: { date: '2020-02-01', minutes: 1175 } });
    expect(joinDateAndTime(null, '2020-02-01 19:35')).toEqual({ ok: true, value: { date: '2020-02-01', minutes: 1175 } });
    expect(joinDateAndTime('2020-02-01', undefined)).toEqual({ ok: true, value: { date: '2020-02-01', minutes: undefined } });
    expect(joinDateAndTime(null, null)).toMatchObject({ ok: false, code: 'format' });
    expect(joinDateAndTime('2020-02-01', '25:00')).toMatchObject({ ok: false, code: 'range' });
  });

  it('writes a moment the way asOf is written, sorting as the moments do', () => {
    expect(dateTimeKey('2020-02-01', 1175)).toBe('2020-02-01T19:35');
    const keys = [dateTimeKey('2020-02-02', 0), dateTimeKey('2020-02-01', 1440), dateTimeKey('2020-02-01', 65)];
    expect([...keys].sort()).toEqual(['2020-02-01T01:05', '2020-02-01T24:00', '2020-02-02T00:00']);
  });
});
