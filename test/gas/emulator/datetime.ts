// Time zones, wall clocks, Sheets serial numbers and Java SimpleDateFormat patterns (what
// Utilities.formatDate takes). The emulator runs in Node, which has full ICU, so any IANA zone
// works here; the script under test never sees Intl through these functions.
// https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String)
// https://docs.oracle.com/javase/7/docs/api/java/text/SimpleDateFormat.html

const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(tz: string): Intl.DateTimeFormat | null {
  let f = formatters.get(tz);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      f = null;
    }
    formatters.set(tz, f);
  }
  return f;
}

const FIXED = /^(?:GMT|UTC)(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;

/** Offset from UTC in minutes; an unknown zone is GMT, as java.util.TimeZone treats it. */
export function offsetMinutes(tz: string, ms: number): number {
  const fixed = FIXED.exec(tz);
  if (fixed) return fixed[1] ? (fixed[1] === '-' ? -1 : 1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0)) : 0;
  const f = formatter(tz);
  if (!f || !Number.isFinite(ms)) return 0;
  const base = Math.floor(ms / 1000) * 1000;
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(base)) p[type] = Number(value);
  const asUtc = Date.UTC(p['year'] ?? 1970, (p['month'] ?? 1) - 1, p['day'] ?? 1, p['hour'] ?? 0, p['minute'] ?? 0, p['second'] ?? 0);
  return Math.round((asUtc - base) / 60000);
}

export const isKnownZone = (tz: string): boolean => FIXED.test(tz) || formatter(tz) !== null;

export interface WallClock {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 1 = Monday … 7 = Sunday
  dayOfYear: number;
  offset: number; // minutes east of UTC
}

export function wallClock(ms: number, tz: string): WallClock {
  const offset = offsetMinutes(tz, ms);
  const d = new Date(ms + offset * 60000);
  const year = d.getUTCFullYear();
  return {
    year,
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: ((d.getUTCDay() + 6) % 7) + 1,
    dayOfYear: Math.floor((Date.UTC(year, d.getUTCMonth(), d.getUTCDate()) - Date.UTC(year, 0, 1)) / 86400000) + 1,
    offset,
  };
}

/** The instant at which the wall clock in `tz` shows the given time. */
export function fromWallClock(tz: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  const first = guess - offsetMinutes(tz, guess) * 60000;
  return guess - offsetMinutes(tz, first) * 60000;
}

/** A Date for a wall-clock time in a zone, e.g. dateInZone('Asia/Shanghai', 2020, 2, 1) for 2020-02-01 00:00 +08:00. */
export const dateInZone = (tz: string, year: number, month: number, day: number, hour = 0, minute = 0, second = 0): Date =>
  new Date(fromWallClock(tz, year, month, day, hour, minute, second));

// Sheets counts days from 1899-12-30 on the spreadsheet's wall clock.
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

export function serialFromMs(ms: number, tz: string): number {
  return (ms + offsetMinutes(tz, ms) * 60000 - SERIAL_EPOCH) / 86400000;
}

export function msFromSerial(serial: number, tz: string): number {
  const wall = new Date(SERIAL_EPOCH + Math.round(serial * 86400000));
  return fromWallClock(
    tz,
    wall.getUTCFullYear(),
    wall.getUTCMonth() + 1,
    wall.getUTCDate(),
    wall.getUTCHours(),
    wall.getUTCMinutes(),
    wall.getUTCSeconds(),
    wall.getUTCMilliseconds(),
  );
}

export const MONTHS = [
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
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const pad = (n: number, width: number): string => String(Math.abs(n)).padStart(width, '0');

function offsetText(offset: number, colon: boolean, minutes = true): string {
  const sign = offset < 0 ? '-' : '+';
  const h = pad(Math.floor(Math.abs(offset) / 60), 2);
  const m = pad(Math.abs(offset) % 60, 2);
  return minutes ? `${sign}${h}${colon ? ':' : ''}${m}` : `${sign}${h}`;
}

// Java's short names for the zones this project meets; others print as GMT+hh:mm, as Java does.
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'Asia/Shanghai': 'CST',
  'Asia/Chongqing': 'CST',
  'Asia/Taipei': 'CST',
  'Asia/Hong_Kong': 'HKT',
  UTC: 'UTC',
  GMT: 'GMT',
  'Etc/UTC': 'UTC',
  'Etc/GMT': 'GMT',
};

/** Thrown for pattern letters Java rejects; the caller turns it into an Apps Script exception. */
export class PatternError extends Error {}

const SUPPORTED = 'GyYMLdDEuaHkKhmsSzZX';

export function formatJavaPattern(ms: number, tz: string, pattern: string): string {
  const w = wallClock(ms, tz);
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern.charAt(i);
    if (ch === "'") {
      const close = pattern.indexOf("'", i + 1);
      if (close === i + 1) {
        out += "'";
        i += 2;
        continue;
      }
      if (close < 0) throw new PatternError('Unterminated quote');
      out += pattern.slice(i + 1, close).replaceAll("''", "'");
      i = close + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(ch)) {
      out += ch;
      i += 1;
      continue;
    }
    let n = 1;
    while (pattern.charAt(i + n) === ch) n += 1;
    i += n;
    if (!SUPPORTED.includes(ch)) {
      if ('wWF'.includes(ch)) throw new Error(`emulator: pattern letter '${ch}' is valid Java but not emulated`);
      throw new PatternError(`Illegal pattern character '${ch}'`);
    }
    out += field(ch, n, w, tz);
  }
  return out;
}

function field(ch: string, n: number, w: WallClock, tz: string): string {
  switch (ch) {
    case 'G':
      return w.year > 0 ? 'AD' : 'BC';
    case 'y':
    case 'Y':
      return n === 2 ? pad(w.year % 100, 2) : pad(w.year, n);
    case 'M':
    case 'L':
      return n >= 4 ? (MONTHS[w.month - 1] ?? '') : n === 3 ? (MONTHS[w.month - 1] ?? '').slice(0, 3) : pad(w.month, n);
    case 'd':
      return pad(w.day, n);
    case 'D':
      return pad(w.dayOfYear, n);
    case 'E':
      return n >= 4 ? (WEEKDAYS[w.weekday - 1] ?? '') : (WEEKDAYS[w.weekday - 1] ?? '').slice(0, 3);
    case 'u':
      return pad(w.weekday, n);
    case 'a':
      return w.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(w.hour, n);
    case 'k':
      return pad(w.hour === 0 ? 24 : w.hour, n);
    case 'K':
      return pad(w.hour % 12, n);
    case 'h':
      return pad(w.hour % 12 === 0 ? 12 : w.hour % 12, n);
    case 'm':
      return pad(w.minute, n);
    case 's':
      return pad(w.second, n);
    case 'S':
      return pad(w.millisecond, n);
    case 'z':
      return SHORT_NAMES[tz] ?? `GMT${offsetText(w.offset, true)}`;
    case 'Z':
      return offsetText(w.offset, false);
    default: // 'X'
      if (w.offset === 0) return 'Z';
      return n === 1 ? offsetText(w.offset, false, false) : offsetText(w.offset, n >= 3);
  }
}
