import type { RowsRead } from '../../table/read-rows.ts';
import { readRecords } from '../read-records.ts';
import { dwelling } from './record.ts';
import { householdRules, type HouseholdSheet } from './rules.ts';
import type { HouseholdTallier } from './tally.ts';

/**
 * Reads one household register: each row is a dwelling, counted once across every sheet (a second row
 * for it is a `duplicate`; the row that counts is chosen by content, see preferredRow).
 */
export function readHouseholdSheet(sheet: HouseholdSheet, tally: HouseholdTallier): RowsRead {
  const toHousehold = householdRules(sheet);
  const garbledCompounds = sheet.garbled?.get('compound');
  const garbledGroups = sheet.garbled?.get('group');
  tally.statusColumns.set(sheet.name, sheet.letter('status'));
  return readRecords(sheet, tally, {
    toRecord: (rec, row, failed) => {
      const h = toHousehold(rec, row, failed);
      // A garbled compound or group would start one that does not exist: the mojibake error stands instead.
      if (h && (garbledCompounds?.has(h.compound) || garbledGroups?.has(h.group))) return undefined;
      return h;
    },
    identity: { ...dwelling, field: 'room', index: tally.dwellings },
  });
}
