import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Cell } from '../../../lib/cells/result.ts';
import type { SheetGrid } from '../../workbook.ts';
import { FILE_THINGS } from '../../../lib/i18n/files.ts';
import { columnLetter } from '../../../lib/problems/problem.ts';
import type { SheetReadProblem } from '../../workbook.ts';
import { CsvLimitError, parseCsvText, type ParsedCsv } from './csv-parse.ts';
import { readError } from './errors.ts';
import { GridBuilder } from './grid.ts';
import { limitError, megabytes } from './limit-errors.ts';
import { XLSX_LIMITS, type FileLimitError } from './xlsx/limits.ts';

export { parseDelimited } from './csv-parse.ts';

/** How a text file's bytes were decoded. */
export type TextEncoding = 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'utf-8' | 'gb18030';

export type CsvContents = {
  /** One sheet named after the file (base name without extension). */
  readonly sheets: [SheetGrid];
  readonly encoding: TextEncoding;
  readonly delimiter: ',' | '\t';
};

/**
 * Reads a .csv (or .tsv) file as one sheet. Bytes are decoded by their BOM (UTF-8, UTF-16 LE/BE),
 * else as strict UTF-8, else as GB18030 (a superset of the GBK Excel uses on Chinese Windows).
 * Every cell stays the text it was: '0301' stays '0301', '1,000' stays '1,000'; the core parses.
 */
export async function readCsv(path: string): Promise<CsvContents> {
  return readCsvBuffer(path, await readFile(path));
}

export function readCsvBuffer(path: string, bytes: Uint8Array): CsvContents {
  if (bytes.length > XLSX_LIMITS.partBytes) throw bytesTooMany(path, bytes.length);
  // A few NULs are stray control characters in cells (reported there by the core, wherever they are);
  // a block dense with them is binary, whichever part of the file it is in.
  if (looksBinary(bytes)) throw readError(path, 'unsupported-format', 'binary', { ext: extname(path).toLowerCase() || '(none)' });
  const decoded = decodeText(bytes);
  if (decoded === undefined) throw readError(path, 'encoding', 'encoding');
  const ext = extname(path).toLowerCase();
  const delimiter = ext === '.tsv' || tabsDominate(decoded.text) ? '\t' : ',';
  let parsed: ParsedCsv;
  try {
    parsed = parseCsvText(decoded.text, delimiter, {
      maxRows: XLSX_LIMITS.rows,
      maxColumns: XLSX_LIMITS.columns,
      maxCells: XLSX_LIMITS.cells,
    });
  } catch (error) {
    throw error instanceof CsvLimitError ? csvLimitError(path, error) : error;
  }
  const { rows, unclosed } = parsed;
  const grid = new GridBuilder();
  for (let r = 0; r < rows.length; r++) {
    const row: Cell[] = rows[r] ?? [];
    let n = row.length;
    while (n > 0 && row[n - 1] === '') n--;
    row.length = n;
    grid.setRow(r, row);
  }
  const name = basename(path, extname(path));
  const problems = unclosed.map(
    (q): SheetReadProblem => ({ code: 'unclosed-quote', row: q.row, column: columnLetter(q.column), value: q.text }),
  );
  const sheet: SheetGrid = problems.length === 0 ? { name, values: grid.finish() } : { name, values: grid.finish(), problems };
  return { sheets: [sheet], encoding: decoded.encoding, delimiter };
}

// Binary: a block of 8 KB (or the whole of a shorter file) with more than 1% NUL bytes, and more than
// two. UTF-16 (with its BOM) is half NULs and is text.
const BLOCK = 8192;
const BLOCK_NULS = BLOCK / 100;

/** True when some 8 KB block of the bytes (the first one is what sniffFormat sees) is dense with NULs. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  for (let start = bytes.indexOf(0); start >= 0 && start < bytes.length; ) {
    const block = Math.floor(start / BLOCK) * BLOCK;
    const end = Math.min(bytes.length, block + BLOCK);
    let nuls = 0;
    for (let i = start; i < end; i++) if (bytes[i] === 0) nuls++;
    if (nuls > Math.max(2, Math.min(BLOCK_NULS, (end - block) / 100))) return true;
    start = bytes.indexOf(0, end);
  }
  return false;
}

const n = (x: number): string => x.toLocaleString('en');

function bytesTooMany(path: string, size: number): FileLimitError {
  return limitError(path, 'partBytes', size, 'limitBytes', { found: megabytes(size), limit: megabytes(XLSX_LIMITS.partBytes) });
}

function csvLimitError(path: string, e: CsvLimitError): FileLimitError {
  const hit = e.hit;
  if (hit.limit === 'columns') {
    return limitError(path, 'columns', hit.found, 'limitColumns', {
      where: FILE_THINGS.row,
      row: n(hit.row),
      found: n(hit.found),
      limit: n(XLSX_LIMITS.columns),
    });
  }
  if (hit.limit === 'rows')
    return limitError(path, 'rows', hit.found, 'limitRows', {
      where: FILE_THINGS.file,
      found: n(XLSX_LIMITS.rows),
      limit: n(XLSX_LIMITS.rows),
    });
  return limitError(path, 'cells', hit.found, 'limitCells', { found: n(hit.found), limit: n(XLSX_LIMITS.cells) });
}

/** Text by BOM, then strict UTF-8, then GB18030; undefined when the bytes are none of these. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } | undefined {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decode(bytes, 'utf-8', 'utf-8-bom');
  if (b0 === 0xff && b1 === 0xfe) return decode(bytes, 'utf-16le', 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return decode(bytes, 'utf-16be', 'utf-16be');
  return decode(bytes, 'utf-8', 'utf-8') ?? decode(bytes, 'gb18030', 'gb18030');
}

function decode(bytes: Uint8Array, label: string, encoding: TextEncoding): { text: string; encoding: TextEncoding } | undefined {
  try {
    // The BOM, if any, is consumed by the decoder (ignoreBOM defaults to false).
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes), encoding };
  } catch {
    return undefined;
  }
}

function tabsDominate(text: string): boolean {
  const end = text.search(/[\r\n]/);
  const line = end < 0 ? text : text.slice(0, end);
  let tabs = 0;
  let commas = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === TAB) tabs++;
    else if (c === COMMA) commas++;
  }
  return tabs > commas;
}

const TAB = 9;
const COMMA = 44;
