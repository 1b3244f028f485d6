import { toResult, type TallyResult } from '../../lib/result.ts';
import type { GeneratedSheet } from '../../lib/render/grid.ts';
import type { TallyOptions } from '../../lib/options.ts';
import { analyzeSheets, type Analysis } from '../../lib/workbook/analyze.ts';
import { usersSheets, type Workbook } from '../workbook.ts';

export type RunOptions = Omit<TallyOptions, 'exclude'> & { readonly asOf: string };

/** Reads every user sheet of the workbook once and analyzes it; paicha's own sheets are not input. */
export function analyzeWorkbook(wb: Workbook, o: RunOptions): { analysis: Analysis; result: TallyResult } {
  const names = wb.sheetNames().filter((n) => !wb.isGenerated(n));
  const analysis = analyzeSheets(wb.read(names), { ...o, exclude: () => false });
  return { analysis, result: toResult(analysis) };
}

/** Names of the sheets recognized as a register (households, donations …) by their header row. */
export function registerSheets(analysis: Analysis): string[] {
  return analysis.sheets.filter((s) => s.dataset !== undefined).map((s) => s.name);
}

export type WriteOutcome = {
  /** Sheets written. */
  readonly written: readonly string[];
  /** Sheets not written because a user's own sheet has that name. */
  readonly refused: readonly string[];
};

/**
 * Writes generated sheets, except where a user's own sheet already has the name: that sheet is left
 * untouched and reported, and the others are still written.
 */
export function writeOwned(wb: Workbook, sheets: readonly GeneratedSheet[]): WriteOutcome {
  const existing = new Set(wb.sheetNames());
  const refused = usersSheets(sheets.map((s) => s.name), { exists: (n) => existing.has(n), isGenerated: (n) => wb.isGenerated(n) });
  const writable = sheets.filter((s) => !refused.includes(s.name));
  if (writable.length > 0) wb.writeGenerated(writable);
  return { written: writable.map((s) => s.name), refused };
}
