import { checks } from '../checks/dataset.ts';
import { defineDataset } from '../define.ts';
import { households } from '../households/dataset.ts';
import { peopleColumns } from './columns.ts';
import { readPeopleSheet } from './read.ts';
import { PeopleTally } from './tally.ts';

const codes = ['rule', 'duplicate'] as const;
export type PeopleCode = (typeof codes)[number];

/**
 * 重点人员: returnees, people from elsewhere, close contacts and key persons, each watched for
 * `watchDays` with a daily check; the result's `people`. It reads the checks to count who was checked
 * today, and the household register to find each person's dwelling.
 */
export const people = defineDataset({
  id: 'people',
  columns: peopleColumns,
  rowFields: ['name', 'idNumber', 'phone', 'category', 'origin', 'arrival', 'watchStart', 'watchEnd', 'measure'],
  codes,
  uses: [checks, households],
  tally: (o) => new PeopleTally(o.watchDays),
  read: readPeopleSheet,
});
