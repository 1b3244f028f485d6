// A date and a time of day together: a date-time cell, a date cell holding only a time (Sheets' time
// cells are Dates on 1899-12-30), or a date column and a time column read as one moment.
import { parseDate, type DateContext } from './date.ts';
import { fail, isBlank, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';
import { toSimplifiedText } from './keys.ts';
import { parseTimeOfDay, splitDateTime, type TimeContext } from './time-of-day.ts';

/** What a cell says of a moment: its day, its time of day (minutes since midnight), or both. */
export type DateTime = { readonly date: string | undefined; readonly minutes: number | undefined };

export type DateTimeContext = TimeContext & DateContext;

const EPOCH_END = Date.UTC(1900, 0, 1);
const MS_PER_DAY = 86_400_000;

/**
 * A cell → its day and time of day. A Date on Sheets' epoch is a time alone; a Date at midnight is a
 * day alone (a date cell with no time); a number below 1 is a time, an integer a day, any other a
 * date-time serial; text may hold either or both (2020-02-01 19:35, 2月1日晚上7点, 19:35, 2月1日).
 */
export function parseDateTime(raw: Cell, ctx: DateTimeContext = {}): Parsed<DateTime> {
  if (raw instanceof Date) {
    const ms = raw.getTime();
    if (Number.isNaN(ms)) return fail('type', 'date-time');
    const time = parseTimeOfDay(raw, ctx);
    if (!time.ok) return fail(time.code, 'date-time');
    if (ms < EPOCH_END) return ok({ date: undefined, minutes: time.value });
    const date = parseDate(raw, ctx);
    if (!date.ok) return fail(date.code, 'date-time');
    return ok({ date: date.value, minutes: time.value === 0 && isMidnight(ms, ctx) ? undefined : time.value });
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || raw < 0) return fail('type', 'date-time');
    if (raw < 1) return either(undefined, parseTimeOfDay(raw, ctx));
    const date = parseDate(Math.floor(raw), ctx);
    if (!date.ok) return fail(date.code, 'date-time');
    return Number.isInteger(raw) ? ok({ date: date.value, minutes: undefined }) : either(date.value, parseTimeOfDay(raw, ctx));
  }
  if (typeof raw !== 'string') return fail('type', 'date-time');
  const s = toSimplifiedText(cleanText(raw)).toLowerCase();
  if (s.length > 60) return fail('format', 'date-time');
  const split = splitDateTime(s);
  if (split) {
    const date = parseDate(split.date, ctx);
    if (!date.ok) return date.suggestion === undefined ? fail(date.code, 'date-time') : fail(date.code, 'date-time', date.suggestion);
    return split.time === '' ? ok({ date: date.value, minutes: undefined }) : either(date.value, parseTimeOfDay(split.time, ctx));
  }
  const whole = parseDate(s, ctx); // 20200201, 二〇二〇年二月一日
  if (whole.ok) return ok({ date: whole.value, minutes: undefined });
  return either(undefined, parseTimeOfDay(s, ctx));
}

/**
 * One moment from a date column and a time column, as a visit log holds them: the day from the date
 * cell (or from the time cell when that is a full date-time and the date cell is blank), the time from
 * the time cell (or from the date cell when it holds a date-time and the time cell is blank).
 */
export function joinDateAndTime(dateCell: Cell, timeCell: Cell, ctx: DateTimeContext = {}): Parsed<DateTime> {
  const d = isBlank(dateCell) ? undefined : parseDateTime(dateCell, ctx);
  const t = isBlank(timeCell) ? undefined : parseDateTime(timeCell, ctx);
  if (d && !d.ok) return d;
  if (t && !t.ok) return t;
  const date = d?.value.date ?? t?.value.date;
  const minutes = t?.value.minutes ?? d?.value.minutes;
  if (date === undefined && minutes === undefined) return fail('format', 'date-time');
  return ok({ date, minutes });
}

function either(date: string | undefined, time: Parsed<number>): Parsed<DateTime> {
  return time.ok ? ok({ date, minutes: time.value }) : fail(time.code, 'date-time');
}

function isMidnight(ms: number, ctx: DateTimeContext): boolean {
  const offset = (ctx.tzOffsetMinutes ?? 480) * 60_000;
  return (((ms + offset) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY === 0;
}
