import { defineDataset } from '../define.ts';
import { checkColumns } from './columns.ts';
import { readCheckSheet } from './read.ts';
import { CheckTally } from './tally.ts';

const codes = ['rule', 'range'] as const;
export type CheckCode = (typeof codes)[number];

/** 健康监测/随访记录: one row per daily health check; the result's `checks`, and what `people` matches. */
export const checks = defineDataset({
  id: 'checks',
  columns: checkColumns,
  // A row with only a day (dates filled down ahead of the checks) is a blank row of a template.
  rowFields: ['name', 'idNumber', 'temperature', 'symptoms', 'checkWay'],
  codes,
  tally: () => new CheckTally(),
  read: readCheckSheet,
});
