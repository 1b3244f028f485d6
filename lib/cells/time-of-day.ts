// Times of day as teams type them (19:35, 19：35, 19点35分, 晚上7点半, 早上8点一刻, 1935), Excel time
// fractions and date-times, and Date cells, as minutes since midnight. Own arithmetic, no Intl: every
// runtime gives one answer. 1440 is the midnight that ends a day (24:00, 晚上12点): a report sent then
// is after an evening cut-off, not before the morning.
import { parseChineseNumeral } from './chinese-numerals.ts';
import { toSimplifiedText } from './keys.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';

export type TimeContext = {
  /** Offset of the sheet's time zone from UTC, in minutes; Date cells are read on its clock. Default +480. */
  readonly tzOffsetMinutes?: number | undefined;
  /**
   * The zone's offset on 1899-12-30, the day Sheets puts a time-only cell on, when it differs from
   * today's: Apps Script builds that Date with the zone's history, and Asia/Shanghai then kept local mean
   * time, +8:05:43 (485.72 minutes). Apps Script can give it exactly:
   * `Utilities.formatDate(new Date(Date.UTC(1899, 11, 30)), zone, 'HH:mm:ss')`. Default: tzOffsetMinutes.
   */
  readonly epochOffsetMinutes?: number | undefined;
};

export const MINUTES_PER_DAY = 1440;
const MS_PER_DAY = 86_400_000;
const DEFAULT_OFFSET = 480;
// Dates before 1900 are Sheets' time-only cells (1899-12-30), whichever side of midnight UTC they fall.
const EPOCH_END = Date.UTC(1900, 0, 1);
// Date-time serials start at 1 (1899-12-31); anything below 367 (1901) is not a day anyone logs.
const MIN_DATETIME_SERIAL = 367;
const MAX_SERIAL = 2_958_466;

/** A time of day → minutes since midnight (0–1440). */
export function parseTimeOfDay(raw: Cell, ctx: TimeContext = {}): Parsed<number> {
  if (raw instanceof Date) return timeOfDate(raw, ctx);
  if (typeof raw === 'number') return timeOfNumber(raw);
  if (typeof raw !== 'string') return fail('type', 'time');
  const s = toSimplifiedText(cleanText(raw)).toLowerCase();
  if (s.length > 40) return fail('format', 'time');
  const split = splitDateTime(s);
  return timeText(split ? split.time : s);
}

