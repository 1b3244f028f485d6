import type { Columns } from './datasets/column.ts';
import { householdColumns } from './datasets/households.ts';
import type { ProblemCode, Severity } from './problems/catalogue.ts';
import { guardText } from './privacy/mask.ts';
import { problemMessage } from './render/problem-message.ts';
import type { HouseholdTally } from './tally/households.ts';
import { analyzeSheets, type Analysis, type InputSheet, type TallyOptions } from './tally/workbook.ts';
import type { DonationTally } from './tally/donations.ts';
import { donationColumns } from './datasets/donations.ts';

export type ProblemItem = {
  sheet: string;
  row: number;
  column: string;
  field: string;
  code: ProblemCode;
  severity: Severity;
  value: string;
  message: string;
};

export type ProblemSummary = {
  errors: number;
  warnings: number;
  infos: number;
  byCode: Partial<Record<ProblemCode, number>>;
  items: ProblemItem[];
  /** How many problems are counted above but not listed in items (the list is capped). */
  itemsOmitted: number;
};

/** The result contract of DESIGN.md: what `tallyWorkbook` returns and `paicha tally --json` prints. */
export type TallyResult = {
  households: HouseholdTally;
  donations: DonationTally;
  problems: ProblemSummary;
};

/** Every field a problem may name, for its label. The datasets share phone, idNumber and notes. */
export const ALL_FIELDS: Columns = { ...donationColumns, ...householdColumns };

export function problemSummary(a: Analysis): ProblemSummary {
  const locale = a.options.locale;
  return {
    errors: a.problems.bySeverity.error,
    warnings: a.problems.bySeverity.warning,
    infos: a.problems.bySeverity.info,
    byCode: { ...a.problems.byCode },
    // A phone typed into a status cell is personal data all the same: values and messages are guarded.
    items: a.problems.items.map((p) => ({
      sheet: p.sheet, row: p.row, column: p.column, field: p.field, code: p.code, severity: p.severity, value: guardText(p.value),
      message: guardText(problemMessage(p, locale, ALL_FIELDS)),
    })),
    itemsOmitted: a.problems.dropped,
  };
}

export function toResult(a: Analysis): TallyResult {
  return { households: a.households.result(), donations: a.donations.result(), problems: problemSummary(a) };
}

/**
 * Validates and tallies a workbook's sheets (as `getValues()` returns them): the one entry point the
 * add-on, the CLI and other scripts share. Pure and synchronous.
 */
export function tallyWorkbook(sheets: readonly InputSheet[], options?: TallyOptions): TallyResult {
  return toResult(analyzeSheets(sheets, options));
}
