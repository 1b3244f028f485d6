import type { Cell } from '../../lib/cells/result.ts';

// Sheets reads a string given to setValues as if typed: '=…' and '+…' become formulas, '0301' a number,
// '2020-02-01' a date. A leading apostrophe makes it literal text and is not shown or returned by
// getValues. Every generated string gets one, so a donor named =IMPORTXML(...) stays a name.
export function literal(c: Cell): string | number | boolean | Date {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c === '' ? '' : `'${clip(c)}`;
  return c;
}

// Sheets refuses a cell of more than 50,000 characters and setValues throws for the whole grid:
// a longer text (a 问题清单 message quoting a pasted essay) is cut, apostrophe included.
const MAX_CELL_CHARS = 50_000;
const clip = (s: string): string => (s.length < MAX_CELL_CHARS ? s : `${s.slice(0, MAX_CELL_CHARS - 2)}…`);

/** A HYPERLINK formula to a cell of this spreadsheet; the label is quoted as a formula string. */
export function hyperlink(gid: number, a1: string, label: string): string {
  return `=HYPERLINK("#gid=${gid}&range=${a1}","${label.replace(/"/g, '""')}")`;
}

/** Text for an HtmlService page: the characters that would start markup or end an attribute. */
export const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * JSON to force-print (<?!= ?>) inside a <script> element of an HtmlService template: every <, > and &
 * as a \u escape, so no text in it can close the element or open a comment, and U+2028/U+2029 too. The
 * JSON parses to the same value.
 */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
