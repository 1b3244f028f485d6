// A1 notation: column letters, cell and range references, with the forms Sheet.getRange(a1) accepts
// ("B3", "A1:C10", "A:C", "2:5", "A2:C", "'My sheet'!A1:B2").
// https://developers.google.com/sheets/api/guides/concepts#cell

export function columnLetter(column: number): string {
  let s = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export const cellA1 = (row: number, column: number): string => `${columnLetter(column)}${row}`;

export function rangeA1(row: number, column: number, numRows: number, numColumns: number): string {
  const start = cellA1(row, column);
  return numRows === 1 && numColumns === 1 ? start : `${start}:${cellA1(row + numRows - 1, column + numColumns - 1)}`;
}

/** A parsed reference; a missing bound means "to the edge of the sheet". */
export interface A1Ref {
  readonly sheetName?: string;
  readonly startRow?: number;
  readonly startColumn?: number;
  readonly endRow?: number;
  readonly endColumn?: number;
}

const PART = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

function part(text: string): { row?: number; column?: number } | undefined {
  const m = PART.exec(text);
  if (!m || (m[1] === '' && m[2] === '')) return undefined;
  const out: { row?: number; column?: number } = {};
  if (m[1]) out.column = columnNumber(m[1]);
  if (m[2]) out.row = Number(m[2]);
  return out;
}

export function parseA1(notation: string): A1Ref | undefined {
  let text = notation.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const raw = text.slice(0, bang);
    sheetName = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replaceAll("''", "'") : raw;
    text = text.slice(bang + 1);
  }
  const [a, b, extra] = text.split(':');
  if (a === undefined || extra !== undefined) return undefined;
  const start = part(a);
  const end = b === undefined ? start : part(b);
  if (!start || !end) return undefined;
  // A lone cell must name both; "A:C" and "2:5" must name the same kind of bound on each side.
  if (b === undefined && (start.row === undefined || start.column === undefined)) return undefined;
  const ref: { -readonly [K in keyof A1Ref]: A1Ref[K] } = {};
  if (sheetName !== undefined) ref.sheetName = sheetName;
  const rows = [start.row, end.row].filter((n): n is number => n !== undefined);
  const cols = [start.column, end.column].filter((n): n is number => n !== undefined);
  if (rows.length > 0) ref.startRow = Math.min(...rows);
  if (rows.length === 2) ref.endRow = Math.max(...rows);
  if (cols.length > 0) ref.startColumn = Math.min(...cols);
  if (cols.length === 2) ref.endColumn = Math.max(...cols);
  // "A:C" and "A2:C" leave the last row open; "2:5" leaves the columns open.
  return ref;
}
