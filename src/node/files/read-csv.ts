import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { Cell } from '../../../lib/cells/result.ts';
import type { SheetGrid } from '../../workbook.ts';
import { FileReadError } from './errors.ts';
import { GridBuilder } from './grid.ts';

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
  const decoded = decodeText(bytes);
  if (decoded === undefined) {
    throw new FileReadError(
      path,
      'encoding',
      'it is neither UTF-8 nor GB18030/GBK text',
      'Open it in Excel or WPS and save it again as "CSV UTF-8", or save it as .xlsx.',
    );
  }
  const ext = extname(path).toLowerCase();
  const delimiter = ext === '.tsv' || tabsDominate(decoded.text) ? '\t' : ',';
  const grid = new GridBuilder();
  const rows = parseDelimited(decoded.text, delimiter);
  for (let r = 0; r < rows.length; r++) {
    const row: Cell[] = rows[r] ?? [];
    let n = row.length;
    while (n > 0 && row[n - 1] === '') n--;
    row.length = n;
    grid.setRow(r, row);
  }
  const name = basename(path, extname(path));
  return { sheets: [{ name, values: grid.finish() }], encoding: decoded.encoding, delimiter };
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
const LF = 10;
const CR = 13;
const QUOTE = 34;
const COMMA = 44;

/**
 * RFC 4180 records: fields split by `delimiter`, records by CRLF, LF or a lone CR (old Mac Excel),
 * quoted fields holding delimiters, newlines and doubled quotes. Written here because no CSV parser
 * is a dependency (ExcelJS's fast-csv is not ours to import) and this much is small and tested.
 * Like Excel it is lenient: text after a closing quote is kept, an unclosed quote runs to the end.
 * A final line break does not start an empty record.
 */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  const n = text.length;
  if (n === 0) return rows;
  const d = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  for (;;) {
    let field: string;
    if (text.charCodeAt(i) === QUOTE) {
      field = '';
      let start = ++i;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          field += text.slice(start);
          i = n;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          field += text.slice(start, q + 1);
          i = start = q + 2;
          continue;
        }
        field += text.slice(start, q);
        i = q + 1;
        break;
      }
      const end = fieldEnd(text, i, d);
      if (end > i) field += text.slice(i, end);
      i = end;
    } else {
      const end = fieldEnd(text, i, d);
      field = text.slice(i, end);
      i = end;
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      return rows;
    }
    const c = text.charCodeAt(i);
    if (c === d) {
      i++;
      if (i >= n) {
        row.push('');
        rows.push(row);
        return rows;
      }
      continue;
    }
    i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    rows.push(row);
    row = [];
    if (i >= n) return rows;
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
