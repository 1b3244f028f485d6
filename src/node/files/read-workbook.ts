import { open, readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { SheetGrid } from '../../workbook.ts';
import { FileReadError } from './errors.ts';
import { readCsvBuffer, type TextEncoding } from './read-csv.ts';
import { readXlsBuffer } from './read-xls.ts';
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

const SAVE_AS_XLSX = 'Open it in Excel or WPS and save it as an Excel workbook (.xlsx), then run paicha on that file.';

/**
 * Reads a workbook file of any format paicha knows, deciding by its bytes rather than its name: an
 * .xls that is really a zip is read as .xlsx, one that is really text as .csv. Anything else, and
 * any file that cannot be read, is a {@link FileReadError} saying which file, why, and what to do.
 */
export async function readWorkbookFile(path: string, options: XlsxReadOptions = {}): Promise<WorkbookFile> {
  const format = await sniffFormat(path);
  try {
    switch (format) {
      case 'xlsx': {
        const { sheets, generatedSheets } = await readXlsxContents(path, options);
        return { format, sheets, generatedSheets };
      }
      case 'xls':
        return { format, sheets: readXlsBuffer(await readFile(path)), generatedSheets: [] };
      case 'csv': {
        const { sheets, encoding } = readCsvBuffer(path, await readFile(path));
        return { format, sheets, generatedSheets: [], encoding };
      }
    }
  } catch (error) {
    throw readFailure(path, format, error);
  }
}

/** The format of a file judged by its first bytes (and, for zips, their contents). */
export async function sniffFormat(path: string): Promise<WorkbookFormat> {
  let head: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new FileReadError(path, 'unsupported-format', 'it is a folder', 'Name a workbook file inside it.');
    if (info.size === 0) throw new FileReadError(path, 'empty', 'the file is empty (0 bytes)', 'Check it is the file you meant; it may not have finished downloading or saving.');
    head = await readHead(path, 8192);
  } catch (error) {
    throw error instanceof FileReadError ? error : ioFailure(path, error);
  }
  const ext = extname(path).toLowerCase() || '(none)';
  if (head[0] === 0x50 && head[1] === 0x4b) return zipFormat(path);
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  // BIFF2–4 worksheets, written by very old Excel and some exporters, are raw BIFF records.
  if (head[0] === 0x09 && (head[1] === 0x00 || head[1] === 0x02 || head[1] === 0x04) && head[3] === 0x00) return 'xls';
  const start = head.toString('latin1', 0, 1024).replace(/^(\xef\xbb\xbf|\s)+/, '').toLowerCase();
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<table') || (start.startsWith('<') && start.includes('<html'))) {
    throw new FileReadError(path, 'unsupported-format', `it is a web page (HTML) with a ${ext} name, not a real spreadsheet`, SAVE_AS_XLSX);
  }
  if (start.startsWith('<?xml') && start.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    throw new FileReadError(path, 'unsupported-format', 'it is an Excel 2003 XML spreadsheet', SAVE_AS_XLSX);
  }
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) {
    throw new FileReadError(path, 'unsupported-format', 'it is a PDF document, not a spreadsheet', 'Ask for the spreadsheet the PDF was made from (.xlsx, .xls or .csv).');
  }
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  if (!utf16 && head.includes(0)) {
    throw new FileReadError(path, 'unsupported-format', `it is not a spreadsheet paicha can read (a binary file named ${ext})`, 'paicha reads .xlsx, .xls and .csv files. ' + SAVE_AS_XLSX);
  }
  return 'csv';
}

async function zipFormat(path: string): Promise<WorkbookFormat> {
  const entries = await listZipEntries(path).catch(() => undefined);
  // An archive paicha cannot list itself is left to ExcelJS, which will say what is wrong with it.
  if (entries === undefined) return 'xlsx';
  const has = (name: string): boolean => entries.some((e) => e.name === name || e.name === `/${name}`);
  if (has('xl/workbook.xml')) return 'xlsx';
  if (has('xl/workbook.bin')) throw new FileReadError(path, 'unsupported-format', 'it is an Excel binary workbook (.xlsb)', SAVE_AS_XLSX);
  if (has('content.xml') && has('mimetype')) throw new FileReadError(path, 'unsupported-format', 'it is an OpenDocument spreadsheet (.ods)', SAVE_AS_XLSX);
  if (has('word/document.xml')) throw new FileReadError(path, 'unsupported-format', 'it is a Word document, not a spreadsheet', 'Ask for the spreadsheet itself (.xlsx, .xls or .csv).');
  throw new FileReadError(path, 'unsupported-format', 'it is a zip archive without a workbook in it', 'If it holds spreadsheets, unzip it and run paicha on the .xlsx inside.');
}

function readFailure(path: string, format: WorkbookFormat, error: unknown): unknown {
  if (error instanceof FileReadError) return error;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code !== undefined && /^E[A-Z]+$/.test(code)) return ioFailure(path, error);
  const message = error instanceof Error ? error.message : String(error);
  if (/password|encrypt/i.test(message)) {
    return new FileReadError(path, 'encrypted', 'it is password-protected', 'Open it in Excel or WPS, remove the password (File → Info → Protect Workbook), save it, and run paicha again.', { cause: error });
  }
  const what = format === 'xlsx' ? 'an .xlsx (zip) workbook' : format === 'xls' ? 'a legacy .xls workbook' : 'a text (.csv) file';
  return new FileReadError(path, 'corrupt', `it looks like ${what} but could not be read (${message})`, 'The file may be damaged or only partly downloaded. ' + SAVE_AS_XLSX, { cause: error });
}

function ioFailure(path: string, error: unknown): FileReadError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new FileReadError(path, 'not-found', 'no such file', 'Check the name and the folder.', { cause: error });
  if (code === 'EACCES' || code === 'EPERM') return new FileReadError(path, 'io', 'permission denied', 'Check you may read the file.', { cause: error });
  if (code === 'EBUSY') return new FileReadError(path, 'io', 'the file is locked by another program', 'Close it (e.g. in Excel or WPS) and run paicha again.', { cause: error });
  const message = error instanceof Error ? error.message : String(error);
  return new FileReadError(path, 'io', message, 'Check the file can be opened.', { cause: error });
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
