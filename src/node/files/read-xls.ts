import { readFile } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import type { Cell } from '../../../lib/cells/result.ts';
import type { SheetGrid } from '../../workbook.ts';
import type { MergedArea } from '../../workbook.ts';
import { GridBuilder } from './grid.ts';
import { limitError } from './limit-errors.ts';
import { XLSX_LIMITS } from './xlsx/limits.ts';

// Excel's error codes as BIFF8 stores them, for cells read without SheetJS's formatted text.
const ERRORS: Readonly<Record<number, string>> = {
  0x00: '#NULL!',
  0x07: '#DIV/0!',
  0x0f: '#VALUE!',
  0x17: '#REF!',
  0x1d: '#NAME?',
  0x24: '#NUM!',
  0x2a: '#N/A',
  0x2b: '#GETTING_DATA',
};

/**
 * Reads a legacy .xls (BIFF8) workbook into the same grids as the .xlsx reader: dense rectangles
 * from A1, '' for empty cells, formula cells as their cached result, merged areas with the value in
 * the top-left cell only. Dates are UTC midnight of the day shown, as from the .xlsx reader. Values
 * are never cleaned: NBSP and U+3000 padding stay as typed.
 */
export async function readXls(path: string): Promise<SheetGrid[]> {
  return readXlsBuffer(await readFile(path), path);
}

export function readXlsBuffer(bytes: Uint8Array, path = ''): SheetGrid[] {
  // SheetJS CE 0.20.3 builds dates from the serial in UTC, whatever the process time zone.
  const wb = quietly(() => XLSX.read(bytes, { type: 'buffer', cellDates: true, dense: true, cellText: false, cellHTML: false }));
  const sheets: SheetGrid[] = [];
  let cells = 0;
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    // Chart, macro and dialog sheets hold no cells a volunteer typed.
    if (ws === undefined || (ws['!type'] !== undefined && ws['!type'] !== 'sheet')) continue;
    // The same limit as an .xlsx, checked before the sheet's grid is built.
    const data = ws['!data'] ?? [];
    cells += data.length * data.reduce((w, row) => Math.max(w, row?.length ?? 0), 0);
    if (cells > XLSX_LIMITS.cells) {
      throw limitError(path, 'cells', cells, 'limitCells', {
        found: cells.toLocaleString('en'),
        limit: XLSX_LIMITS.cells.toLocaleString('en'),
      });
    }
    const merges: MergedArea[] = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
    const values = sheetGrid(ws, merges);
    sheets.push(merges.length > 0 ? { name, values, merges } : { name, values });
  }
  return sheets;
}

// SheetJS reports what it skips in a damaged file on the console ("Missing Info for XLS Record
// 0x4141"); paicha's output is its own. The read is synchronous, so nothing else prints meanwhile.
function quietly<T>(read: () => T): T {
  const saved = { log: console.log, warn: console.warn, error: console.error };
  const none = (): void => undefined;
  console.log = console.warn = console.error = none;
  try {
    return read();
  } finally {
    Object.assign(console, saved);
  }
}

function sheetGrid(ws: XLSX.WorkSheet, merges: readonly MergedArea[]): Cell[][] {
  const grid = new GridBuilder();
  const data = ws['!data'] ?? [];
  for (let r = 0; r < data.length; r++) {
    const row = data[r];
    if (row === undefined) continue;
    const cells: Cell[] = [];
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === undefined) continue;
      const v = cellValue(cell);
      if (v === undefined) continue;
      while (cells.length < c) cells.push('');
      cells.push(v);
    }
    grid.setRow(r, cells);
  }
  grid.applyMerges(merges);
  return grid.finish();
}

/** A SheetJS cell as a `getValues()` cell; undefined when empty. A formula always counts as used. */
function cellValue(cell: XLSX.CellObject): Cell | undefined {
  const formula = cell.f !== undefined;
  switch (cell.t) {
    case 'n':
    case 'b':
      return cell.v as number | boolean;
    case 'd':
      return cell.v instanceof Date ? cell.v : undefined;
    case 'e':
      return cell.w ?? ERRORS[cell.v as number] ?? '#VALUE!';
    case 's': {
      const s = typeof cell.v === 'string' ? cell.v : '';
      return s === '' && !formula ? undefined : s;
    }
    default:
      return formula ? '' : undefined;
  }
}
