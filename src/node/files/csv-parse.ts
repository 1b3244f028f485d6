// RFC 4180 records, with the limits of a sheet and a recovery for the quote a writer forgot to close.
// Written here because no CSV parser is a dependency (ExcelJS's fast-csv is not ours to import) and
// this much is small and tested.

/** A quote that opens a field and is never closed: 1-based row and 0-based column of the field. */
export type UnclosedQuote = { readonly row: number; readonly column: number; readonly text: string };

/** Why parsing stopped: a row wider than `maxColumns`, more rows than `maxRows`, or a used range past `maxCells`. */
export type CsvLimitHit =
  | { readonly limit: 'columns'; readonly row: number; readonly found: number }
  | { readonly limit: 'rows'; readonly found: number }
  | { readonly limit: 'cells'; readonly row: number; readonly columns: number; readonly found: number };

/** The used range counts rows up to the last one with a value, and columns up to the last value of the widest row. */
export type CsvLimits = { readonly maxRows: number; readonly maxColumns: number; readonly maxCells: number };

export type ParsedCsv = { readonly rows: string[][]; readonly unclosed: readonly UnclosedQuote[] };

export class CsvLimitError extends Error {
  constructor(readonly hit: CsvLimitHit) {
    super(
      hit.limit === 'columns'
        ? `row ${hit.row} has ${hit.found} fields`
        : hit.limit === 'rows'
          ? `more than ${hit.found} rows`
          : `${hit.found} cells`,
    );
    this.name = 'CsvLimitError';
  }
}

const LF = 10;
const CR = 13;
const QUOTE = 34;

const NO_LIMITS: CsvLimits = { maxRows: Infinity, maxColumns: Infinity, maxCells: Infinity };

/**
 * Records split by `delimiter`, records by CRLF, LF or a lone CR (old Mac Excel), quoted fields holding
 * delimiters, newlines and doubled quotes. Lenient like Excel: text after a closing quote is kept; a
 * final line break does not start an empty record. A quote never closed would swallow every later row:
 * it is read as if it were not there (the field runs to its delimiter) and reported, so the rows after
 * it still count. Throws {@link CsvLimitError} past a limit, before the row beyond it is kept: a row of
 * a million fields is scanned, never stored.
 */
export function parseCsvText(text: string, delimiter: string, limits: CsvLimits = NO_LIMITS): ParsedCsv {
  const rows: string[][] = [];
  const unclosed: UnclosedQuote[] = [];
  const n = text.length;
  if (n === 0) return { rows, unclosed };
  const d = delimiter.charCodeAt(0);
  let row: string[] = [];
  // Fields past maxColumns are not kept; the first non-empty one among them makes the row too wide.
  let wide = false;
  let fields = 0;
  // The row's width up to its last non-empty field; the used range so far.
  let used = 0;
  let usedRows = 0;
  let usedColumns = 0;
  let i = 0;
  const push = (field: string): void => {
    fields++;
    if (field !== '') used = fields;
    if (fields <= limits.maxColumns) row.push(field);
    else if (field !== '') wide = true;
  };
  const endRow = (): void => {
    if (wide) throw new CsvLimitError({ limit: 'columns', row: rows.length + 1, found: fields });
    if (used > 0) {
      // A blank row past the limit is not kept; a row with a value is one too many.
      if (rows.length >= limits.maxRows) throw new CsvLimitError({ limit: 'rows', found: limits.maxRows + 1 });
      usedRows = rows.length + 1;
      if (used > usedColumns) usedColumns = used;
      if (usedRows * usedColumns > limits.maxCells) {
        throw new CsvLimitError({ limit: 'cells', row: usedRows, columns: usedColumns, found: usedRows * usedColumns });
      }
    }
    if (rows.length < limits.maxRows) rows.push(row);
    row = [];
    fields = 0;
    used = 0;
  };
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      const quoted = readQuoted(text, i, d);
      if (quoted === undefined) {
        // Never closed: the quote is dropped and the field read as unquoted text.
        const end = fieldEnd(text, i + 1, d);
        field = text.slice(i + 1, end);
        unclosed.push({ row: rows.length + 1, column: fields, text: field });
        i = end;
      } else {
        field = quoted.field;
        i = quoted.next;
      }
    } else {
      const end = fieldEnd(text, i, d);
      field = text.slice(i, end);
      i = end;
    }
    push(field);
    if (i >= n) {
      endRow();
      return { rows, unclosed };
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) {
        push('');
        endRow();
        return { rows, unclosed };
      }
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    endRow();
    if (i >= n) return { rows, unclosed };
  }
}

/** Records as string arrays (no limits; an unclosed quote recovered as in {@link parseCsvText}). */
export function parseDelimited(text: string, delimiter: string): string[][] {
  return parseCsvText(text, delimiter).rows;
}

/** A quoted field from its opening quote at `at`: its text and where parsing goes on; undefined when never closed. */
function readQuoted(text: string, at: number, d: number): { field: string; next: number } | undefined {
  let field = '';
  let start = at + 1;
  let i = start;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q < 0) return undefined;
    if (text.charCodeAt(q + 1) === QUOTE) {
      field += text.slice(start, q + 1);
      i = start = q + 2;
      continue;
    }
    field += text.slice(start, q);
    const end = fieldEnd(text, q + 1, d);
    if (end > q + 1) field += text.slice(q + 1, end);
    return { field, next: end };
  }
}

function fieldEnd(text: string, from: number, delimiter: number): number {
  let j = from;
  for (; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === delimiter || c === LF || c === CR) break;
  }
  return j;
}
