import { dayNumber } from '../cells/date.ts';
import type { DateTime } from '../cells/date-time.ts';
import type { ResolvedOptions } from '../options.ts';
import type { ProblemSink } from '../problems/collector.ts';

// The day and the report time of a row of a daily register (shops, the duty log): both sheets are
// one row per thing per day with a 上报时间, checked against the day's cut-off.

/** Codes the day reader adds; a dataset using it lists these. */
export type DailyCode = 'required' | 'rule';

/** A row's day and when it was reported (minutes since 1970-01-01 on the sheet's clock). */
export type DayAndTime = { readonly date: string; readonly reportedAt: number | undefined };

/** What the day reader needs of a daily register's sheet (its SheetContext fits). */
type DailySheet = {
  readonly name: string;
  readonly problems: ProblemSink<DailyCode>;
  readonly options: ResolvedOptions;
  readonly letter: (field: 'date' | 'reportTime') => string;
};

/**
 * Reads the day of each row and its report time, for one sheet. A blank 日期 under a filled one is the
 * day above (merged cells); a blank 日期 with a dated 上报时间 is that day. A row with neither cannot be
 * counted (`required`). A report time with no day is on the row's day; one dated before it, or a row
 * after the as-of day, is a warning; a blank report time where the sheet has the column, an info.
 */
export function dailyRows(
  sheet: DailySheet,
): (date: string | undefined, time: DateTime | undefined, row: number, failed: readonly string[]) => DayAndTime | undefined {
  const at = {
    sheet: sheet.name,
    problems: sheet.problems,
    options: sheet.options,
    dateColumn: sheet.letter('date'),
    timeColumn: sheet.letter('reportTime'),
  };
  let lastDate = '';
  const asOf = at.options.asOf;
  const p = at.problems;
  return (date, time, row, failed) => {
    let day = date;
    if (day === undefined) {
      if (failed.includes('date')) return undefined;
      day = time?.date ?? (lastDate === '' ? undefined : lastDate);
    }
    if (day === undefined) {
      p.add({ code: 'required', sheet: at.sheet, row, column: at.dateColumn, field: 'date', value: '' });
      return undefined;
    }
    lastDate = day;
    if (asOf !== undefined && day > asOf.day) {
      p.add({
        code: 'rule',
        severity: 'warning',
        sheet: at.sheet,
        row,
        column: at.dateColumn,
        field: 'date',
        value: day,
        params: { rule: 'future-date', asOf: asOf.day },
      });
    }
    let reportedAt: number | undefined;
    if (time?.minutes !== undefined) {
      const reportDay = time.date ?? day;
      reportedAt = dayNumber(reportDay) * 1440 + time.minutes;
      if (reportDay < day) {
        p.add({
          code: 'rule',
          severity: 'warning',
          sheet: at.sheet,
          row,
          column: at.timeColumn,
          field: 'reportTime',
          value: reportDay,
          params: { rule: 'report-before-day', date: day },
        });
      }
    } else if (at.timeColumn !== '' && !failed.includes('reportTime')) {
      p.add({
        code: 'rule',
        severity: 'info',
        sheet: at.sheet,
        row,
        column: at.timeColumn,
        field: 'reportTime',
        value: '',
        params: { rule: 'report-time-missing' },
      });
    }
    return { date: day, reportedAt };
  };
}

/** Whether a row is in the tally as of the as-of moment: its day is before, or it is reported by then (on the as-of day given a time). */
export function reportedBy(r: DayAndTime, options: ResolvedOptions, today: string): boolean {
  if (r.date < today) return true;
  if (r.date > today) return false;
  const asOf = options.asOf;
  // A day without a time (1440) is the whole day: a report sent after midnight for it still counts.
  if (asOf === undefined || asOf.day !== today || asOf.minutes === 1440 || r.reportedAt === undefined) return true;
  return r.reportedAt <= asOf.dayNumber * 1440 + asOf.minutes;
}

/** The day a daily register's tally is for: the as-of day, else the last day of its rows. */
export function todayOf(options: ResolvedOptions, dates: Iterable<string>): string {
  if (options.asOf) return options.asOf.day;
  let last = '';
  for (const d of dates) if (d > last) last = d;
  return last;
}
