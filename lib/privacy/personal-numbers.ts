// Finding phone- and ID-shaped numbers in any text, however they are typed: ASCII, full-width or
// Chinese-numeral digits (一三八零零一三八零零零), split by spaces, dots, dashes, underscores, slashes,
// commas or brackets (138_0013_8000, 138/0013/8000, 138—0013—8000, 1 3 8 0 0 1 3 8 0 0 0).
//
// The false-positive rule: a run is personal when its digits read as a CN mobile (1[3-9] and 9 more,
// optionally after 86, 0086 or a trunk 0), a landline with its area code (010, 02x, or 0[3-9]xx, then
// 7–8 digits not starting with 0 or 1), or a resident ID (15 digits with a 19YYMMDD birth date, or 18
// with a birth date 1900–2100; the check digit is not required: a mistyped ID is still someone's).
// Money grouped in thousands with commas (¥1,380,013.80, 13,800,138,000), dates (2020-02-01), shorter numbers and
// numbers glued into a longer run of digits (a 20-digit receipt number) are not personal.
import { isValidDay } from '../cells/date.ts';

export type PersonalKind = 'mobile' | 'landline' | 'id';

/** One phone- or ID-shaped run: where it is in the text and the digits it holds (an ID may end in X). */
export type PersonalNumber = { readonly start: number; readonly end: number; readonly kind: PersonalKind; readonly digits: string };

// A digit's value by character: ASCII, full-width, and the Chinese numerals people write phones in
// (幺 is how 1 is read out in phone numbers; 〇/零 are both used for 0; 大写 forms for completeness).
const CJK_DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  幺: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  壹: 1,
  贰: 2,
  貳: 2,
  叁: 3,
  參: 3,
  肆: 4,
  伍: 5,
  陆: 6,
  陸: 6,
  柒: 7,
  捌: 8,
  玖: 9,
};

/** 0–9 for an ASCII or full-width digit, 10 + value for a Chinese numeral digit, -1 otherwise. */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  if (c < 0x3000) return -1;
  const v = CJK_DIGITS[text.charAt(i)];
  return v === undefined ? -1 : 10 + v;
}

