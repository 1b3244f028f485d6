// A1 notation for the ranges paicha sends: sheet names always quoted, so a sheet called "A1",
// "Sheet 1" or "It's" is never read as a cell reference.

import { columnLetter } from '../../lib/problems/problem.ts';
import { quoteSheet } from '../a1.ts';

/** The whole grid of a sheet, `'name'!A1:Z1000`. */
export const gridRange = (name: string, rows: number, columns: number): string =>
  `${quoteSheet(name)}!A1:${columnLetter(columns - 1)}${rows}`;

/** A single anchor cell, `'name'!A1`. */
export const anchor = (name: string, row = 0, column = 0): string => `${quoteSheet(name)}!${columnLetter(column)}${row + 1}`;
