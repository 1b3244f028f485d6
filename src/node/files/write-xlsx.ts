import { basename, dirname, extname, relative, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import type { Cell } from '../../../lib/cells/result.ts';
import type { GeneratedSheet } from '../../workbook.ts';
import { writeFileAtomic } from './atomic.ts';
import { FileReadError, FileWriteError } from './errors.ts';
import { GENERATED_MARKER, markedSheetNames, markerRange } from './marker.ts';
import { readXlsxContents } from './read-xlsx.ts';
import { readXlsxSheetNames } from './xlsx/read.ts';
import { sniffFormat } from './read-workbook.ts';
import type { ChartRenderer } from './xlsx/write/charts.ts';
import { NUMBER_FORMATS } from '../../generated.ts';
import { columnWidths } from './xlsx/write/widths.ts';
import { MAX_CELL_TEXT } from './xlsx/write/xml-out.ts';
import type { LinkMode } from './xlsx/write/sheet-xml.ts';
import { writeSummaryWorkbook } from './xlsx/write/summary.ts';

/** Sheets paicha generated, by the workbook's marker, that exist in it (tab order). */
export function generatedSheetNames(workbook: ExcelJS.Workbook): string[] {
  const marked = markedSheetNames(workbook.definedNames.model);
  return workbook.worksheets.map((ws) => ws.name).filter((name) => marked.includes(name));
}

/** Sets the marker to exactly these sheets (those that exist); other defined names are untouched. */
export function markGenerated(workbook: ExcelJS.Workbook, names: readonly string[]): void {
  const present = names.filter((n) => workbook.getWorksheet(n) !== undefined);
  const others = workbook.definedNames.model.filter((dn) => dn.name !== GENERATED_MARKER);
  workbook.definedNames.model = present.length === 0 ? others : [...others, { name: GENERATED_MARKER, ranges: present.map(markerRange) }];
}

/**
 * Adds one generated sheet: header row bold, rows frozen, a number format per column and widths
 * that fit CJK text. Every string is written as a string cell, never as a formula, and without any
 * prefix: ExcelJS stores a string value as `t="s"` whatever it begins with (`=`, `+`, `-`, `@`, tab),
 * so a donor named `=IMPORTXML(...)` shows literally. Charts are not written: ExcelJS cannot create
 * them; the Apps Script and Sheets API adapters draw `sheet.charts`.
 */
export function addGeneratedSheet(workbook: ExcelJS.Workbook, sheet: GeneratedSheet): ExcelJS.Worksheet {
  const views: Partial<ExcelJS.WorksheetView>[] = sheet.frozenRows > 0 ? [{ state: 'frozen', ySplit: sheet.frozenRows, xSplit: 0 }] : [];
  const ws = workbook.addWorksheet(sheet.name, { views });
  const width = sheet.values.reduce((w, row) => Math.max(w, row.length), sheet.formats.length);
  const widths = columnWidths(sheet, width);
  for (let c = 0; c < width; c++) {
    const format = sheet.formats[c];
    const column = ws.getColumn(c + 1);
    if (format !== undefined && NUMBER_FORMATS[format] !== '') column.numFmt = NUMBER_FORMATS[format];
    column.width = widths[c]!;
  }
  ws.addRows(sheet.values.map((row) => row.map(excelCell)));
  // The header row: bold, and without its column's number format (as in the add-on and the Sheets API).
  if (sheet.values.length > 0) ws.getRow(1).eachCell((cell) => void (cell.style = { font: { bold: true } }));
  return ws;
}

/** A new workbook holding only these generated sheets, marked as paicha's. */
export async function generatedWorkbook(sheets: readonly GeneratedSheet[]): Promise<ExcelJS.Workbook> {
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  workbook.creator = 'paicha';
  for (const sheet of sheets) addGeneratedSheet(workbook, sheet);
  markGenerated(
    workbook,
    sheets.map((s) => s.name),
  );
  return workbook;
}

export type SummaryWriteOptions = {
  /**
   * The input files the sheets were read from (sheet names prefixed `FILE › ` when there are
   * several, as the CLI reads them): a problem cell links into its input file. None: no links.
   */
  readonly inputs?: readonly string[];
  /** How chart parts are drawn; null writes none. */
  readonly charts?: ChartRenderer | null;
};

/**
 * Writes the generated sheets to a new .xlsx at `path`, atomically, with paicha's own streaming
 * writer. An existing file there is replaced only when it is an earlier paicha output (every sheet
 * in it generated): a workbook of the user's is never overwritten.
 */
export async function writeGeneratedXlsx(
  path: string,
  sheets: readonly GeneratedSheet[],
  options: SummaryWriteOptions = {},
): Promise<void> {
  if (extname(path).toLowerCase() !== '.xlsx') {
    throw new FileWriteError(path, 'bad-extension', 'paicha writes Excel workbooks (.xlsx)', 'Give the output a name ending in .xlsx.');
  }
  if (sheets.length === 0) throw new Error('writeGeneratedXlsx: no sheets to write');
  await assertReplaceable(resolve(path));
  const links: LinkMode = { kind: 'external', resolve: inputCells(resolve(path), options.inputs ?? []) };
  await writeFileAtomic(path, (file) =>
    writeSummaryWorkbook(file, sheets, { links, ...(options.charts === undefined ? {} : { charts: options.charts }) }),
  );
}

/** Where a link to an input sheet goes: the input file, relative to the output's folder. */
function inputCells(output: string, inputs: readonly string[]): (sheet: string) => { file: string; sheet: string } | undefined {
  const from = dirname(output);
  const rel = (file: string): string => relative(from, file) || basename(file);
  if (inputs.length === 1) return (sheet) => ({ file: rel(inputs[0]!), sheet });
  return (sheet) => {
    const at = sheet.indexOf(' › ');
    const file = at < 0 ? undefined : inputs.find((f) => basename(f) === sheet.slice(0, at));
    return file === undefined ? undefined : { file: rel(file), sheet: sheet.slice(at + 3) };
  };
}

async function assertReplaceable(path: string): Promise<void> {
  let userSheets: string[];
  try {
    if ((await sniffFormat(path)) !== 'xlsx') throw new Error('not an .xlsx');
    const { names, generatedSheets } = await sheetNames(path);
    userSheets = names.filter((n) => !generatedSheets.includes(n));
  } catch (error) {
    const code = (error as { code?: string } | null)?.code;
    if (code === 'not-found' || code === 'ENOENT') return;
    if (code === 'empty') return;
    throw new FileWriteError(
      path,
      'not-paicha-output',
      'a file that is not a paicha summary already has this name',
      'Choose another output with --out, or move that file away.',
      { cause: error },
    );
  }
  if (userSheets.length > 0) {
    throw new FileWriteError(
      path,
      'not-paicha-output',
      `it already exists and holds sheets paicha did not create (${userSheets.join(', ')})`,
      'Choose another output with --out; to add the summary sheets to that workbook use --in-place.',
    );
  }
}

/** Only the names: the workbook part when the fast reader takes the file, every sheet read otherwise. */
async function sheetNames(path: string): Promise<{ names: string[]; generatedSheets: readonly string[] }> {
  try {
    return await readXlsxSheetNames(path);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    const { sheets, generatedSheets } = await readXlsxContents(path);
    return { names: sheets.map((s) => s.name), generatedSheets };
  }
}

function excelCell(v: Cell): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string') return escapeText(v.length > MAX_CELL_TEXT ? `${v.slice(0, MAX_CELL_TEXT - 1)}…` : v);
  // NaN, ±Infinity and an invalid Date have no cell form; written as their text rather than corrupting the file.
  if (typeof v === 'number') return Number.isFinite(v) ? v : String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v;
  return v;
}

// XML cannot hold most control characters and turns CR into LF, so OOXML spells them `_x000D_`;
// ExcelJS drops them or writes CR raw. A literal `_x0041_` typed by a user is escaped as `_x005F_x0041_`.
const NEEDS_ESCAPE = /_x[0-9a-fA-F]{4}_|[\x00-\x08\x0b-\x1f\x7f]/g;

function escapeText(s: string): string {
  return s.replace(NEEDS_ESCAPE, (m) =>
    m.length > 1 ? `_x005F_${m.slice(1)}` : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
  );
}
