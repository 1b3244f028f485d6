import type { TallyResult } from '../../lib/result.ts';
import { renderSheets } from '../../lib/render/sheets.ts';
import type { Workbook } from '../workbook.ts';
import { analyzeWorkbook, registerSheets, writeOwned, type RunOptions, type WriteOutcome } from './run.ts';

/**
 * `tally`: validate, tally and (re)write every generated sheet. `registers` names the sheets read as
 * a register; with `requireRegister`, a workbook holding none is left as it is (nothing written).
 */
export function tallyCommand(
  wb: Workbook,
  o: RunOptions,
  when: { readonly requireRegister?: boolean } = {},
): { result: TallyResult; registers: readonly string[] } & WriteOutcome {
  const { analysis, result } = analyzeWorkbook(wb, o);
  const registers = registerSheets(analysis);
  if (when.requireRegister && registers.length === 0) return { result, registers, written: [], refused: [] };
  const sheets = renderSheets({
    result,
    followUps: analysis.households.sortedFollowUps(),
    donations: analysis.donations.publicList(),
    date: o.asOf,
    locale: analysis.options.locale,
  });
  return { result, registers, ...writeOwned(wb, sheets) };
}
