import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SheetGrid } from '../../workbook.ts';
import { FILE_THINGS } from '../../../lib/i18n/files.ts';
import { FileReadError, readError } from './errors.ts';
import { limitError, megabytes } from './limit-errors.ts';
import { looksBinary, readCsvBuffer, type TextEncoding } from './read-csv.ts';
import { readXlsBuffer } from './read-xls.ts';
import { XLSX_LIMITS } from './xlsx/limits.ts';
import { readXlsxContents, type XlsxReadOptions } from './read-xlsx.ts';
import { listZipEntries } from './zip.ts';

export { FileReadError } from './errors.ts';

export type WorkbookFormat = 'xlsx' | 'xls' | 'csv';

export type WorkbookFile = {
  /** What the bytes are, whatever the file is called. */
  readonly format: WorkbookFormat;
  readonly sheets: SheetGrid[];
  /** Sheets paicha generated on an earlier run (.xlsx only): not input. */
  readonly generatedSheets: readonly string[];
  /** How a .csv was decoded. */
  readonly encoding?: TextEncoding;
};

/**
 * Reads a workbook file of any format paicha knows, deciding by its bytes rather than its name: an
 * .xls that is really a zip is read as .xlsx, one that is really text as .csv. Anything else, and
 * any file that cannot be read, is a {@link FileReadError} saying which file, why, and what to do.
 */
export async function readWorkbookFile(path: string, options: XlsxReadOptions = {}): Promise<WorkbookFile> {
  const format = await sniffFormat(path);
  let file: WorkbookFile;
  try {
    switch (format) {
      case 'xlsx': {
        const { sheets, generatedSheets } = await readXlsxContents(path, options);
        file = { format, sheets, generatedSheets };
        break;
      }
      case 'xls':
        file = { format, sheets: readXlsBuffer(await readSmall(path), path), generatedSheets: [] };
        break;
      case 'csv': {
        const { sheets, encoding } = readCsvBuffer(path, await readSmall(path));
        file = { format, sheets, generatedSheets: [], encoding };
        break;
      }
    }
  } catch (error) {
    throw readFailure(path, format, error);
  }
  // Every BIFF workbook has a sheet; none read means its Workbook stream is not one.
  if (format === 'xls' && file.sheets.length === 0) throw readError(path, 'corrupt', 'xlsGarbage');
  if (file.sheets.every(isEmpty)) throw readError(path, 'empty', 'emptyWorkbook');
  return file;
}

const isEmpty = (s: SheetGrid): boolean => s.values.every((row) => row.every((c) => c === '' || c === null || c === undefined));

// A .csv or .xls is read whole: past the limit for one part it is refused before a byte is read.
async function readSmall(path: string): Promise<Buffer> {
  const { size } = await stat(path);
  if (size > XLSX_LIMITS.partBytes)
    throw limitError(path, 'partBytes', size, 'limitBytes', { found: megabytes(size), limit: megabytes(XLSX_LIMITS.partBytes) });
  return readFile(path);
}

/** The format of a file judged by its first bytes (and, for zips, their contents). */
export async function sniffFormat(path: string): Promise<WorkbookFormat> {
  let head: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw readError(path, 'unsupported-format', 'folder');
    // A pipe or a device (/dev/zero) never ends: refused before it is opened.
    if (!info.isFile())
      throw readError(path, 'unsupported-format', 'notRegular', {
        what: info.isFIFO() ? FILE_THINGS.fifo : info.isSocket() ? FILE_THINGS.socket : FILE_THINGS.device,
      });
    if (info.size === 0) throw readError(path, 'empty', 'empty');
    head = await readHead(path, 8192);
  } catch (error) {
    throw error instanceof FileReadError ? error : ioFailure(path, error);
  }
  const ext = extname(path).toLowerCase() || '(none)';
  if (head[0] === 0x50 && head[1] === 0x4b) return zipFormat(path);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  // BIFF2–4 worksheets, written by very old Excel and some exporters, are raw BIFF records.
  if (head[0] === 0x09 && (head[1] === 0x00 || head[1] === 0x02 || head[1] === 0x04) && head[3] === 0x00) return 'xls';
  const start = head
    .toString('latin1', 0, 1024)
    .replace(/^(\xef\xbb\xbf|\s)+/, '')
    .toLowerCase();
  if (
    start.startsWith('<!doctype html') ||
    start.startsWith('<html') ||
    start.startsWith('<table') ||
    (start.startsWith('<') && start.includes('<html'))
  ) {
    throw readError(path, 'unsupported-format', 'html', { ext });
  }
  if (start.startsWith('<?xml') && start.includes('urn:schemas-microsoft-com:office:spreadsheet'))
    throw readError(path, 'unsupported-format', 'xml2003');
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) throw readError(path, 'unsupported-format', 'pdf');
  // Text may hold a stray NUL (a control character in a cell, reported there); a binary file holds
  // many. Every block of the file is judged the same way when it is read (read-csv.ts).
  if (looksBinary(head)) throw readError(path, 'unsupported-format', 'binary', { ext });
  return 'csv';
}

async function zipFormat(path: string): Promise<WorkbookFormat> {
  const entries = await listZipEntries(path).catch(() => undefined);
  // An archive paicha cannot list itself is left to ExcelJS, which will say what is wrong with it.
  if (entries === undefined) return 'xlsx';
  const has = (name: string): boolean => entries.some((e) => e.name === name || e.name === `/${name}`);
  if (has('xl/workbook.xml')) return 'xlsx';
  if (has('xl/workbook.bin')) throw readError(path, 'unsupported-format', 'xlsb');
  if (has('content.xml') && has('mimetype')) throw readError(path, 'unsupported-format', 'ods');
  if (has('word/document.xml')) throw readError(path, 'unsupported-format', 'word');
  throw readError(path, 'unsupported-format', 'zipNoWorkbook');
}

function readFailure(path: string, format: WorkbookFormat, error: unknown): unknown {
  if (error instanceof FileReadError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && /^E[A-Z]+$/.test(code)) return ioFailure(path, error);
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) return readError(path, 'encrypted', 'encrypted', {}, error);
  // The library's own words ("Cannot set properties of undefined") stay in the cause, not in the message.
  return readError(path, 'corrupt', 'corrupt', { format: FILE_THINGS[format] }, error);
}

/** A FileReadError for a failed file-system call, by its errno code. */
export function ioFailure(path: string, error: unknown): FileReadError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return readError(path, 'not-found', 'notFound', {}, error);
  if (code === 'ELOOP') return readError(path, 'io', 'linkLoop', {}, error);
  if (code === 'EISDIR') return readError(path, 'unsupported-format', 'folder', {}, error);
  if (code === 'EACCES' || code === 'EPERM') return readError(path, 'io', 'permission', {}, error);
  if (code === 'EBUSY') return readError(path, 'io', 'busy', {}, error);
  return readError(path, 'io', 'io', { errno: code ?? (error instanceof Error ? error.name : 'error') }, error);
}

async function readHead(path: string, length: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await file.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

function startsWith(head: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => head[i] === b);
}
