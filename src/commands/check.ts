import { problemsSheet } from '../../lib/render/problems-sheet.ts';
import type { ProblemSummary } from '../../lib/result.ts';
import type { Workbook } from '../workbook.ts';
import { analyzeWorkbook, writeOwned, type RunOptions, type WriteOutcome } from './run.ts';

/** `check`: only the problem list; `write: false` leaves the workbook untouched (CLI default). */
export function checkCommand(
  wb: Workbook,
  o: RunOptions & { readonly write: boolean },
  when: { readonly requireRegister?: boolean } = {},
): { problems: ProblemSummary } & WriteOutcome {
  const { analysis, result } = analyzeWorkbook(wb, o, when);
  const outcome = o.write ? writeOwned(wb, [problemsSheet(result.problems, analysis.options.locale)]) : { written: [], refused: [] };
  return { problems: result.problems, ...outcome };
}
