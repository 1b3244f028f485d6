// The public API of paicha's core. Entry files only wire: every symbol lives in its own module.
export { tallyWorkbook, type TallyResult, type WorkbookResult, type ProblemSummary } from './result.ts';
export { analyzeSheets, type Analysis, type SheetReport } from './workbook/analyze.ts';
export type { InputSheet } from './table/sheet.ts';
export { OptionError, parseAsOf, type TallyOptions, type AsOf } from './options.ts';
export { checkWorkbook, type CheckResult } from './check.ts';
export { renderSheets, reportSheet, type RenderInput } from './render/sheets.ts';
export { renderProblems } from './render/problem-message.ts';
export { dailyReport } from './render/daily-report.ts';
export { templateSheets } from './render/template.ts';
export type { GeneratedSheet, ColumnFormat, ChartSpec, CellLink } from './render/grid.ts';
export { SHEETS, sheetName, generatedSheetNames, type SheetId } from './render/sheet-names.ts';
export { problems, PROBLEM_CODES, type ProblemCode, type Severity, type ProblemSpec } from './problems/catalogue.ts';
export type { Problem, ProblemItem } from './problems/problem.ts';
export type { ProblemParams } from './problems/params.ts';
export { LOCALES, pickLocale, type Locale } from './i18n/locale.ts';
export { STATUSES, VERIFIED_STATUSES, UNVERIFIED_STATUSES, type Status } from './cells/status.ts';
export type { Cell } from './cells/result.ts';
export { column, type ColumnSpec, type Columns, type RowValues } from './columns/column.ts';
export * as placeColumns from './columns/place.ts';
export * as personColumns from './columns/person.ts';
export {
  defineDataset,
  type AnyDataset,
  type Dataset,
  type Tally,
  type FinishContext,
  type SheetContext,
  type RowAccount,
} from './datasets/define.ts';
export { defineRegistry, DATASETS, type Registry } from './datasets/registry.ts';
export { readRecords, type RecordReading } from './datasets/read-records.ts';
export { households } from './datasets/households/dataset.ts';
export { donations } from './datasets/donations/dataset.ts';
export { householdColumns } from './datasets/households/columns.ts';
export type { HouseholdRecord } from './datasets/households/record.ts';
export { householdRecord } from './datasets/households/schema.ts';
export type { HouseholdTally, FollowUp, NextStep } from './datasets/households/tally.ts';
export { donationColumns } from './datasets/donations/columns.ts';
export type { DonationRecord } from './datasets/donations/record.ts';
export { donationRecord } from './datasets/donations/schema.ts';
export type { DonationTally, DonationEntry, MoneySplit, StatedTotalCheck, UnvaluedGoods } from './datasets/donations/tally.ts';
export { donationsSheet } from './render/donations.ts';
export { publicListSheet } from './render/public-list.ts';
export { renderDashboard, dashboardHtml, type DashboardLayout } from './render/dashboard/page.ts';
export { dashboardModel, type DashboardModel, type DashboardInput } from './render/dashboard/model.ts';
export { people } from './datasets/people/dataset.ts';
export { peopleColumns } from './datasets/people/columns.ts';
export type { PersonRecord } from './datasets/people/record.ts';
export { personRecord } from './datasets/people/schema.ts';
export type { PeopleResult, WatchItem, WatchAlert, WatchDetail } from './datasets/people/tally.ts';
export { checks } from './datasets/checks/dataset.ts';
export { checkColumns } from './datasets/checks/columns.ts';
export type { CheckRecord } from './datasets/checks/record.ts';
export { checkRecord } from './datasets/checks/schema.ts';
export type { ChecksResult, ChecksDay } from './datasets/checks/tally.ts';
