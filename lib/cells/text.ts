import type { Cell } from './result.ts';

// Full-width ASCII (U+FF01–U+FF5E) maps to U+0021–U+007E by a fixed offset. lib folds with its own
// rule instead of normalize('NFKC'): NFKC also turns ①→1 and ㈠→(一), and Apps Script's V8 may lack ICU.
const FULLWIDTH_START = 0xff01;
const FULLWIDTH_END = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;

// Padding teams paste in from chat apps and published ledgers: NBSP, ideographic space, zero-width
// characters and the BOM. Zero-width ones are removed; the rest count as spaces.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACES = /[\s\u00a0\u3000]+/g;

const NEEDS_FOLD = /[\uff01-\uff5e\u200b-\u200d\u2060\ufeff\u00ad\u00a0\u3000\t\n\r\f\v]|\s\s/;

/** Full-width ASCII letters, digits and signs folded to half-width; nothing else touched. */
export function foldWidth(s: string): string {
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
  return foldWidth(s).replace(ZERO_WIDTH, '').replace(SPACES, ' ').trim();
}

/** A cell as display text: numbers without float noise, Dates as ISO days; blank as ''. */
export function cellText(raw: Cell): string {
  if (raw === null || raw === undefined) return '';
  if (typeof raw === 'string') return cleanText(raw);
  if (typeof raw === 'number') return Number.isFinite(raw) ? String(raw) : '';
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  return Number.isNaN(raw.getTime()) ? '' : raw.toISOString().slice(0, 10);
}
