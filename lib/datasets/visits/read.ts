import type { RowsRead } from '../../table/read-rows.ts';
import { readRecords } from '../read-records.ts';
import { visitRules, type VisitSheet } from './rules.ts';
import type { VisitTally } from './tally.ts';

/**
 * Reads one visit log: every row is an attempt, counted as it is. A dwelling appearing again is the log
 * doing its job, never a `duplicate`; the tally orders the attempts by time when it finishes.
 */
export function readVisitSheet(sheet: VisitSheet, tally: VisitTally): RowsRead {
  const toVisit = visitRules(sheet);
  const garbledCompounds = sheet.garbled?.get('compound');
  tally.columns(sheet.name, { result: sheet.letter('result'), room: sheet.letter('room') });
  return readRecords(sheet, tally, {
    toRecord: (rec, row, failed) => {
      const v = toVisit(rec, row, failed);
      return v && garbledCompounds?.has(v.compound) ? undefined : v;
    },
  });
}
