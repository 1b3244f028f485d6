// How Sheets shows a cell (Range.getDisplayValues): the value rendered through the cell's number
// format. Covers the common formats — automatic, "0", "0.00", "#,##0.00", "0%", "0.0%", currency
// prefixes/suffixes, "@" and date/time patterns; sections (pos;neg;zero;text) are honoured.
// https://developers.google.com/sheets/api/guides/formats
import { MONTHS, WEEKDAYS, msFromSerial, serialFromMs, wallClock } from './datetime.ts';
import { DateValue, type Stored } from './values.ts';

/** What Range.getNumberFormat() reports for a cell nobody formatted. */
export const AUTOMATIC_FORMAT = '0.###############';

/** The format Sheets gives a cell that receives a Date with no format of its own. */
export function autoDateFormat(ms: number, tz: string): string {
  const w = wallClock(ms, tz);
  return w.hour || w.minute || w.second || w.millisecond ? 'yyyy-mm-dd h:mm:ss' : 'yyyy-mm-dd';
}

export function displayValue(value: Stored, format: string | undefined, tz: string): string {
  if (value === '') return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (value instanceof DateValue) {
    if (format !== undefined && isDatePattern(format)) return formatDatePattern(value.ms, tz, format);
    if (format === undefined || format === AUTOMATIC_FORMAT) return formatDatePattern(value.ms, tz, autoDateFormat(value.ms, tz));
    return displayValue(serialFromMs(value.ms, tz), format, tz);
  }
  if (format === undefined || format === AUTOMATIC_FORMAT || format === '@' || /^general$/i.test(format)) return autoNumber(value);
  if (isDatePattern(format)) return formatDatePattern(msFromSerial(value, tz), tz, format);
  return formatNumber(value, format);
}

/** Automatic format: integers in full, other numbers to 10 significant digits, huge ones in E notation. */
export function autoNumber(n: number): string {
  if (!Number.isFinite(n)) return '#NUM!';
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  if (Math.abs(n) >= 1e15)
    return n
      .toExponential(5)
      .replace(/\.?0+e/, 'e')
      .replace('e', 'E');
  return String(Number(n.toPrecision(10)));
}

const stripQuoted = (f: string): string => f.replace(/"[^"]*"|\\./g, '').replace(/\[[^\]]*\]/g, '');

export const isDatePattern = (format: string): boolean => /[dyhs]|am\/pm/i.test(stripQuoted(format)) || /^m+$/i.test(stripQuoted(format));

function formatDatePattern(ms: number, tz: string, pattern: string): string {
  const w = wallClock(ms, tz);
  const tokens: { t: string; lit: boolean }[] = [];
  for (let i = 0; i < pattern.length; ) {
    const ch = pattern.charAt(i);
    if (ch === '"') {
      const close = pattern.indexOf('"', i + 1);
      tokens.push({ t: pattern.slice(i + 1, close < 0 ? undefined : close), lit: true });
      i = close < 0 ? pattern.length : close + 1;
    } else if (ch === '\\') {
      tokens.push({ t: pattern.charAt(i + 1), lit: true });
      i += 2;
    } else if (/^am\/pm/i.test(pattern.slice(i))) {
      tokens.push({ t: 'AM/PM', lit: false });
      i += 5;
    } else if (/[ymdhs]/i.test(ch)) {
      let n = 1;
      while (pattern.charAt(i + n).toLowerCase() === ch.toLowerCase()) n += 1;
      tokens.push({ t: ch.toLowerCase().repeat(n), lit: false });
      i += n;
    } else {
      tokens.push({ t: ch, lit: true });
      i += 1;
    }
  }
  const twelve = tokens.some((t) => t.t === 'AM/PM');
  const codes = tokens.filter((t) => !t.lit);
  return tokens
    .map((tok) => {
      if (tok.lit) return tok.t;
      const k = codes.indexOf(tok);
      // "m" is minutes right after an hour or right before seconds, months otherwise.
      const minute = tok.t[0] === 'm' && (codes[k - 1]?.t[0] === 'h' || codes[k + 1]?.t[0] === 's');
      const n = tok.t.length;
      switch (tok.t[0]) {
        case 'y':
          return n <= 2 ? String(w.year % 100).padStart(2, '0') : String(w.year);
        case 'm':
          if (minute) return String(w.minute).padStart(n, '0');
          return n >= 4
            ? (MONTHS[w.month - 1] ?? '')
            : n === 3
              ? (MONTHS[w.month - 1] ?? '').slice(0, 3)
              : String(w.month).padStart(n, '0');
        case 'd':
          return n >= 4
            ? (WEEKDAYS[w.weekday - 1] ?? '')
            : n === 3
              ? (WEEKDAYS[w.weekday - 1] ?? '').slice(0, 3)
              : String(w.day).padStart(n, '0');
        case 'h': {
          const h = twelve ? w.hour % 12 || 12 : w.hour;
          return String(h).padStart(n, '0');
        }
        case 's':
          return String(w.second).padStart(n, '0');
        default:
          return w.hour < 12 ? 'AM' : 'PM';
      }
    })
    .join('');
}

export function formatNumber(n: number, format: string): string {
  const sections = splitSections(format);
  let section = sections[0] ?? '';
  let value = n;
  if (n < 0 && sections[1] !== undefined) {
    section = sections[1];
    value = -n;
  } else if (n === 0 && sections[2] !== undefined) section = sections[2];
  const core = /[0#?][0#?,]*(?:\.[0#?]*)?|\.[0#?]+/.exec(stripForCore(section));
  if (!core) return literalText(section);
  const percent = stripQuoted(section).includes('%');
  const shown = renderCore(Math.abs(percent ? value * 100 : value), core[0]);
  const sign = value < 0 ? '-' : '';
  const [before, after] = splitAround(section, core[0]);
  return `${literalText(before)}${sign}${shown}${literalText(after)}`;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of format) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

// Blank out quoted text and brackets so the number core is only searched in real pattern code.
const stripForCore = (s: string): string => s.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, (m) => ' '.repeat(m.length));

function splitAround(section: string, core: string): [string, string] {
  const at = stripForCore(section).indexOf(core);
  return [section.slice(0, at), section.slice(at + core.length)];
}

function literalText(s: string): string {
  return s
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, '$1')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/"([^"]*)"/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/_./g, ' ')
    .replace(/\*./g, '');
}

function renderCore(n: number, core: string): string {
  const [intPart = '', decPart = ''] = core.split('.');
  const minDec = (decPart.match(/0/g) ?? []).length;
  const maxDec = decPart.length;
  const minInt = (intPart.match(/0/g) ?? []).length;
  const grouped = intPart.includes(',');
  let [i = '0', d = ''] = n.toFixed(maxDec).split('.');
  while (d.length > minDec && d.endsWith('0')) d = d.slice(0, -1);
  if (i === '0' && minInt === 0) i = '';
  i = i.padStart(minInt, '0');
  if (grouped) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return d ? `${i}.${d}` : i;
}
