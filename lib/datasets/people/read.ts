import type { RowsRead } from '../../table/read-rows.ts';
import { readRecords } from '../read-records.ts';
import { person } from './record.ts';
import { peopleRules, type PeopleSheet } from './rules.ts';
import type { PeopleTally } from './tally.ts';

/**
 * Reads one watch register: each row is a person. A person with an ID number is one person across every
 * sheet (a second row is a `duplicate`); people without one are told apart by the tally when checks
 * are matched to them.
 */
export function readPeopleSheet(sheet: PeopleSheet, tally: PeopleTally): RowsRead {
  tally.sheetsRead++;
  return readRecords(sheet, tally, {
    toRecord: peopleRules(sheet),
    identity: { ...person, field: 'idNumber', index: tally.byId, applies: (p) => p.idNumber !== undefined },
  });
}
