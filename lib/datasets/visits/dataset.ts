import { defineDataset } from '../define.ts';
import { visitColumns } from './columns.ts';
import { readVisitSheet } from './read.ts';
import { VisitTally } from './tally.ts';

const codes = ['rule'] as const;
export type VisitCode = (typeof codes)[number];

/** 走访记录: one row per attempt; the result's `visits`, and the households of a workbook without a register. */
export const visits = defineDataset({
  id: 'visits',
  columns: visitColumns,
  // Date and group are filled down ahead of the visits in a template: a row with only those is blank.
  rowFields: ['building', 'unit', 'room', 'result', 'visitor', 'notes'],
  codes,
  tally: (options) => new VisitTally(options),
  read: readVisitSheet,
});
