import type { Locale } from '../i18n/locale.ts';
import type { TallyResult } from '../result.ts';
import type { FollowUp } from '../tally/households.ts';
import { dailyReport } from './daily-report.ts';
import type { GeneratedSheet } from './grid.ts';
import { followUpSheet, householdsSheet } from './households.ts';
import { problemsSheet } from './problems-sheet.ts';
import { sheetName } from './sheet-names.ts';

export type RenderInput = {
  readonly result: TallyResult;
  readonly followUps: readonly FollowUp[];
  readonly date: string;
  readonly locale: Locale;
};

/** 日报 as a one-column sheet, a line a row, to copy into the group chat. */
export function reportSheet(lines: readonly string[], locale: Locale): GeneratedSheet {
  return { name: sheetName('report', locale), values: lines.map((l) => [l]), formats: ['text'], frozenRows: 0 };
}

/** Every generated sheet of a run, in the order they are written. */
export function renderSheets(i: RenderInput): GeneratedSheet[] {
  return [
    householdsSheet(i.result.households, i.locale),
    followUpSheet(i.followUps, i.locale),
    problemsSheet(i.result.problems, i.locale),
    reportSheet(dailyReport(i.result, i.date, i.locale), i.locale),
  ];
}
