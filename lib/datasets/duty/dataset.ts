import { defineDataset } from '../define.ts';
import { households } from '../households/dataset.ts';
import { dutyColumns } from './columns.ts';
import { readDutySheet } from './read.ts';
import { DutyTallier } from './tally.ts';

const codes = ['required', 'rule', 'duplicate'] as const;
export type DutyCode = (typeof codes)[number];

/** 工作台账: each compound's duty of the day (消杀, 出入登记, 垃圾清运, 封闭管理); the result's `duty`. */
export const duty = defineDataset({
  id: 'duty',
  columns: dutyColumns,
  rowFields: ['disinfection', 'entries', 'garbage', 'closedManagement', 'issuesFound', 'reportTime', 'reporter'],
  codes,
  // The household register's compounds are compounds the log must cover.
  uses: [households],
  tally: (options) => new DutyTallier(options),
  read: readDutySheet,
});
