// PRC resident identity numbers (GB 11643-1999): 6-digit region, birth date, sequence, and an
// ISO 7064 MOD 11-2 check character. 15-digit numbers from before 1999 are still in use.
import { isValidDay } from './date.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const ID18 = /^[1-8]\d{16}[\dX]$/;
const ID15 = /^[1-8]\d{14}$/;
// 1.10105194912310E+17: what Excel shows, and a CSV keeps, for an ID typed into a number cell.
const SCIENTIFIC = /^\d(?:\.\d+)?E\+?\d{1,3}$/;

/**
 * An ID number as an upper-case 18-character string (or a 15-digit one). An ID stored as a number has
 * lost its last digits — JS and spreadsheets keep 15–17 significant digits — which is `precision-loss`:
 * the column must be formatted as plain text and the ID retyped.
 */
export function parseIdNumber(raw: Cell): Parsed<string> {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw) || !Number.isInteger(raw) || raw <= 0) return fail('type', 'id-number');
    if (raw >= 1e16) return fail('precision-loss', 'id-number');
    // A 15-digit old ID fits a double exactly (no region code starts with 0).
    const digits = String(raw);
    return digits.length === 15 ? validate(digits) : fail('format', 'id-number');
  }
  if (typeof raw !== 'string') return fail('type', 'id-number');
  let s = cleanText(raw);
  if (s.length > 40) return fail('format', 'id-number');
  // Spaces and dashes some teams type to group the digits; the apostrophe a CSV keeps from Excel.
  if (s.charAt(0) === "'") s = s.slice(1);
  s = s.replace(/[ -]/g, '').toUpperCase();
  if (SCIENTIFIC.test(s)) return fail('precision-loss', 'id-number');
  return validate(s);
}

function validate(s: string): Parsed<string> {
  if (s.length === 18) {
    if (!ID18.test(s) || !validBirth(s.slice(6, 14)) || idCheckChar(s) !== s.charAt(17)) {
      return fail('format', 'id-number');
    }
    return ok(s);
  }
  if (s.length === 15) {
    return ID15.test(s) && validBirth(`19${s.slice(6, 12)}`) ? ok(s) : fail('format', 'id-number');
  }
  return fail('format', 'id-number');
}

/** The check character of an ID from its first 17 digits ('' when they are not 17 digits). */
export function idCheckChar(id: string): string {
  if (id.length < 17) return '';
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return '';
    sum += d * (WEIGHTS[i] ?? 0);
  }
  return CHECK.charAt(sum % 11);
}

// Birth years 1900–2100, the same window as dates.
const validBirth = (yyyymmdd: string): boolean =>
  isValidDay(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)), Number(yyyymmdd.slice(6, 8)));

/** An ID for output: region and last four kept, birth date hidden ('110105********002X'). */
export function maskId(id: string): string {
  if (id.length <= 10) return '*'.repeat(id.length);
  return `${id.slice(0, 6)}${'*'.repeat(id.length - 10)}${id.slice(-4)}`;
}
