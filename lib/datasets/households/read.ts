import { fieldIndex, valueAt, type RowsRead } from '../../table/read-rows.ts';
import { readRecords } from '../read-records.ts';
import { householdColumns } from './columns.ts';
import { dwelling } from './record.ts';
import { householdRules, type HouseholdSheet } from './rules.ts';
import type { HouseholdTallier } from './tally.ts';

const F = fieldIndex(householdColumns);

/**
 * Reads one household register: each row is a dwelling, counted once across every sheet (a second row
 * for it is a `duplicate`; the row that counts is chosen by content, see preferredRow).
 */
export function readHouseholdSheet(sheet: HouseholdSheet, tally: HouseholdTallier): RowsRead {
  const toHousehold = householdRules(sheet);
  const garbledCompounds = sheet.garbled?.get('compound');
  const garbledGroups = sheet.garbled?.get('group');
  // The cells a dwelling is known by (the rules reject a row without any of them), in sheet order.
  const identityCells = sheet.located.columns.flatMap((c) =>
    c.field === 'compound' || c.field === 'building' || c.field === 'room' ? [{ field: c.field, letter: c.letter, slot: F[c.field] }] : [],
  );
  return readRecords(sheet, tally, {
    toRecord: (rec, row, failed) => {
      const h = toHousehold(rec, row, failed);
      // A garbled compound or group would start one that does not exist: the mojibake error stands instead.
      if (h && (garbledCompounds?.has(h.compound) || garbledGroups?.has(h.group))) return undefined;
      if (!h) {
        // A cell of only invisible characters (U+00AD) is not blank to isBlank but cleans to '': without
        // this the row would be dropped with no problem on it.
        for (const c of identityCells) {
          if (valueAt(rec, c.slot) === '' && !failed.includes(c.field)) {
            sheet.problems.add({ code: 'required', sheet: sheet.name, row, column: c.letter, field: c.field, value: '' });
          }
        }
      }
      return h;
    },
    identity: { ...dwelling, field: 'room', index: tally.dwellings },
  });
}
