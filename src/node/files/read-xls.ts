import { readFile } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import type { Cell } from '../../../lib/cells/result.ts';
import type { SheetGrid } from '../../workbook.ts';
import { GridBuilder, type MergeArea } from './grid.ts';

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
  return readXlsBuffer(await readFile(path));
}

export function readXlsBuffer(bytes: Uint8Array): SheetGrid[] {
  // SheetJS CE 0.20.3 builds dates from the serial in UTC, whatever the process time zone.
  const wb = XLSX.read(bytes, { type: 'buffer', cellDates: true, dense: true, cellText: false, cellHTML: false });
  const sheets: SheetGrid[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    // Chart, macro and dialog sheets hold no cells a volunteer typed.
    if (ws === undefined || (ws['!type'] !== undefined && ws['!type'] !== 'sheet')) continue;
    sheets.push({ name, values: sheetGrid(ws) });
  }
  return sheets;
}

function sheetGrid(ws: XLSX.WorkSheet): Cell[][] {
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
  const merges: MergeArea[] = (ws['!merges'] ?? []).map((m) => ({ top: m.s.r, left: m.s.c, bottom: m.e.r, right: m.e.c }));
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
