import type { ControlMeasure } from '../../cells/control-measure.ts';
import { dayNumber, isoFromDayNumber } from '../../cells/date.ts';

// The watch arithmetic of DESIGN.md ("The registers after 2 February"): day 1 is the start day (隔离开始
// when given, else the arrival), the last day is day `watchDays`, an explicit end date wins, and a start
// after the as-of day has not begun. 已解除 in 管控措施 ends a watch whatever the dates say.

export type WatchState = 'notStarted' | 'underWatch' | 'released' | 'unknown';

export type Watch = {
  readonly state: WatchState;
  /** Day 1 of the watch, 'YYYY-MM-DD'; undefined when neither a start nor an arrival is given. */
  readonly start: string | undefined;
  /** The last day watched (inclusive). */
  readonly end: string | undefined;
  /** Which day of the watch the as-of day is (1 = the start day); 0 unless under watch. */
  readonly day: number;
  /** An explicit end before the start: the end was computed from the start instead. */
  readonly endBeforeStart: boolean;
};

export type WatchDates = {
  readonly arrival: string | undefined;
  readonly watchStart: string | undefined;
  readonly watchEnd: string | undefined;
  readonly measure: ControlMeasure | undefined;
};

/** A person's watch as of a day (a day number, days since 1970-01-01). */
export function watchOf(p: WatchDates, asOf: number, watchDays: number): Watch {
  const start = p.watchStart ?? p.arrival;
  const s = start === undefined ? Number.NaN : dayNumber(start);
  const explicit = p.watchEnd === undefined ? Number.NaN : dayNumber(p.watchEnd);
  const endBeforeStart = !Number.isNaN(explicit) && !Number.isNaN(s) && explicit < s;
  const e = Number.isNaN(explicit) || endBeforeStart ? s + watchDays - 1 : explicit;
  const end = Number.isNaN(e) ? undefined : isoFromDayNumber(e);
  const at = (state: WatchState, day = 0): Watch => ({ state, start, end, day, endBeforeStart });
  if (p.measure === 'released') return at('released');
  if (Number.isNaN(s)) {
    if (p.measure === 'expected_return') return at('notStarted');
    // An end date alone still says when the watch is over.
    return !Number.isNaN(e) && asOf > e ? at('released') : at('unknown');
  }
  if (asOf < s) return at('notStarted');
  if (asOf > e) return at('released');
  return at('underWatch', asOf - s + 1);
}

/** Whether a day ('YYYY-MM-DD') falls within a watch that has a start, up to a last day (day number). */
export function withinWatch(w: Watch, day: string, upTo: number): boolean {
  const d = dayNumber(day);
  if (w.start === undefined) return d <= upTo;
  const last = Math.min(w.end === undefined ? upTo : dayNumber(w.end), upTo);
  return d >= dayNumber(w.start) && d <= last;
}
