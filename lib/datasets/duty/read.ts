import type { RowsRead } from '../../table/read-rows.ts';
import { readRecords } from '../read-records.ts';
import { compoundDay } from './record.ts';
import { dutyRules, type DutySheet } from './rules.ts';
import type { DutyTallier } from './tally.ts';

/** Reads one duty log: a compound's day logged twice is a `duplicate`, and the later report counts. */
export function readDutySheet(sheet: DutySheet, tally: DutyTallier): RowsRead {
  const toDuty = dutyRules(sheet);
  const garbled = sheet.garbled?.get('compound');
  return readRecords(sheet, tally, {
    toRecord: (rec, row, failed) => {
      const r = toDuty(rec, row, failed);
      return r && garbled?.has(r.compound) ? undefined : r;
    },
    identity: { ...compoundDay, field: 'compound', index: tally.days },
  });
}
