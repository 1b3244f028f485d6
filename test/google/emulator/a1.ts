// A1 notation as the Sheets API reads and writes it: `Sheet1!A1:B2`, `'It''s'!A:A`, `'汇总-住户'!A1:Z`,
// a bare sheet title, `1:2`, `A5:A`, and a range with no sheet (the first visible sheet).

/** Cell bounds, 0-based; `end*` are exclusive. `undefined` means unbounded on that side. */
export type Bounds = {
  startRow: number;
  startCol: number;
  endRow: number | undefined;
  endCol: number | undefined;
};

export type ParsedRange = { sheet: string | undefined; cells: Bounds | undefined };

/** Resolved against a sheet and clamped to its grid: every bound is known. */
export type GridBox = { startRow: number; startCol: number; endRow: number; endCol: number };

export type QuoteStyle = 'always' | 'when-needed';

const MAX_COLUMNS = 18278; // ZZZ
const MAX_ROWS = 10_000_000;

export function columnLetters(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

type Ref = { col: number | undefined; row: number | undefined };

const REF = /^\$?([A-Za-z]{1,3})?\$?([0-9]+)?$/;

function parseRef(text: string): Ref | undefined {
  const m = REF.exec(text);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const col = m[1] === undefined ? undefined : columnIndex(m[1]);
  const row = m[2] === undefined ? undefined : Number(m[2]) - 1;
  if (row !== undefined && (row < 0 || row >= MAX_ROWS)) return undefined;
  if (col !== undefined && col >= MAX_COLUMNS) return undefined;
  return { col, row };
}

/** Parse the part after `!` (or a bare cell range); `undefined` when it is not cell notation. */
export function parseCells(text: string): Bounds | undefined {
  const parts = text.split(':');
  if (parts.length > 2) return undefined;
  const a = parseRef(parts[0] ?? '');
  if (!a) return undefined;
  if (parts.length === 1) {
    if (a.col === undefined || a.row === undefined) return undefined; // `A` or `5` alone is a name
    return { startRow: a.row, startCol: a.col, endRow: a.row + 1, endCol: a.col + 1 };
  }
  const b = parseRef(parts[1] ?? '');
  if (!b) return undefined;
  if ((a.col === undefined) !== (b.col === undefined)) return undefined;
  if (a.col === undefined && (a.row === undefined || b.row === undefined)) return undefined;
  const [c0, c1] = order(a.col, b.col);
  const [r0, r1] = order(a.row, b.row);
  return {
    startRow: r0 ?? 0,
    startCol: c0 ?? 0,
    endRow: r1 === undefined ? undefined : r1 + 1,
    endCol: c1 === undefined ? undefined : c1 + 1,
  };
}

function order(x: number | undefined, y: number | undefined): [number | undefined, number | undefined] {
  return x !== undefined && y !== undefined && y < x ? [y, x] : [x, y];
}

/**
 * Split `Sheet!cells`. `undefined` when the text cannot be A1 notation at all (an unclosed quote, an
 * empty name). A bare word is returned as a possible cell range *and* a possible sheet title: the
 * caller decides with the sheet list, as the API does (a sheet named `A1` must be quoted).
 */
export function parseRange(text: string): ParsedRange | { ambiguous: string; cells: Bounds | undefined } | undefined {
  if (text.startsWith("'")) {
    let i = 1;
    let name = '';
    for (;;) {
      const q = text.indexOf("'", i);
      if (q < 0) return undefined;
      name += text.slice(i, q);
      if (text[q + 1] === "'") {
        name += "'";
        i = q + 2;
        continue;
      }
      i = q + 1;
      break;
    }
    if (name === '') return undefined;
    if (i === text.length) return { sheet: name, cells: undefined };
    if (text[i] !== '!') return undefined;
    const cells = parseCells(text.slice(i + 1));
    return cells ? { sheet: name, cells } : undefined;
  }
  const bang = text.lastIndexOf('!');
  if (bang < 0) {
    if (text === '') return undefined;
    return { ambiguous: text, cells: parseCells(text) };
  }
  const name = text.slice(0, bang);
  const cells = parseCells(text.slice(bang + 1));
  if (name === '' || !cells) return undefined;
  return { sheet: name, cells };
}

/** True when an unquoted title would be read back as something else (a cell, a column, a number). */
function needsQuotes(title: string): boolean {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(title)) return true;
  return parseCells(title) !== undefined || /^R[0-9]*C[0-9]*$/i.test(title) || /^(true|false)$/i.test(title);
}

function quoteSheet(title: string, style: QuoteStyle): string {
  if (style === 'when-needed' && !needsQuotes(title)) return title;
  return `'${title.replaceAll("'", "''")}'`;
}

function formatBox(box: GridBox): string {
  const start = columnLetters(box.startCol) + String(box.startRow + 1);
  if (box.endRow - box.startRow === 1 && box.endCol - box.startCol === 1) return start;
  return `${start}:${columnLetters(box.endCol - 1)}${box.endRow}`;
}

export function formatRange(title: string, box: GridBox, style: QuoteStyle): string {
  return `${quoteSheet(title, style)}!${formatBox(box)}`;
}
