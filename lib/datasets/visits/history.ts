import { isVerified, type Status } from '../../cells/status.ts';
import { MINUTES_PER_DAY } from '../../cells/time-of-day.ts';
import type { VisitRecord } from './record.ts';

/** Where an attempt is: its sheet and row. */
export type LogCell = { readonly sheet: string; readonly row: number };

/** An attempt in its sheet. */
export type Attempt = { readonly record: VisitRecord; readonly sheet: string };

/** A dwelling's history in the log, as of the as-of moment. */
export type DwellingHistory = {
  /** The latest attempt (in or after scope): the dwelling's place as last written. */
  readonly place: VisitRecord;
  readonly placeSheet: string;
  /** The latest attempt's result, except that a verified dwelling stays verified. */
  readonly status: Status;
  /** Attempts up to the as-of moment. */
  readonly attempts: number;
  readonly lastVisit: string | undefined;
  /** The day it was first verified, when it was. */
  readonly verifiedOn: string | undefined;
  /** The attempt that verified it last, or the last attempt: the cell a disagreement names. */
  readonly decisive: LogCell | undefined;
  /** The first attempt in the log, for a problem about the dwelling as a whole. */
  readonly first: LogCell;
  /** Failed attempts by time of day: before 18:00 (or no time written), and from 18:00. */
  readonly daytime: number;
  readonly evening: number;
  /** Failed attempts after it was verified (each a warning): they do not undo it. */
  readonly afterVerified: readonly Attempt[];
};

// Evening: when lit windows show who is at home.
const EVENING = 18 * 60;

// At one moment the better result sorts last (it is the one that stands); the rest goes to content, then place.
const RANK: Record<Status, number> = {
  pending: 0,
  no_answer: 1,
  not_home: 2,
  uninhabited: 3,
  refused: 4,
  verified_way_unknown: 5,
  vacant: 6,
  phoned: 7,
  visited: 8,
};

const minutesOf = (r: VisitRecord): number => r.minutes ?? MINUTES_PER_DAY;

/** Attempts in time order: by day, then time (an untimed attempt last in its day), then result. */
export function byTime(a: Attempt, b: Attempt): number {
  const x = a.record;
  const y = b.record;
  if (x.date !== y.date) return x.date < y.date ? -1 : 1;
  const m = minutesOf(x) - minutesOf(y);
  if (m !== 0) return m;
  const r = RANK[x.result] - RANK[y.result];
  if (r !== 0) return r;
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  return x.row - y.row;
}

/**
 * Whether an attempt happened by the as-of moment. An attempt with no time written counts on its day
 * whatever the as-of time: it is in the log, so it has happened (the add-on's as-of is the moment now).
 */
export function inScope(r: VisitRecord, asOf: { day: string; minutes: number } | undefined): boolean {
  if (!asOf || r.date < asOf.day) return true;
  return r.date === asOf.day && (r.minutes === undefined || r.minutes <= asOf.minutes);
}

/** A dwelling's history from its attempts, sorted by `byTime`. */
export function historyOf(sorted: readonly Attempt[], asOf: { day: string; minutes: number } | undefined): DwellingHistory {
  let status: Status = 'pending';
  let attempts = 0;
  let lastVisit: string | undefined;
  let verifiedOn: string | undefined;
  let decisive: LogCell | undefined;
  let daytime = 0;
  let evening = 0;
  const afterVerified: Attempt[] = [];
  for (const a of sorted) {
    const r = a.record;
    if (!inScope(r, asOf)) continue;
    attempts++;
    lastVisit = r.date;
    if (isVerified(r.result)) {
      status = r.result;
      verifiedOn ??= r.date;
      decisive = { sheet: a.sheet, row: r.row };
      continue;
    }
    if (verifiedOn !== undefined) {
      afterVerified.push(a);
      continue;
    }
    status = r.result;
    decisive = { sheet: a.sheet, row: r.row };
    if (r.result !== 'pending') {
      if (r.minutes !== undefined && r.minutes >= EVENING) evening++;
      else daytime++;
    }
  }
  const latest = sorted[sorted.length - 1]!;
  const first = sorted[0]!;
  return {
    place: latest.record,
    placeSheet: latest.sheet,
    status,
    attempts,
    lastVisit,
    verifiedOn,
    decisive,
    first: { sheet: first.sheet, row: first.record.row },
    daytime,
    evening,
    afterVerified,
  };
}
