import type { SheetReadProblem } from '../checks/file-reading.ts';
import type { Cell } from '../cells/result.ts';

/** A sheet's cells as `Range.getValues()` returns them: rows of cells, ragged rows allowed. */
export type Grid = readonly (readonly Cell[])[];

/** A merged area of a sheet, 0-based and inclusive. */
export type MergedArea = { readonly top: number; readonly left: number; readonly bottom: number; readonly right: number };

/** One sheet of a workbook, by name. */
export type InputSheet = {
  readonly name: string;
  readonly values: Grid;
  /**
   * The sheet's merged areas, when the adapter knows them: `values` holds a merged value in the top-left
   * cell only (as `getValues()` does), and the rows under a merged 小区 or 楼号 take it (lib/table/merges.ts).
   */
  readonly merges?: readonly MergedArea[];
  /** What the adapter found wrong in the file itself while reading the sheet (lib/checks/file-reading.ts). */
  readonly problems?: readonly SheetReadProblem[];
};
