import type { Cell } from '../../lib/cells/result.ts';

// Sheets reads a string given to setValues as if typed: '=…' and '+…' become formulas, '0301' a number,
// '2020-02-01' a date. A leading apostrophe makes it literal text and is not shown or returned by
// getValues. Every generated string gets one, so a donor named =IMPORTXML(...) stays a name.
export function literal(c: Cell): string | number | boolean | Date {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c === '' ? '' : `'${c}`;
  return c;
}

/** A HYPERLINK formula to a cell of this spreadsheet; the label is quoted as a formula string. */
export function hyperlink(gid: number, a1: string, label: string): string {
  return `=HYPERLINK("#gid=${gid}&range=${a1}","${label.replace(/"/g, '""')}")`;
}
