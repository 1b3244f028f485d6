// A1 notation for the ranges paicha sends: sheet names always quoted, so a sheet called "A1",
// "Sheet 1" or "It's" is never read as a cell reference.

export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** The whole grid of a sheet, `'name'!A1:Z1000`. */
export const gridRange = (name: string, rows: number, columns: number): string =>
  `${quoteSheet(name)}!A1:${columnLetters(columns - 1)}${rows}`;

/** A single anchor cell, `'name'!A1`. */
export const anchor = (name: string, row = 0, column = 0): string => `${quoteSheet(name)}!${columnLetters(column)}${row + 1}`;