/** 'HH:MM' of minutes since midnight (1440 is '24:00'). */
export function formatMinutes(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/** 'YYYY-MM-DDTHH:MM', the form `asOf` takes: sorts as the instants do (T24:00 before the next day). */
export const dateTimeKey = (date: string, minutes: number): string => `${date}T${formatMinutes(minutes)}`;

function timeOfDate(d: Date, ctx: TimeContext): Parsed<number> {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return fail('type', 'time');
  const tz = ctx.tzOffsetMinutes ?? DEFAULT_OFFSET;
  const offset = ms < EPOCH_END ? (ctx.epochOffsetMinutes ?? tz) : tz;
  return ok(minutesOfDayFraction(((((ms + offset * 60_000) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY) / MS_PER_DAY));
}

// To the nearest second first (a float fraction of a day is never exact), then whole minutes as a clock shows.
function minutesOfDayFraction(f: number): number {
  const seconds = Math.round(f * 86_400);
  return Math.floor(seconds / 60) % MINUTES_PER_DAY;
}

function timeOfNumber(x: number): Parsed<number> {
  if (!Number.isFinite(x) || x < 0) return fail('type', 'time');
  if (x < 1) return ok(minutesOfDayFraction(x)); // an Excel/Sheets time
  if (Number.isInteger(x) && x <= 24) return ok(x * 60); // 8 in a time column: 8 o'clock
  if (x < 24) {
    // 19.35 typed into a number cell: hours and minutes, as 19.35 is written on paper.
    const h = Math.floor(x);
    const m = Math.round((x - h) * 100);
    if (Math.abs((x - h) * 100 - m) < 1e-6 && m < 60) return ok(h * 60 + m);
    return fail('format', 'time');
  }
  if (x >= MIN_DATETIME_SERIAL && x < MAX_SERIAL) return ok(minutesOfDayFraction(x - Math.floor(x)));
  return fail('range', 'time');
}

// The day part of a date-time as typed: 2020-02-01 19:35, 2020/2/1T19:35, 2020年2月1日晚上7点, 2月1日 19:35.
const DATE_PREFIX = /^(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号]|\d{1,2}[-/]\d{1,2}(?=[\sT]))(?:\s*t\s*|\s*)/;

/** A text date-time's two halves, or undefined when the text starts with no date. */
export function splitDateTime(s: string): { date: string; time: string } | undefined {
  const m = DATE_PREFIX.exec(s);
  if (!m) return undefined;
  const time = s
    .slice(m[0].length)
    .trim()
    .replace(/(?:z|[+-]\d{2}:?\d{2})$/, '');
  return { date: m[1]!, time };
}

const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{2})$/;
const COMPACT = /^(\d{2})(\d{2})$/;
const MERIDIEM = /^(.*?)\s*(am|pm|a\.m\.|p\.m\.)$/;
// Chinese: [period] hour 点/时 [minutes 分 | 半 | 一刻 | 三刻 | 整] [钟].
const CHINESE = /^([^\d零〇一二两三四五六七八九十]*)([\d零〇一二两三四五六七八九十]{1,3})(?:点钟|点|时)(.*)$/;

type Period = 'early' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

// Longest first, so 下午 is not read as 午 and 深夜 not as 夜.
const PERIODS: readonly (readonly [string, Period])[] = [
  ['凌晨', 'early'],
  ['清晨', 'morning'],
  ['早上', 'morning'],
  ['早晨', 'morning'],
  ['上午', 'morning'],
  ['早间', 'morning'],
  ['中午', 'noon'],
  ['正午', 'noon'],
  ['午间', 'noon'],
  ['下午', 'afternoon'],
  ['午后', 'afternoon'],
  ['傍晚', 'evening'],
  ['晚上', 'evening'],
  ['晚间', 'evening'],
  ['夜晚', 'evening'],
  ['深夜', 'night'],
  ['半夜', 'night'],
  ['夜里', 'night'],
  ['夜间', 'night'],
  ['早', 'morning'],
  ['晚', 'evening'],
  ['夜', 'night'],
];

function timeText(s: string): Parsed<number> {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t === '') return fail('format', 'time');
  const mer = MERIDIEM.exec(t);
  if (mer) {
    const clock = /^(\d{1,2})(?::(\d{2}))?$/.exec(mer[1]!.trim());
    if (!clock) return fail('format', 'time');
    const h = Number(clock[1]);
    if (h < 1 || h > 12) return fail('range', 'time');
    // 12 am is midnight, 12 pm noon.
    return withPeriod(undefined, (h % 12) + (mer[2]!.startsWith('p') ? 12 : 0), Number(clock[2] ?? 0));
  }
  let period: Period | undefined;
  let body = t.replace(/ /g, '');
  for (const [word, p] of PERIODS) {
    if (body.startsWith(word)) {
      period = p;
      body = body.slice(word.length);
      break;
    }
  }
  const clock = CLOCK.exec(body) ?? DOTTED.exec(body) ?? (period === undefined ? COMPACT.exec(body) : null);
  if (clock) return withPeriod(period, Number(clock[1]), Number(clock[2]));
  const zh = CHINESE.exec(body);
  if (zh?.[1] !== '') return fail('format', 'time');
  const hour = smallNumber(zh[2]!);
  const minute = minutesAfter(zh[3]!);
  if (hour === null || minute === null) return fail('format', 'time');
  return withPeriod(period, hour, minute);
}

// What follows 点: 35, 35分, 三十五分, 零五, 半, 一刻, 三刻, 整, 钟 — or nothing.
function minutesAfter(rest: string): number | null {
  const r = rest
    .replace(/钟$/, '')
    .replace(/(?:分钟|分)$/, '')
    .replace(/整$/, '');
  if (r === '') return 0;
  if (r === '半') return 30;
  if (r === '一刻') return 15;
  if (r === '三刻') return 45;
  const n = smallNumber(r.replace(/^[零〇](?=.)/, ''));
  return n !== null && n < 60 ? n : null;
}

function smallNumber(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const n = s.length <= 3 ? parseChineseNumeral(s) : null;
  return n !== null && n < 100 ? n : null;
}

function withPeriod(period: Period | undefined, hour: number, minute: number): Parsed<number> {
  if (minute >= 60) return fail('range', 'time');
  let h = hour;
  switch (period) {
    case undefined:
      break;
    case 'early':
      if (h === 12) h = 0;
      break;
    case 'morning':
      if (h > 12) return fail('range', 'time');
      break;
    case 'noon':
      if (h >= 1 && h <= 3) h += 12;
      break;
    case 'afternoon':
      if (h < 12) h += 12;
      break;
    case 'evening':
      if (h === 12) h = 24;
      else if (h < 12) h += 12;
      break;
    case 'night':
      if (h === 12) h = 24;
      else if (h >= 6 && h < 12) h += 12;
      break;
  }
  if (h > 24 || (h === 24 && minute > 0)) return fail('range', 'time');
  return ok(h * 60 + minute);
}
