// How a stored cell comes back from values.get/batchGet under each valueRenderOption and
// dateTimeRenderOption, and the small number/date formatter FORMATTED_VALUE needs.
import type { Cell, NumberFormat } from './store.ts';

export type ValueRender = 'FORMATTED_VALUE' | 'UNFORMATTED_VALUE' | 'FORMULA';
export type DateRender = 'SERIAL_NUMBER' | 'FORMATTED_STRING';
export type Rendered = string | number | boolean;

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Serial number of a wall-clock date and time (days since 1899-12-30, fraction for the time). */
export function toSerial(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): number {
  return (Date.UTC(y, m - 1, d, hh, mm, ss) - EPOCH_MS) / DAY_MS;
}

/** Serial of a JS Date read by its UTC fields (the emulator has no time zone arithmetic). */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EPOCH_MS) / DAY_MS;
}

const isDateType = (f: NumberFormat | undefined): boolean =>
  f !== undefined && (f.type === 'DATE' || f.type === 'DATE_TIME' || f.type === 'TIME');

const DEFAULT_DATE_PATTERN: Record<string, string> = {
  DATE: 'yyyy-mm-dd',
  DATE_TIME: 'yyyy-mm-dd hh:mm:ss',
  TIME: 'hh:mm:ss',
};

export function renderCell(cell: Cell | undefined, value: ValueRender, date: DateRender): Rendered | undefined {
  if (!cell) return undefined;
  if (value === 'FORMULA' && cell.formula !== undefined) return cell.formula;
  const v = cell.value;
  if (v === undefined || v === '') return undefined;
  if (typeof v === 'object') return v.error;
  if (value === 'FORMATTED_VALUE') return formatValue(v, cell.format);
  if (typeof v === 'number' && isDateType(cell.format) && date === 'FORMATTED_STRING') {
    return formatValue(v, cell.format);
  }
  return v;
}

export function formatValue(v: string | number | boolean, format: NumberFormat | undefined): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'string') return v;
  if (format && isDateType(format)) {
    return formatDate(v, format.pattern ?? DEFAULT_DATE_PATTERN[format.type] ?? 'yyyy-mm-dd');
  }
  if (format?.pattern && format.type !== 'TEXT') return formatNumber(v, format.pattern);
  if (format?.type === 'PERCENT') return formatNumber(v, '0.00%');
  return automatic(v);
}

/** Sheets' "Automatic" format: integers as they are, others to about ten significant digits. */
function automatic(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n);
  const s = n.toPrecision(10);
  if (s.includes('e')) return s.replace(/\.?0*e/, 'E');
  return s.includes('.') ? s.replace(/\.?0+$/, '') : s;
}

type Token = { lit: string } | { code: string };

function tokenize(pattern: string, codes: RegExp): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i] ?? '';
    if (ch === '"') {
      const end = pattern.indexOf('"', i + 1);
      const stop = end < 0 ? pattern.length : end;
      out.push({ lit: pattern.slice(i + 1, stop) });
      i = stop + 1;
    } else if (ch === '\\') {
      out.push({ lit: pattern[i + 1] ?? '' });
      i += 2;
    } else if (ch === '[') {
      const end = pattern.indexOf(']', i);
      const inner = pattern.slice(i + 1, end < 0 ? pattern.length : end);
      if (inner.startsWith('$')) out.push({ lit: inner.slice(1).split('-')[0] ?? '' });
      i = end < 0 ? pattern.length : end + 1;
    } else {
      codes.lastIndex = i;
      const m = codes.exec(pattern);
      if (m && m.index === i) {
        out.push({ code: m[0] });
        i += m[0].length;
      } else {
        out.push({ lit: ch });
        i += 1;
      }
    }
  }
  return out;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function formatDate(serial: number, pattern: string): string {
  const t = new Date(EPOCH_MS + Math.round((serial * DAY_MS) / 1000) * 1000);
  const tokens = tokenize(pattern, /yyyy|yy|mmmm|mmm|mm|m|dddd|ddd|dd|d|hh|h|ss|s|am\/pm|AM\/PM/gy);
  const codeAt = (j: number, step: number): string | undefined => {
    for (let k = j + step; k >= 0 && k < tokens.length; k += step) {
      const tk = tokens[k];
      if (tk && 'code' in tk) return tk.code.toLowerCase();
    }
    return undefined;
  };
  const twelve = tokens.some((tk) => 'code' in tk && tk.code.toLowerCase() === 'am/pm');
  const hours = t.getUTCHours();
  return tokens
    .map((tk, j) => {
      if ('lit' in tk) return tk.lit;
      const c = tk.code.toLowerCase();
      if (c === 'm' || c === 'mm') {
        const minutes = codeAt(j, -1)?.startsWith('h') || codeAt(j, 1)?.startsWith('s');
        if (minutes) return c === 'mm' ? pad(t.getUTCMinutes(), 2) : String(t.getUTCMinutes());
        return c === 'mm' ? pad(t.getUTCMonth() + 1, 2) : String(t.getUTCMonth() + 1);
      }
      const h12 = hours % 12 === 0 ? 12 : hours % 12;
      switch (c) {
        case 'yyyy':
          return String(t.getUTCFullYear());
        case 'yy':
          return pad(t.getUTCFullYear() % 100, 2);
        case 'mmmm':
          return MONTHS[t.getUTCMonth()] ?? '';
        case 'mmm':
          return (MONTHS[t.getUTCMonth()] ?? '').slice(0, 3);
        case 'dddd':
          return DAYS[t.getUTCDay()] ?? '';
        case 'ddd':
          return (DAYS[t.getUTCDay()] ?? '').slice(0, 3);
        case 'dd':
          return pad(t.getUTCDate(), 2);
        case 'd':
          return String(t.getUTCDate());
        case 'hh':
          return pad(twelve ? h12 : hours, 2);
        case 'h':
          return String(twelve ? h12 : hours);
        case 'ss':
          return pad(t.getUTCSeconds(), 2);
        case 's':
          return String(t.getUTCSeconds());
        default:
          return hours < 12 ? tk.code.slice(0, 2) : tk.code.slice(3, 5);
      }
    })
    .join('');
}

/** `#,##0.00`, `0%`, `"¥"#,##0.00`, `[$¥-804]#,##0`: literals around one numeric part. */
function formatNumber(n: number, pattern: string): string {
  const sections = pattern.split(';');
  const negative = n < 0 && sections.length > 1;
  const tokens = tokenize((negative ? sections[1] : sections[0]) ?? '', /[0#?.,%]+/gy);
  const value = negative ? -n : n;
  return tokens
    .map((tk) => {
      if ('lit' in tk) return tk.lit;
      const code = tk.code;
      if (!/[0#?]/.test(code)) return code.replaceAll(',', '');
      const [intPart = '', frac = ''] = code.replace('%', '').split('.');
      const decimals = (frac.match(/[0#?]/g) ?? []).length;
      const scaled = code.includes('%') ? value * 100 : value;
      const fixed = Math.abs(scaled).toFixed(decimals);
      let [whole = '', fraction] = fixed.split('.');
      const minInt = (intPart.match(/0/g) ?? []).length;
      if (whole === '0' && minInt === 0) whole = '';
      whole = whole.padStart(minInt, '0');
      if (intPart.includes(',')) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
      const sign = scaled < 0 && Number(fixed) !== 0 ? '-' : '';
      return sign + whole + (fraction ? '.' + fraction : '') + (code.includes('%') ? '%' : '');
    })
    .join('');
}