// What people put between the digits of one number. Format characters (zero-width, bidi) count too:
// they hide nothing from a reader.
const SEPARATOR =
  /[\s\u00a0\u3000.\-_/\\,，、·・\u2010-\u2015\u2212\uff0d~～()（）[\]【】+＋|\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
// At most this many separator characters between two digits of one number ("138 - 0013 - 8000").
const MAX_GAP = 3;
// A run longer than this many digits is not looked into further (a phone with prefixes is 13).
const MAX_DIGITS = 20;

type Group = {
  readonly start: number;
  end: number;
  digits: string;
  /** True when the group's digits are Chinese numerals: a name may end in one (张三13800138000). */
  readonly cjk: boolean;
  /** Where an X (x, Ｘ) after the digits ends, right after them or after a separator (…2727 X): the check character of an 18-digit ID; 0 when none. */
  xEnd: number;
  /** The separators between this group and the previous one in its chain (before the first: those leading it). */
  readonly gap: string;
};

/** Every phone- or ID-shaped run in text, left to right, not overlapping. */
export function findPersonalNumbers(text: string): PersonalNumber[] {
  const found: PersonalNumber[] = [];
  let chain: Group[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const d = digitAt(text, i);
    if (d < 0) {
      i++;
      continue;
    }
    // A chain: groups of digits joined by short runs of separators.
    chain = [];
    // Before the first group: the separators that lead it (a + of a country code).
    let back = i;
    while (back > 0 && i - back < MAX_GAP && SEPARATOR.test(text.charAt(back - 1))) back--;
    let gap = text.slice(back, i);
    for (;;) {
      const cjk = digitAt(text, i) >= 10;
      const g: Group = { start: i, end: i, digits: '', cjk, xEnd: 0, gap };
      while (i < n) {
        const v = digitAt(text, i);
        if (v < 0 || v >= 10 !== cjk) break;
        g.digits += String(v % 10);
        i++;
      }
      g.end = i;
      chain.push(g);
      // An X closing the run (an ID's check character), right after the digits or after a separator.
      let x = i;
      while (x < n && x - i < MAX_GAP && digitAt(text, x) < 0 && SEPARATOR.test(text.charAt(x))) x++;
      if (/[Xx\uff38]/.test(text.charAt(x)) && !/[A-Za-z0-9]/.test(text.charAt(x + 1))) g.xEnd = x + 1;
      // The next group: right after (a change between ASCII and Chinese digits), or after a short gap.
      let j = i;
      while (j < n && j - i < MAX_GAP + 1 && digitAt(text, j) < 0 && SEPARATOR.test(text.charAt(j))) j++;
      if (j < n && j - i <= MAX_GAP && digitAt(text, j) >= 0) {
        gap = text.slice(i, j);
        i = j;
        continue;
      }
      break;
    }
    scanChain(chain, found);
  }
  return found;
}

/** Greedy from the left: at each start, the longest span of groups that reads as a personal number. */
function scanChain(chain: readonly Group[], found: PersonalNumber[]): void {
  let a = 0;
  while (a < chain.length) {
    const hit = longestFrom(chain, a);
    if (hit) {
      found.push(hit.number);
      a = hit.next;
      continue;
    }
    // A Chinese-numeral group may start with the end of a word (李四一三八…): try later offsets in it.
    const g = chain[a]!;
    if (g.cjk && g.digits.length > 1) {
      const inner = insideCjkGroup(chain, a);
      if (inner) {
        found.push(inner.number);
        a = inner.next;
        continue;
      }
    }
    a++;
  }
}

function longestFrom(chain: readonly Group[], a: number, skip = 0): { number: PersonalNumber; next: number } | undefined {
  let best: { number: PersonalNumber; next: number } | undefined;
  let digits = '';
  for (let b = a; b < chain.length; b++) {
    const g = chain[b]!;
    digits += b === a ? g.digits.slice(skip) : g.digits;
    if (digits.length > MAX_DIGITS) break;
    if (thousandsGrouped(chain, a, b)) continue;
    const withX = g.xEnd > 0 && digits.length === 17 ? `${digits}X` : digits;
    const kind = classify(withX, chain, a, skip);
    if (kind !== undefined) {
      // A bracket or + that opens the number goes with it: (027)…, +86….
      const lead = skip === 0 ? (/[(（+＋]+$/.exec(chain[a]!.gap)?.[0].length ?? 0) : 0;
      const start = chain[a]!.start + skip - lead;
      const end = withX.length > digits.length ? g.xEnd : g.end;
      best = { number: { start, end, kind, digits: withX }, next: b + 1 };
    }
  }
  return best;
}

function insideCjkGroup(chain: readonly Group[], a: number): { number: PersonalNumber; next: number } | undefined {
  const g = chain[a]!;
  for (let skip = 1; skip < g.digits.length; skip++) {
    const hit = longestFrom(chain, a, skip);
    if (hit) return hit;
  }
  return undefined;
}

// 13,800,138,000 and ¥136,841,241.12: an amount, not a phone. Every separator the same comma, the
// first group of 1–3 digits and every later one of exactly 3, perhaps then a decimal part of 1–2 digits
// after a dot. Spaces and dots are not taken as thousands marks: Chinese amounts group with commas,
// and phones are often typed in spaced or dotted groups (16 966 969 429 is a phone).
function thousandsGrouped(chain: readonly Group[], a: number, b: number): boolean {
  if (b === a) return false;
  const sep = chain[a + 1]!.gap;
  if (sep !== ',' && sep !== '，') return false;
  if (chain[a]!.digits.length > 3) return false;
  const last = chain[b]!;
  const decimals = b > a + 1 && last.gap === '.' && last.digits.length <= 2;
  for (let k = a + 1; k <= (decimals ? b - 1 : b); k++) {
    const g = chain[k]!;
    if (g.gap !== sep || g.digits.length !== 3) return false;
  }
  return true;
}

const isMobile = (d: string): boolean => d.length === 11 && d.charCodeAt(0) === 49 && d.charCodeAt(1) >= 51 && /^\d+$/.test(d);

function classify(d: string, chain: readonly Group[], a: number, skip: number): PersonalKind | undefined {
  if (d.endsWith('X')) return d.length === 18 && validBirth(d.slice(6, 14)) && /^[1-8]/.test(d) ? 'id' : undefined;
  if (isMobile(d)) return 'mobile';
  if (d.length === 13 && d.startsWith('86') && isMobile(d.slice(2))) return 'mobile';
  if (d.length === 15 && d.startsWith('0086') && isMobile(d.slice(4))) return 'mobile';
  if (d.length === 12 && d.startsWith('0') && isMobile(d.slice(1))) return 'mobile';
  if (d.length === 18 && /^[1-8]/.test(d) && validBirth(d.slice(6, 14))) return 'id';
  if (d.length === 15 && /^[1-8]/.test(d) && validBirth(`19${d.slice(6, 12)}`)) return 'id';
  if (isLandline(d)) return 'landline';
  // From abroad the area code loses its trunk 0: +86 27 8765 4321, only with the + or 00 written.
  const plus = skip === 0 && /[+＋]/.test(chain[a]!.gap);
  if ((plus && d.startsWith('86') && isLandline(`0${d.slice(2)}`)) || (d.startsWith('0086') && isLandline(`0${d.slice(4)}`)))
    return 'landline';
  return undefined;
}

/** What a bare run of digits (no separators) is: a mobile, an ID, a landline, or nothing personal. */
export function kindOfDigits(digits: string): PersonalKind | undefined {
  if (!/^\d+X?$/.test(digits)) return undefined;
  const g: Group = {
    start: 0,
    end: digits.length,
    digits: digits.replace(/X$/, ''),
    cjk: false,
    xEnd: digits.endsWith('X') ? digits.length : 0,
    gap: '',
  };
  return longestFrom([g], 0)?.number.kind;
}

/** 0 + area code (010, 02x: 3 digits; 0[3-9]xx: 4) + a local number of 7–8 digits not starting 0 or 1. */
function isLandline(d: string): boolean {
  if (d.charCodeAt(0) !== 48 || !/^\d+$/.test(d)) return false;
  const area = d.startsWith('010') || d.charAt(1) === '2' ? 3 : d.charAt(1) >= '3' && d.charAt(1) <= '9' ? 4 : 0;
  if (area === 0) return false;
  const local = d.slice(area);
  return local.length >= 7 && local.length <= 8 && local.charAt(0) >= '2';
}

const validBirth = (yyyymmdd: string): boolean =>
  isValidDay(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)), Number(yyyymmdd.slice(6, 8)));
