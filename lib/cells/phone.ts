// Phone numbers as teams type them: mobiles with spaces, dashes, +86 and full-width digits; landlines
// with an area code and an extension. Output: '13812345678' or '027-87654321' (-ext).
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';

const MOBILE = /^1[3-9]\d{9}$/;
const EXTENSION = /^(.*?) ?(?:转|轉|分机|分機|EXT\.?|X) ?(\d{1,6})$/;
const MAX_LENGTH = 48;
const ONE_RUN = /^[+\d][\d\-().]*$/;

/** A CN mobile ('13812345678') or landline with area code ('027-87654321', '010-12345678-123'). */
export function parsePhone(raw: Cell): Parsed<string> {
  if (typeof raw === 'number') return fromNumber(raw);
  if (typeof raw !== 'string') return fail('type', 'phone');
  // The usual cell, a bare mobile, needs no cleaning and no parsing: phones rarely repeat, so this
  // runs on nearly every row.
  if (isMobile(raw)) return ok(raw);
  const s = cleanText(raw);
  const phone = s.length <= MAX_LENGTH ? phoneFromText(s) : null;
  if (phone !== null) return ok(phone);
  // One run of phone characters without spaces was just tried whole: no other phone is in it.
  if (s.length <= MAX_LENGTH && ONE_RUN.test(s)) return fail('format', 'phone');
  // Two phones in one cell, or a name beside the number: offer the first phone, never pick it.
  const first = firstPhoneIn(s);
  return first === null ? fail('format', 'phone') : fail('format', 'phone', first);
}

// A number cell keeps a mobile exactly, but a landline has lost its leading 0 (27 8765 4321).
function fromNumber(n: number): Parsed<string> {
  if (!Number.isSafeInteger(n) || n <= 0) return fail('type', 'phone');
  const digits = String(n);
  if (MOBILE.test(digits)) return ok(digits);
  if (digits.length === 13 && digits.startsWith('86') && MOBILE.test(digits.slice(2))) return ok(digits.slice(2));
  const landline = fromDigits(`0${digits}`);
  if (landline !== null || digits.length === 9 || digits.length === 10) {
    return landline === null ? fail('precision-loss', 'phone') : fail('precision-loss', 'phone', landline);
  }
  return fail('format', 'phone');
}

// EXTENSION only matches text holding one of these: tested first, as the lazy regex is slow.
const EXTENSION_MARK = /[转轉分X]/;
// +86, 0086 or (86) before the number; 86 alone when a separator follows (86 27 8765 4321).
const COUNTRY_CODE = /^(?:(?:\+ ?|00)86(?:[- )]|(?=\d))|\(\+?86\)|86[- ])/;

/** Whether s is exactly a mobile number, /^1[3-9]\d{9}$/, without a regex. */
function isMobile(s: string): boolean {
  if (s.length !== 11 || s.charCodeAt(0) !== 49 /* 1 */) return false;
  const second = s.charCodeAt(1);
  if (second < 51 /* 3 */ || second > 57) return false;
  for (let i = 2; i < 11; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function phoneFromText(s: string): string | null {
  // A bare mobile is its own answer.
  if (isMobile(s)) return s;
  let body = s.toUpperCase();
  let ext = '';
  const e = EXTENSION_MARK.test(body) ? EXTENSION.exec(body) : null;
  if (e) {
    body = e[1] ?? '';
    ext = e[2] ?? '';
  }
  let country = COUNTRY_CODE.test(body);
  // The digits, gathered a run at a time between separators.
  let digits = '';
  let run = -1;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (run < 0) run = i;
      continue;
    }
    if (run >= 0) {
      digits += body.slice(run, i);
      run = -1;
    }
    if (c === 43 /* + */ && digits === '' && country) continue;
    if (c !== 32 && c !== 45 && c !== 46 && c !== 40 && c !== 41 && c !== 0x2014 && c !== 0x2013) return null;
  }
  if (run >= 0) digits += body.slice(run);
  if (country) digits = digits.slice(digits.startsWith('0086') ? 4 : 2);
  else if (digits.length === 13 && digits.startsWith('86') && isMobile(digits.slice(2))) {
    digits = digits.slice(2);
    country = true;
  }
  if (isMobile(digits)) return ext === '' ? digits : null;
  // 0 before a mobile is the long-distance prefix some people still dial.
  if (digits.length === 12 && digits.charCodeAt(0) === 48 && isMobile(digits.slice(1))) {
    return ext === '' ? digits.slice(1) : null;
  }
  // From abroad the trunk 0 of the area code is dropped: +86 27 8765 4321.
  if (country && digits.charCodeAt(0) !== 48) digits = `0${digits}`;
  const landline = fromDigits(digits);
  if (landline === null) return null;
  return ext === '' ? landline : `${landline}-${ext}`;
}

// 010 and 02x area codes have 3 digits, the others (03xx–09xx) 4; the local number has 7–8 digits
// and does not start with 0 or 1.
function fromDigits(digits: string): string | null {
  if (digits.charCodeAt(0) !== 48) return null;
  const second = digits.charAt(1);
  let areaLength: number;
  if (digits.startsWith('010') || second === '2') areaLength = 3;
  else if (second >= '3' && second <= '9') areaLength = 4;
  else return null;
  const local = digits.slice(areaLength);
  if (local.length < 7 || local.length > 8 || !/^[2-9]\d+$/.test(local)) return null;
  return `${digits.slice(0, areaLength)}-${local}`;
}

// Scan runs of phone characters; within a run of space-separated groups, the shortest prefix that is
// a phone (so '138 1234 5678 139 8765 4321' offers the first).
function firstPhoneIn(s: string): string | null {
  const runs = s
    .slice(0, 400)
    .toUpperCase()
    .match(/[+\d][\d \-().]*/g);
  if (runs === null) return null;
  for (const run of runs.slice(0, 8)) {
    const pieces = run.trim().split(' ');
    let candidate = '';
    for (const piece of pieces.slice(0, 8)) {
      candidate += piece;
      const p = phoneFromText(candidate);
      if (p !== null) return p;
    }
  }
  return null;
}

/** A phone for public output: '138****5678', '027-****4321'. */
export function maskPhone(phone: string): string {
  if (MOBILE.test(phone)) return `${phone.slice(0, 3)}****${phone.slice(7)}`;
  const m = /^(0\d{2,3})-(\d{7,8})/.exec(phone);
  if (m) {
    const local = m[2] ?? '';
    return `${m[1] ?? ''}-${'*'.repeat(local.length - 4)}${local.slice(-4)}`;
  }
  // Anything else: only the last four digits show.
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 4 ? '****' : `****${digits.slice(-4)}`;
}
