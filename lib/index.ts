// The public API of paicha's core. Entry files only wire: every symbol lives in its own module.
export { tallyWorkbook, type TallyResult, type ProblemItem, type ProblemSummary } from './result.ts';
export { analyzeSheets, type InputSheet, type TallyOptions, type Analysis } from './tally/workbook.ts';
export { checkWorkbook, type CheckResult } from './check.ts';
export { renderSheets, reportSheet, type RenderInput } from './render/sheets.ts';
export { dailyReport } from './render/daily-report.ts';
export { templateSheets } from './render/template.ts';
export type { GeneratedSheet, ColumnFormat, ChartSpec, CellLink } from './render/grid.ts';
export { SHEETS, sheetName, generatedSheetNames, type SheetId } from './render/sheet-names.ts';
export { problems, PROBLEM_CODES, type ProblemCode, type Severity, type ProblemSpec } from './problems/catalogue.ts';
export type { Problem } from './problems/problem.ts';
export { LOCALES, pickLocale, type Locale } from './i18n/locale.ts';
export { STATUSES, VERIFIED_STATUSES, UNVERIFIED_STATUSES, type Status } from './cells/status.ts';
export { householdColumns, type HouseholdRecord } from './datasets/households.ts';
export { householdRecord } from './datasets/households.schema.ts';
export type { Cell } from './cells/result.ts';
export type { HouseholdTally, FollowUp, NextStep } from './tally/households.ts';
export type { DonationTally } from './tally/donations.ts';
