import { isVerified } from '../../cells/status.ts';
import type { ProblemSink } from '../../problems/collector.ts';
import type { DwellingHistory } from '../visits/history.ts';
import { cellRef, type VisitTally } from '../visits/tally.ts';
import type { HouseholdCode } from './dataset.ts';
import { householdAt, type HouseholdRecord } from './record.ts';

/** What the log tells of a household beside its status: the failed attempts by time of day. */
export type Tried = { readonly daytime: number; readonly evening: number };

/** A household of a workbook that has only a log: the dwelling as the log last wrote it. */
export function householdOfLog(h: DwellingHistory): HouseholdRecord {
  return householdAt(h.place, h.status, h.attempts, h.lastVisit);
}

type Merge = {
  readonly log: VisitTally;
  readonly problems: ProblemSink<HouseholdCode>;
  /** The register's status column in a sheet. */
  readonly statusColumn: (sheet: string) => string;
};

/**
 * A register row with the log's history brought to it: the log's status, attempts and last visit, a
 * verified status from either side standing (a disagreement is a warning naming both cells).
 */
export function mergeLog(h: HouseholdRecord, sheet: string, history: DwellingHistory, m: Merge): HouseholdRecord {
  const registerVerified = isVerified(h.status);
  const logVerified = history.verifiedOn !== undefined;
  const at = { sheet, row: h.row, column: m.statusColumn(sheet), field: 'status', value: '' } as const;
  if (registerVerified && !logVerified && history.attempts > 0) {
    m.problems.add({
      ...at,
      code: 'rule',
      severity: 'warning',
      params: { rule: 'log-never-verified', attempts: history.attempts, logCell: cellRef(history.decisive, m.log, 'result') },
    });
  } else if (logVerified && !registerVerified && h.status !== 'pending') {
    // A blank or 待核查 status is a register not yet filled in, not a disagreement: the log fills it.
    m.problems.add({
      ...at,
      code: 'rule',
      severity: 'warning',
      params: { rule: 'register-not-verified', verifiedOn: history.verifiedOn ?? '', logCell: cellRef(history.decisive, m.log, 'result') },
    });
  }
  const status = registerVerified ? h.status : history.attempts > 0 ? history.status : h.status;
  const lastVisit =
    h.lastVisit === undefined || (history.lastVisit !== undefined && history.lastVisit > h.lastVisit) ? history.lastVisit : h.lastVisit;
  return { ...h, status, attempts: Math.max(h.attempts, history.attempts), lastVisit };
}

/** Log dwellings no register row names: each a warning on its first attempt, not counted. */
export function reportUnregistered(
  log: VisitTally,
  registered: ReadonlySet<string>,
  register: string,
  problems: ProblemSink<HouseholdCode>,
): void {
  for (const [key, h] of log.histories()) {
    if (registered.has(key)) continue;
    problems.add({
      sheet: h.first.sheet,
      row: h.first.row,
      code: 'rule',
      severity: 'warning',
      column: log.letter(h.first.sheet, 'room'),
      field: 'room',
      value: '',
      params: { rule: 'not-in-register', register },
    });
  }
}
