import type { TallyOptions } from './options.ts';
import { problemSummary, type ProblemSummary } from './result.ts';
import type { InputSheet } from './table/sheet.ts';
import { analyzeSheets } from './workbook/analyze.ts';

export type CheckResult = ProblemSummary & { ok: boolean };

/** Only the problems of a workbook: what the volunteers must fix. `ok` is false when there are errors. */
export function checkWorkbook(sheets: readonly InputSheet[], options?: TallyOptions): CheckResult {
  const summary = problemSummary(analyzeSheets(sheets, options));
  return { ...summary, ok: summary.errors === 0 };
}
