import type { Cell } from '../cells/result.ts';

/** How a generated column is shown; each adapter maps this to its own number format. */
export type ColumnFormat = 'text' | 'integer' | 'percent' | 'yuan' | 'date';

/** An embedded chart over a generated sheet's columns (0-based column indexes, data under the header). */
export type ChartSpec = {
  readonly kind: 'bar' | 'line';
  readonly title: string;
  readonly labelColumn: number;
  readonly valueColumns: readonly number[];
  /** Data rows the chart covers (the totals row is left out). */
  readonly rows: number;
};

/** A sheet paicha owns: rewritten whole on every run, never merged with a user's cells. */
export type GeneratedSheet = {
  readonly name: string;
  /** Header row first. Every row has the same length. Text is literal: never a formula. */
  readonly values: readonly (readonly Cell[])[];
  readonly formats: readonly ColumnFormat[];
  readonly frozenRows: number;
  readonly charts?: readonly ChartSpec[];
  /** Cells that link to a cell of an input sheet; the cell's value is the link's literal label. */
  readonly links?: readonly CellLink[];
  /** Rows (0-based, the header is row 0) after which a printed page ends: one building a page in 待跟进. */
  readonly pageBreaks?: readonly number[];
};

/** A link from a generated cell (0-based, header is row 0) to a cell a volunteer must look at. */
export type CellLink = {
  readonly row: number;
  readonly column: number;
  readonly target: { readonly sheet: string; readonly row: number; readonly column: string };
};
