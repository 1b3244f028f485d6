import type { Cell } from '../lib/cells/result.ts';
import type { SheetReadProblem } from '../lib/checks/file-reading.ts';
import type { GeneratedSheet } from '../lib/render/grid.ts';
import type { MergedArea } from '../lib/table/sheet.ts';

export type { ChartSpec, ColumnFormat, GeneratedSheet } from '../lib/render/grid.ts';
export type { MergedArea } from '../lib/table/sheet.ts';

/**
 * One sheet as read: its name and its values grid, exactly as `Range.getValues()` returns them (a
 * merged area's value in its top-left cell only); `merges` lists the merged areas when the adapter
 * knows them, so a rule that a merged value covers every row under it can be applied downstream.
 */
export type SheetGrid = {
  readonly name: string;
  readonly values: readonly (readonly Cell[])[];
  readonly merges?: readonly MergedArea[];
  /** What reading the sheet found wrong in the file itself (a CSV quote never closed), reported with the sheet's problems. */
  readonly problems?: readonly SheetReadProblem[];
};

export type { SheetReadProblem } from '../lib/checks/file-reading.ts';

/**
 * The port every edge implements: the Apps Script spreadsheet, a local .xlsx/.xls/.csv file and a
 * remote spreadsheet over the Sheets API. It is synchronous so that commands are written once and run
 * unchanged in Apps Script; async adapters read everything when opened and write when flushed.
 */
export interface Workbook {
  /** Sheet names in tab order. */
  sheetNames(): readonly string[];
  /** Values of the named sheets, one read each. */
  read(names: readonly string[]): readonly SheetGrid[];
  /** True when paicha created this sheet (it carries paicha's marker). */
  isGenerated(name: string): boolean;
  /**
   * Replace these generated sheets whole. A sheet of the same name that paicha did not create is
   * never touched: the call throws `SheetOwnershipError` before writing anything.
   */
  writeGenerated(sheets: readonly GeneratedSheet[]): void;
}

/**
 * The ownership check every adapter makes before writing: names among `names` that a sheet of the
 * user's already has (`exists`, and not `isGenerated`). Never written over.
 */
export function usersSheets(names: readonly string[], wb: { exists(name: string): boolean; isGenerated(name: string): boolean }): string[] {
  return names.filter((n) => wb.exists(n) && !wb.isGenerated(n));
}

/** Throws {@link SheetOwnershipError} when any of `names` is a user's own sheet; see {@link usersSheets}. */
export function assertOwned(names: readonly string[], wb: { exists(name: string): boolean; isGenerated(name: string): boolean }): void {
  const refused = usersSheets(names, wb);
  if (refused.length > 0) throw new SheetOwnershipError(refused);
}

export class SheetOwnershipError extends Error {
  constructor(readonly sheets: readonly string[]) {
    super(`paicha will not overwrite sheets it did not create: ${sheets.join(', ')}`);
    this.name = 'SheetOwnershipError';
  }
}
