// Calendar days from Date objects, Sheets serial numbers and the ways teams type dates. Own
// arithmetic (days-from-civil) instead of Intl: every runtime, Apps Script included, gives one answer.
import { parseChineseDigits, parseChineseNumeral } from './chinese-numerals.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';

export type DateContext = {
  /** Year for dates typed without one (2月1日, 2/1). */
  readonly year?: number | undefined;
  /** Offset of the sheet's time zone from UTC; Date cells are read in it. Default +480 (Asia/Shanghai). */
  readonly tzOffsetMinutes?: number | undefined;
};

// Dates outside this window are typos (2202 for 2020) or time-only cells (Sheets gives 1899-12-30).
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

const DEFAULT_OFFSET = 480;
const MS_PER_DAY = 86_400_000;
const SERIAL_EPOCH = -25_569; // 1899-12-30 as days since 1970-01-01
const MAX_SERIAL = 2_958_465; // 9999-12-31

const YMD = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[ T](.*))?$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?: ?(?:Z|[+-]\d{2}:?\d{2}))?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const MONTH_DAY = /^(\d{1,2})[-/](\d{1,2})$/;

/** A calendar day 'YYYY-MM-DD' from a Date, a serial day number or typed text. */
export function parseDate(raw: Cell, ctx: DateContext = {}): Parsed<string> {
  if (raw instanceof Date) {
    const ms = raw.getTime();
    if (Number.isNaN(ms)) return fail('type', 'date');
    const offset = ctx.tzOffsetMinutes ?? DEFAULT_OFFSET;
    return fromDayNumber(Math.floor((ms + offset * 60_000) / MS_PER_DAY));
  }
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return fail('type', 'date');
    // 20200201 typed into a number cell: no serial is that large, so it cannot be misread.
    if (Number.isInteger(raw) && raw >= 19_000_101 && raw <= 21_001_231) return compact(String(raw));
    if (raw < 1 || raw >= MAX_SERIAL + 1) return fail('range', 'date');
    return fromDayNumber(SERIAL_EPOCH + Math.floor(raw));
  }
  if (typeof raw !== 'string') return fail('type', 'date');
  const s = cleanText(raw);
  if (s.length > 40) return fail('format', 'date');

  const m = YMD.exec(s);
  if (m) {
    const time = m[5];
    if (time !== undefined && !validTime(time)) return fail('format', 'date');
    return day(Number(m[1]), Number(m[3]), Number(m[4]));
  }
  if (COMPACT.test(s)) return compact(s);
  const md = MONTH_DAY.exec(s);
  if (md) return withContextYear(Number(md[1]), Number(md[2]), ctx);
  if (s.includes('月')) return chineseDate(s, ctx);
  return fail('format', 'date');
}

function compact(s: string): Parsed<string> {
  const m = COMPACT.exec(s);
  return m ? day(Number(m[1]), Number(m[2]), Number(m[3])) : fail('format', 'date');
}

function validTime(t: string): boolean {
  const m = TIME.exec(t);
  return m !== null && Number(m[1]) < 24 && Number(m[2]) < 60 && Number(m[3] ?? 0) < 60;
}

// 2020年2月1日, 2020年02月01号, 2月1日, 二〇二〇年二月一日, with an optional time after the day.
function chineseDate(s: string, ctx: DateContext): Parsed<string> {
  const y = s.indexOf('年');
  const mo = s.indexOf('月');
  if (mo < y) return fail('format', 'date');
  let end = s.length;
  for (const mark of ['日', '号', '號']) {
    const i = s.indexOf(mark, mo);
    if (i > mo) {
      end = i;
      break;
    }
  }
  const rest = s.slice(end + 1).trim();
  if (end === s.length || (rest !== '' && !validTime(rest))) return fail('format', 'date');
  const month = smallNumber(s.slice(y + 1, mo).trim());
  const dayOfMonth = smallNumber(s.slice(mo + 1, end).trim());
  if (month === null || dayOfMonth === null) return fail('format', 'date');
  if (y < 0) return withContextYear(month, dayOfMonth, ctx);
  const yearText = s.slice(0, y).trim();
  const digits = /^\d{4}$/.test(yearText) ? yearText : parseChineseDigits(yearText);
  if (digits === null || digits.length !== 4) return fail('format', 'date');
  return day(Number(digits), month, dayOfMonth);
}

function smallNumber(s: string): number | null {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  const n = s.length <= 3 ? parseChineseNumeral(s) : null;
  return n !== null && n <= 99 ? n : null;
}

function withContextYear(month: number, dayOfMonth: number, ctx: DateContext): Parsed<string> {
  const year = ctx.year;
  if (year === undefined || !Number.isInteger(year)) {
    // Without a year the day cannot be placed; show the form to type, with the day filled in.
    if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) return fail('type', 'real-date');
    return fail('format', 'date', `YYYY-${pad2(month)}-${pad2(dayOfMonth)}`);
  }
  return day(year, month, dayOfMonth);
}

function day(year: number, month: number, dayOfMonth: number): Parsed<string> {
  // 2020-02-31 or 2020-13-45 is no day at all (not a day outside the years paicha accepts).
  if (!isValidDay(year, month, dayOfMonth)) return isValidDay(year, 1, 1) ? fail('type', 'real-date') : fail('range', 'date');
  return ok(`${year}-${pad2(month)}-${pad2(dayOfMonth)}`);
}

function fromDayNumber(days: number): Parsed<string> {
  const iso = isoFromDayNumber(days);
  const year = Number(iso.slice(0, 4));
  return iso.length === 10 && year >= MIN_YEAR && year <= MAX_YEAR ? ok(iso) : fail('range', 'date');
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Whether year-month-day is a real calendar day inside MIN_YEAR..MAX_YEAR. */
export function isValidDay(year: number, month: number, dayOfMonth: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(dayOfMonth) &&
    dayOfMonth >= 1 &&
    dayOfMonth <= daysInMonth(year, month)
  );
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Howard Hinnant's days_from_civil: proleptic Gregorian, days since 1970-01-01.
function daysFromCivil(year: number, month: number, dayOfMonth: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + dayOfMonth - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** Days since 1970-01-01 of a 'YYYY-MM-DD' day; NaN when the text is not a valid day. */
export function dayNumber(iso: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return Number.NaN;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return Number.NaN;
  return daysFromCivil(y, mo, d);
}

/** 'YYYY-MM-DD' of a day number (days since 1970-01-01); '' when not a safe integer or year ∉ 0..9999. */
export function isoFromDayNumber(days: number): string {
  if (!Number.isSafeInteger(days)) return '';
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < 0 || y > 9999) return '';
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

/** The day n days after a 'YYYY-MM-DD' day ('' when the day is not valid). */
export function addDays(iso: string, n: number): string {
  const d = dayNumber(iso);
  return Number.isNaN(d) ? '' : isoFromDayNumber(d + n);
}
