import { dailyReport } from '../../lib/render/daily-report.ts';
import { reportClock } from '../../lib/render/shops-report.ts';
import type { Workbook } from '../workbook.ts';
import { analyzeWorkbook, type RunOptions } from './run.ts';

/** `report`: the daily report lines, written nowhere; the caller shows or prints them. No 问题清单 is written beside them. */
export function reportCommand(wb: Workbook, o: RunOptions, when: { readonly requireRegister?: boolean } = {}): string[] {
  const { analysis, result } = analyzeWorkbook(wb, o, when);
  return dailyReport(result, analysis.options.asOf?.day ?? o.asOf, analysis.options.locale, reportClock(analysis.options), {
    problemsSheet: false,
  });
}
