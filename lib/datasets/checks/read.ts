import type { RowsRead } from '../../table/read-rows.ts';
import { readRecords } from '../read-records.ts';
import { checkRules, type CheckSheet } from './rules.ts';
import type { CheckTally } from './tally.ts';

/** Reads one sheet of daily health checks: each row is one check (two a day is fine: morning and evening). */
export function readCheckSheet(sheet: CheckSheet, tally: CheckTally): RowsRead {
  return readRecords(sheet, tally, { toRecord: checkRules(sheet) });
}
