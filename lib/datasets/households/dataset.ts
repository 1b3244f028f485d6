import { defineDataset } from '../define.ts';
import { visits } from '../visits/dataset.ts';
import { householdColumns } from './columns.ts';
import { readHouseholdSheet } from './read.ts';
import { HouseholdTallier } from './tally.ts';

const codes = ['rule', 'range', 'duplicate'] as const;
export type HouseholdCode = (typeof codes)[number];

/** 住户登记: one row per dwelling; the result's `households`. */
export const households = defineDataset({
  id: 'households',
  columns: householdColumns,
  // A row filling none of these is an empty row of a template: numbered (序号), or with the group and
  // compound filled down ahead of the visits. Anything else typed makes it a row to check.
  rowFields: ['building', 'unit', 'room', 'head', 'phone', 'idNumber', 'residents', 'status', 'attempts', 'lastVisit', 'notes'],
  codes,
  // A visit log brings each dwelling's status, attempts and last visit (or is the dwellings, alone).
  uses: [visits],
  always: true,
  tally: () => new HouseholdTallier(),
  read: readHouseholdSheet,
});
