import type { VisitResult } from '../datasets/visits/tally.ts';
import { fill, LIST_SEPARATOR, type Locale } from '../i18n/locale.ts';
import { V } from '../i18n/visits.ts';
import { asOfText } from './visits.ts';

/**
 * The visit log's lines of the daily report: what the report's day did and where it left the count,
 * as of the as-of moment (截至 2月1日 23:00), then the newly verified of each day. Counts only.
 */
export function visitLines(v: VisitResult, date: string, locale: Locale): string[] {
  const last = v.byDay[v.byDay.length - 1];
  if (!last) return [];
  const day = v.byDay.find((d) => d.date === date) ?? last;
  const asOf = asOfText(v.asOf?.startsWith(day.date) ? v.asOf : day.date, locale);
  const p = {
    asOf,
    attempts: day.attempts,
    newly: day.newlyVerified,
    unreached: day.unreached,
    verified: day.verified,
    dwellings: v.dwellings,
  };
  const lines = [fill((day.unreached === 0 ? V.reportDone : V.report)[locale], p)];
  if (v.byDay.length > 1) {
    const sep = LIST_SEPARATOR[locale];
    const days = v.byDay
      .filter((d) => d.date <= day.date && d.newlyVerified > 0)
      .map((d) => `${asOfText(d.date, locale)} ${d.newlyVerified}`);
    lines.push(fill(V.reportDays[locale], { days: days.join(sep) }));
  }
  return lines;
}
