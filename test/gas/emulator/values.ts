// What a cell stores, and how a value written by a script becomes a stored value.
//
// Range.setValue/setValues treat strings the way Sheets treats what a user types (the Sheets API
// calls this USER_ENTERED; https://developers.google.com/sheets/api/reference/rest/v4/ValueInputOption):
//   "'0301"   → the text "0301" (a leading apostrophe forces text and is not stored)
//   "=..."    → a formula; getValues returns its result, getFormulas the formula
//   "0301"    → the number 301; "1,200" → 1200; "12%" → 0.12 shown as 12%; "1e3" → 1000
//   "TRUE"    → the boolean true
//   "2020-02-01", "2020/2/1" → a date at midnight in the spreadsheet's time zone
//   anything else stays text. In a cell formatted as plain text ("@") every string stays text.
// Numbers, booleans and Dates are stored as they are; null and undefined clear the cell.
// https://developers.google.com/apps-script/reference/spreadsheet/range#setValues(Object)
// Formulas cannot be computed here: only =HYPERLINK("url","label") is evaluated (to its label, as
// Sheets shows it); any other formula evaluates to "#ERROR!" unless a test seeds its value.
import { fromWallClock } from './datetime.ts';
import { isDate } from './realm.ts';

/** A date cell: the instant it denotes. */
export class DateValue {
  constructor(readonly ms: number) {}
}

/** A cell's value; '' is an empty cell. */
export type Stored = string | number | boolean | DateValue;

/** A written value after coercion: what to store, a formula if any, a format the input implies. */
export interface Written {
  readonly value: Stored;
  readonly formula?: string;
  readonly numberFormat?: string;
}

/** https://support.google.com/docs/answer/37603 — at most 50,000 characters in a cell. */
export const MAX_CELL_CHARS = 50000;
export const CELL_TOO_LONG = `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`;

const NUMBER = /^([+-]?)([$¥￥€£]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%?)$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Coerces one written value. `asText` is true when the cell is formatted as plain text.
 * Throws a plain Error with Apps Script's message when the text is too long; the caller rethrows it
 * as an Apps Script exception.
 */
export function coerceWrite(raw: unknown, timeZone: string, asText: boolean): Written {
  if (raw === null || raw === undefined) return { value: '' };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  if (isDate(raw)) return Number.isNaN(raw.getTime()) ? { value: '' } : { value: new DateValue(raw.getTime()) };
  const text = String(raw);
  if (text.length > MAX_CELL_CHARS) throw new Error(CELL_TOO_LONG);
  if (asText || text === '') return { value: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: evaluateFormula(text), formula: text };
  const trimmed = text.trim();
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  const num = NUMBER.exec(trimmed);
  if (num) {
    const [, sign = '', currency = '', digits = '', exp, percent] = num;
    let value = Number(`${sign}${digits.replaceAll(',', '')}${exp ? `e${exp}` : ''}`);
    if (percent) value /= 100;
    if (percent) return { value, numberFormat: '0%' };
    if (currency) return { value, numberFormat: `[$${currency}]#,##0.00` };
    return { value };
  }
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const [, y, mo, d, h, mi, s] = date.map(Number);
    if (y !== undefined && mo !== undefined && d !== undefined && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
      const ms = fromWallClock(timeZone, y, mo, d, h || 0, mi || 0, s || 0);
      const withTime = date[4] !== undefined;
      return { value: new DateValue(ms), numberFormat: withTime ? 'yyyy-mm-dd h:mm:ss' : 'yyyy-mm-dd' };
    }
  }
  return { value: text };
}

const HYPERLINK = /^=\s*HYPERLINK\s*\(\s*("(?:[^"]|"")*")\s*(?:[,;]\s*("(?:[^"]|"")*")\s*)?\)\s*$/i;
const unquote = (s: string): string => s.slice(1, -1).replaceAll('""', '"');

/** The value a formula shows; see the module comment for what is evaluated. */
export function evaluateFormula(formula: string): Stored {
  const link = HYPERLINK.exec(formula);
  if (link?.[1] !== undefined) return unquote(link[2] ?? link[1]);
  return '#ERROR!';
}

/** True for a cell that counts as content for getLastRow/getLastColumn/getDataRange. */
export const hasContent = (value: Stored | undefined, formula: string | undefined): boolean =>
  (value !== undefined && value !== '') || (formula !== undefined && formula !== '');
