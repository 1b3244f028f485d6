import { dayNumber, isoFromDayNumber } from '../../cells/date.ts';
import type { DwellingHistory } from './history.ts';

/** One day of the campaign: what it did, and where it left the count (DESIGN.md's `visits.byDay`). */
export type VisitDay = {
  date: string;
  /** Attempts made that day (up to the as-of time on the as-of day). */
  attempts: number;
  /** Dwellings verified for the first time that day. */
  newlyVerified: number;
  /** Dwellings verified by the end of that day, cumulative. */
  verified: number;
  /** Dwellings of the log not verified by the end of that day. */
  unreached: number;
};

// A span longer than this is a typo's (2002 for 2020): only days with attempts are listed then.
const MAX_FILLED_DAYS = 92;

/**
 * The day-by-day series of a set of dwellings: every day from the first attempt to the as-of day (or
 * the last attempt), quiet days included so a chart's line is continuous.
 */
export function daySeries(
  histories: Iterable<DwellingHistory>,
  attemptsByDay: ReadonlyMap<string, number>,
  lastDay: string | undefined,
): VisitDay[] {
  const newly = new Map<string, number>();
  let dwellings = 0;
  for (const h of histories) {
    dwellings++;
    if (h.verifiedOn !== undefined) newly.set(h.verifiedOn, (newly.get(h.verifiedOn) ?? 0) + 1);
  }
  const active = [...new Set([...attemptsByDay.keys(), ...newly.keys()])].sort();
  if (active.length === 0) return [];
  const first = active[0]!;
  const last = lastDay !== undefined && lastDay > active[active.length - 1]! ? lastDay : active[active.length - 1]!;
  const from = dayNumber(first);
  const to = dayNumber(last);
  const days = to - from < MAX_FILLED_DAYS ? Array.from({ length: to - from + 1 }, (_, i) => isoFromDayNumber(from + i)) : active;
  let verified = 0;
  return days.map((date) => {
    const n = newly.get(date) ?? 0;
    verified += n;
    return { date, attempts: attemptsByDay.get(date) ?? 0, newlyVerified: n, verified, unreached: dwellings - verified };
  });
}
