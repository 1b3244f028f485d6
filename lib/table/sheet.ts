import type { SheetReadProblem } from '../checks/file-reading.ts';
import type { Cell } from '../cells/result.ts';

/** A sheet's cells as `Range.getValues()` returns them: rows of cells, ragged rows allowed. */
export type Grid = readonly (readonly Cell[])[];

/** One sheet of a workbook, by name. */
export type InputSheet = {
  readonly name: string;
  readonly values: Grid;
  /** What the adapter found wrong in the file itself while reading the sheet (lib/checks/file-reading.ts). */
  readonly problems?: readonly SheetReadProblem[];
};
