import { FORMAT_CHARS, SPACE_RUNS } from './invisible.ts';
import type { Cell } from './result.ts';

// Full-width ASCII (U+FF01–U+FF5E) maps to U+0021–U+007E by a fixed offset. lib folds with its own
// rule instead of normalize('NFKC'): NFKC also turns ①→1 and ㈠→(一), and Apps Script's V8 may lack ICU.
const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

// Anything to fold: full-width forms, any space but a single ASCII one, format characters.
const NEEDS_FOLD = /[\uff01-\uff5e\u00a0\u00ad\u061c\u1680\u2000-\u200f\u2028-\u202f\u205f-\u2069\u3000\ufeff\t\n\r\f\v]| {2}/;

/** Full-width ASCII letters, digits and signs folded to half-width; nothing else touched. */
function foldWidth(s: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= FULLWIDTH_START && c <= FULLWIDTH_END) {
      out += s.slice(start, i) + String.fromCharCode(c - FULLWIDTH_OFFSET);
      start = i + 1;
    }
  }
  return start === 0 ? s : out + s.slice(start);
}

/**
 * The text a volunteer meant: full-width folded, padding and zero-width characters removed, inner
 * runs of spaces (including newlines) collapsed to one space. Used for matching, never written back.
 */
export function cleanText(s: string): string {
  if (!NEEDS_FOLD.test(s) && s.trim() === s) return s;
  return foldWidth(s).replace(FORMAT_CHARS, '').replace(SPACE_RUNS, ' ').trim();
}

/**
 * A cell as display text: numbers without float noise, Dates as ISO days in the sheet's zone
 * (`tzOffsetMinutes`: Apps Script gives a typed day as midnight in the spreadsheet's zone, 16:00 the day
 * before in UTC for +08:00; files give UTC midnight, offset 0); blank as ''.
 */
export function cellText(raw: Cell, tzOffsetMinutes = 0): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return cleanText(raw);
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : '';
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  const ms = raw.getTime();
  return Number.isNaN(ms) ? '' : new Date(ms + tzOffsetMinutes * 60_000).toISOString().slice(0, 10);
}
