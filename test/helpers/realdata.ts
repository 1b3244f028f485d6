import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import type { Cell } from '../../lib/cells/result.ts';
import type { InputSheet } from '../../lib/tally/workbook.ts';

/** The published 2020 ledgers (../shared/realdata/): tests that use them fail, never skip, without them. */
export const REALDATA = fileURLToPath(new URL('../../../shared/realdata/', import.meta.url));

export const REAL_FILES = {
  hubeiCash0122: 'hubei-rc-cash-2020-01-22_25.xls',
  hubeiCash0204: 'hubei-rc-cash-2020-02-04.xls',
  wuhanCash: 'wuhan-rc-cash-abc-account-2020-01-22_28.xlsx',
  hubeiGoods: 'hubei-rc-goods-use-2020-01-29.xlsx',
} as const;

/**
 * A real file's sheets as `getValues()` grids: values as stored (numbers, Dates, text with its padding),
 * '' for empty and merged-away cells. Read with SheetJS for .xls and .xlsx alike.
 */
export function readRealWorkbook(file: string): InputSheet[] {
  const wb = XLSX.read(readFileSync(REALDATA + file), { cellDates: true });
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name];
    const values = ws ? (XLSX.utils.sheet_to_json<Cell[]>(ws, { header: 1, raw: true, defval: '', blankrows: true }) as Cell[][]) : [];
    return { name, values };
  });
}
