import type { TallyResult } from '../../lib/result.ts';
import { renderSheets } from '../../lib/render/sheets.ts';
import type { Workbook } from '../workbook.ts';
import { analyzeWorkbook, writeOwned, type RunOptions, type WriteOutcome } from './run.ts';

/** `tally`: validate, tally and (re)write every generated sheet. */
export function tallyCommand(wb: Workbook, o: RunOptions): { result: TallyResult } & WriteOutcome {
  const { analysis, result } = analyzeWorkbook(wb, o);
  const sheets = renderSheets({
    result,
    followUps: analysis.tallies.households.sortedFollowUps(),
    donations: analysis.tallies.donations.publicList(),
    date: analysis.options.asOf?.day ?? o.asOf,
    locale: analysis.options.locale,
  });
  return { result, ...writeOwned(wb, sheets) };
}
