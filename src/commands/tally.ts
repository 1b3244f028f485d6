import type { TallyResult } from '../../lib/result.ts';
import { reportClock } from '../../lib/render/shops-report.ts';
import { renderSheets } from '../../lib/render/sheets.ts';
import type { Workbook } from '../workbook.ts';
import { analyzeWorkbook, registerSheets, writeOwned, type RunOptions, type WriteOutcome } from './run.ts';

/**
 * `tally`: validate, tally and (re)write every generated sheet. `registers` names the sheets read as
 * a register; with `requireRegister`, a workbook holding none is left as it is (nothing written), and
 * with `refuseWithoutRegister` it throws NoRegisterError instead (the CLI's error exit).
 */
export function tallyCommand(
  wb: Workbook,
  o: RunOptions,
  when: { readonly requireRegister?: boolean; readonly refuseWithoutRegister?: boolean } = {},
): { result: TallyResult; registers: readonly string[] } & WriteOutcome {
  const { analysis, result } = analyzeWorkbook(wb, o, { requireRegister: when.refuseWithoutRegister === true });
  const registers = registerSheets(analysis);
  if (when.requireRegister && registers.length === 0) return { result, registers, written: [], refused: [] };
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
  return { result, registers, ...writeOwned(wb, sheets) };
}
