import type { Cell } from '../cells/result.ts';

/** A sheet's cells as `Range.getValues()` returns them: rows of cells, ragged rows allowed. */
export type Grid = readonly (readonly Cell[])[];

/** One sheet of a workbook, by name. */
export type InputSheet = { readonly name: string; readonly values: Grid };
