import type ExcelJS from 'exceljs';
import type { Cell } from '../../../lib/cells/result.ts';
import type { SheetGrid } from '../../workbook.ts';
import { FileReadError } from './errors.ts';
import { fixExcelJs } from './exceljs-internals.ts';
import { parseMergeRef } from '../../../lib/table/a1.ts';
import type { MergedArea } from '../../workbook.ts';
import { GridBuilder } from './grid.ts';
import { markedSheetNames } from './marker.ts';
import { Declined } from './xlsx/declined.ts';
import { checkInflatedSizes } from './xlsx/inflated-sizes.ts';
import { readXlsxFast } from './xlsx/read.ts';

export type XlsxReadOptions = {
  /**
   * 'fast' (the default): paicha's own values-only reader, falling back to ExcelJS for what it
   * declines; 'exceljs': ExcelJS's document reader (the oracle of the differential test).
   */
  readonly reader?: 'fast' | 'exceljs';
};

export type XlsxContents = {
  /** Every worksheet in tab order, hidden ones included (as `getSheets()` lists them). */
  readonly sheets: SheetGrid[];
  /** Sheets carrying paicha's generated-sheet marker that exist in the file. */
  readonly generatedSheets: readonly string[];
};

/**
 * Reads every worksheet of an .xlsx into grids shaped like Apps Script's `getValues()`: a dense
 * rectangle from A1 to the last used row and column, '' for empty cells, numbers, booleans, formula
 * cells as their cached result (errors as their text, e.g. '#REF!'), rich text and hyperlinks as
 * their plain text, merged areas with the value in the top-left cell only (and listed in `merges`).
 *
 * Dates: a date-formatted cell comes back as the Date ExcelJS builds, which is UTC midnight of the
 * day shown in the sheet (serial 43852 → 2020-01-22T00:00:00Z) whatever the machine's zone. Pass
 * `tzOffsetMinutes: 0` to the core for grids read from files.
 */
export async function readXlsx(path: string, options: XlsxReadOptions = {}): Promise<SheetGrid[]> {
  return (await readXlsxContents(path, options)).sheets;
}

/** As {@link readXlsx}, plus which sheets paicha generated. */
export async function readXlsxContents(path: string, options: XlsxReadOptions = {}): Promise<XlsxContents> {
  if (options.reader === 'exceljs') return readXlsxDocument(path);
  try {
    return await readXlsxFast(path);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    // ExcelJS has no limits of its own: the same byte limits are checked before it inflates anything.
    await checkInflatedSizes(path);
    // A damaged file the fast reader stopped on gets ExcelJS's reading too; both failing is the first error.
    if (error instanceof Declined) return readXlsxDocument(path);
    return readXlsxDocument(path).catch(() => Promise.reject(error));
  }
}

async function readXlsxDocument(path: string): Promise<XlsxContents> {
  fixExcelJs();
  // Loaded only when needed: ExcelJS takes half a second to load, more than reading most files.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.readFile(path);
  const sheets = workbook.worksheets.map((ws) => worksheetSheet(ws));
  return { sheets, generatedSheets: presentGenerated(workbook, sheets) };
}

function presentGenerated(workbook: ExcelJS.Workbook, sheets: readonly SheetGrid[]): string[] {
  const marked = markedSheetNames(workbook.definedNames.model);
  return marked.filter((name) => sheets.some((s) => s.name === name));
}

function worksheetSheet(ws: ExcelJS.Worksheet): SheetGrid {
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).map(parseMergeRef).filter((m): m is MergedArea => m !== undefined);
  const values = worksheetGrid(ws, merges);
  return merges.length > 0 ? { name: ws.name, values, merges } : { name: ws.name, values };
}

// ExcelJS's ValueType numbers (index.d.ts declares a const enum, which isolated modules cannot use).
const T = { Null: 0, Merge: 1, Hyperlink: 5, Formula: 6 } as const;

/** One worksheet as a grid. Rows are converted as they come: no per-cell object is made. */
function worksheetGrid(ws: ExcelJS.Worksheet, merges: readonly MergedArea[] = []): Cell[][] {
  const grid = new GridBuilder();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      let v: Cell;
      switch (cell.type as number) {
        case T.Null:
        case T.Merge:
          return;
        case T.Formula:
          // A formula whose cached result is empty still makes the cell used, as in Sheets.
          v = excelValue(cell.result);
          break;
        case T.Hyperlink:
          v = excelValue((cell.value as ExcelJS.CellHyperlinkValue).text);
          if (v === '') return;
          break;
        default:
          v = excelValue(cell.value);
          if (v === '') return;
      }
      while (cells.length < col - 1) cells.push('');
      if (cells.length === col - 1) cells.push(v);
      else cells[col - 1] = v;
    });
    grid.setRow(rowNumber - 1, cells);
  });
  grid.applyMerges(merges);
  return grid.finish();
}

/** An ExcelJS cell value or formula result as a `getValues()` cell. */
function excelValue(v: unknown): Cell {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'boolean':
      return v;
    case 'object': {
      if (v === null) return '';
      if (v instanceof Date) return v;
      const o = v as { error?: unknown; richText?: unknown; text?: unknown };
      if (typeof o.error === 'string') return o.error;
      if (Array.isArray(o.richText)) return richTextString(o.richText);
      if ('text' in o) return excelValue(o.text);
      return '';
    }
    default:
      return '';
  }
}

function richTextString(runs: readonly unknown[]): string {
  let s = '';
  for (const run of runs) {
    const text = (run as { text?: unknown } | null)?.text;
    if (typeof text === 'string') s += text;
  }
  return s;
}
