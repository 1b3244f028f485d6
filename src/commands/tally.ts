import type { TallyResult } from '../../lib/result.ts';
import { reportClock } from '../../lib/render/shops-report.ts';
import { renderSheets } from '../../lib/render/sheets.ts';
import type { Workbook } from '../workbook.ts';
import { analyzeWorkbook, writeOwned, type RunOptions, type WriteOutcome } from './run.ts';

/**
 * `tally`: validate, tally and (re)write every generated sheet. With `requireRegister`, a workbook
 * holding no register throws NoRegisterError and nothing is written (as check and report do): the CLI
 * says so and exits 2, the add-on offers the template sheets.
 */
export function tallyCommand(
  wb: Workbook,
  o: RunOptions,
  when: { readonly requireRegister?: boolean } = {},
): { result: TallyResult } & WriteOutcome {
  const { analysis, result } = analyzeWorkbook(wb, o, when);
  const t = analysis.tallies;
  const sheets = renderSheets({
    result,
    followUps: t.households.sortedFollowUps(),
    donations: t.donations.publicList(),
    date: analysis.options.asOf?.day ?? o.asOf,
    locale: analysis.options.locale,
    shops: { today: t.shops.todayShops(), day: t.shops.day(t.shops.date) },
    duty: { grid: t.duty.grid(), issues: t.duty.issueList() },
    clock: reportClock(analysis.options),
    watch: analysis.tallies.people.watchDetails(),
    holds: analysis.holds,
  });
  return { result, ...writeOwned(wb, sheets) };
}
