import type { Locale } from '../i18n/locale.ts';
import type { TallyResult } from '../result.ts';
import type { DonationEntry } from '../datasets/donations/tally.ts';
import type { FollowUp } from '../datasets/households/tally.ts';
import type { DutyGrid, DutyIssue } from '../datasets/duty/tally.ts';
import type { ShopDay, ShopToday } from '../datasets/shops/tally.ts';
import { dutyLogSheet } from './duty.ts';
import type { ReportClock } from './shops-report.ts';
import { shopsTodaySheet } from './shops.ts';
import type { WatchDetail } from '../datasets/people/tally.ts';
import { dailyReport } from './daily-report.ts';
import { donationsSheet } from './donations.ts';
import type { GeneratedSheet } from './grid.ts';
import { followUpSheet, householdsSheet } from './households.ts';
import { checksTodaySheet, watchSheet } from './people.ts';
import { problemsSheet } from './problems-sheet.ts';
import { publicListSheet } from './public-list.ts';
import { sheetName } from './sheet-names.ts';
import { scrubText } from '../privacy/mask.ts';
import { progressSheet } from './visits.ts';

export type RenderInput = {
  readonly result: TallyResult;
  readonly followUps: readonly FollowUp[];
  /** Counted donations for the public list (`analysis.donations.publicList()`). */
  readonly donations: readonly DonationEntry[];
  readonly date: string;
  readonly locale: Locale;
  /** 门店日报: every shop on the tally's day and the day's counts (`analysis.tallies.shops`). */
  readonly shops?: { readonly today: readonly ShopToday[]; readonly day: ShopDay };
  /** 台账汇总: compounds × days and the issues raised (`analysis.tallies.duty`). */
  readonly duty?: { readonly grid: DutyGrid; readonly issues: readonly DutyIssue[] };
  /** The as-of time against the cut-off, for the daily report; a whole day past it by default. */
  readonly clock?: ReportClock;
  /** People under watch as the team's sheets show them (`analysis.tallies.people.watchDetails()`). */
  readonly watch?: readonly WatchDetail[];
  /**
   * The datasets the workbook holds (`analysis.holds`): the household sheets are written only for a
   * workbook holding a household register. Without it they always are.
   */
  readonly holds?: ReadonlySet<string>;
};

/** 日报 as a one-column sheet, a line a row, to copy into the group chat. */
export function reportSheet(lines: readonly string[], locale: Locale): GeneratedSheet {
  return { name: sheetName('report', locale), values: lines.map((l) => [l]), formats: ['text'], frozenRows: 0 };
}

/** Every generated sheet of a run, in the order they are written. */
export function renderSheets(i: RenderInput): GeneratedSheet[] {
  const d = i.result.donations;
  // Donation sheets only for a workbook that holds donations: a household register gets none.
  const donations = d.count > 0 ? [donationsSheet(d, i.locale)] : [];
  if (d.count > 0) donations.push(publicListSheet(i.donations, d, i.locale));
  // A donation ledger alone gets no empty 汇总-住户 or 待跟进.
  // (A visit log alone makes households too: they are counted from its dwellings.)
  const households =
    i.holds === undefined || i.holds.has('households') || i.result.households.total > 0
      ? [householdsSheet(i.result.households, i.locale), followUpSheet(i.followUps, i.locale)]
      : [];
  const sheets = [
    ...households,
    // Like the donation sheets, only once the log has a row: an empty template writes no 进度.
    ...(i.result.visits && i.result.visits.dwellings > 0 ? [progressSheet(i.result.visits, i.locale)] : []),
    ...donations,
    // Like the donation sheets, only for a register with rows: a template's empty sheet gets none.
    ...(i.result.shops && i.result.shops.total > 0 && i.shops ? [shopsTodaySheet(i.shops.today, i.shops.day, i.locale)] : []),
    ...(i.result.duty && i.duty && i.duty.grid.days.length > 0 ? [dutyLogSheet(i.duty.grid, i.result.duty, i.duty.issues, i.locale)] : []),
    // Like the donation sheets: only for a register with someone in it (an empty template makes none).
    ...(i.result.people && i.result.people.total > 0
      ? [watchSheet(i.watch ?? [], i.locale), checksTodaySheet(i.watch ?? [], i.date, i.locale)]
      : []),
    problemsSheet(i.result.problems, i.locale),
    reportSheet(dailyReport(i.result, i.date, i.locale, i.clock), i.locale),
  ];
  // Teams write a phone beside a name in any free-text cell (随访人, 门店, even 小区): every text cell
  // of every sheet passes the personal-number scrubber here, whichever column it came from.
  return sheets.map((s) => ({ ...s, values: s.values.map((r) => r.map((c) => (typeof c === 'string' ? scrubText(c) : c))) }));
}
