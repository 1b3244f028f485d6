import { isBlank } from '../../lib/cells/result.ts';
import { cellText } from '../../lib/cells/text.ts';
import { guardText } from '../../lib/privacy/mask.ts';
import { toResult, type TallyResult } from '../../lib/result.ts';
import { HEADER_SEARCH_ROWS } from '../../lib/table/locate.ts';
import type { InputSheet } from '../../lib/table/sheet.ts';
import type { GeneratedSheet } from '../../lib/render/grid.ts';
import type { TallyOptions } from '../../lib/options.ts';
import { analyzeSheets, type Analysis } from '../../lib/workbook/analyze.ts';
import { usersSheets, type Workbook } from '../workbook.ts';

export type RunOptions = Omit<TallyOptions, 'exclude'> & { readonly asOf: string };

/** A sheet paicha looked at for a register, and the first row it holds (guarded: no phone, ID or control character shown). */
export type SheetLookedAt = { readonly name: string; readonly header: readonly string[] };

/** Thrown by analyzeWorkbook with `requireRegister` when no sheet holds a register: nothing is tallied or written. */
export class NoRegisterError extends Error {
  constructor(readonly sheets: readonly SheetLookedAt[]) {
    super(`no register in ${sheets.map((s) => s.name).join(', ') || 'the workbook'}`);
    this.name = 'NoRegisterError';
  }
}

// What a person would take for the header: the first row with something in it, among the rows searched.
function firstRow(sheet: InputSheet): string[] {
  const rows = sheet.values.slice(0, HEADER_SEARCH_ROWS);
  const row = rows.find((r) => r.some((c) => !isBlank(c))) ?? [];
  return row
    .filter((c) => !isBlank(c))
    .slice(0, 12)
    .map((c) => guardText(cellText(c)).slice(0, 24));
}

/**
 * Reads every user sheet of the workbook once and analyzes it; paicha's own sheets are not input.
 * With `requireRegister`, a workbook in which no sheet is a register throws NoRegisterError.
 */
export function analyzeWorkbook(
  wb: Workbook,
  o: RunOptions,
  when: { readonly requireRegister?: boolean } = {},
): { analysis: Analysis; result: TallyResult } {
  const names = wb.sheetNames().filter((n) => !wb.isGenerated(n));
  const sheets = wb.read(names);
  const analysis = analyzeSheets(sheets, { ...o, exclude: () => false });
  if (when.requireRegister && analysis.holds.size === 0)
    throw new NoRegisterError(sheets.map((s) => ({ name: s.name, header: firstRow(s) })));
  return { analysis, result: toResult(analysis) };
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
  const refused = usersSheets(
    sheets.map((s) => s.name),
    { exists: (n) => existing.has(n), isGenerated: (n) => wb.isGenerated(n) },
  );
  const writable = sheets.filter((s) => !refused.includes(s.name));
  if (writable.length > 0) wb.writeGenerated(writable);
  return { written: writable.map((s) => s.name), refused };
}
