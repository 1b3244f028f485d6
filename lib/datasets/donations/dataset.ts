import { defineDataset } from '../define.ts';
import { donationColumns } from './columns.ts';
import { readDonationSheet } from './read.ts';
import { DonationTallier } from './tally.ts';

const codes = ['missing-column', 'required', 'rule', 'range', 'duplicate', 'total-match', 'total-mismatch'] as const;
export type DonationCode = (typeof codes)[number];

/** 捐款捐物: one row per donation; the result's `donations`. */
export const donations = defineDataset({
  id: 'donations',
  columns: donationColumns,
  // A row filling none of these (only a 序号, a date or a pre-filled kind) is an empty row of a
  // pre-numbered sheet. A receipt number means a real donation, so such a row is data and its gaps are errors.
  rowFields: ['donor', 'amount', 'foreignAmount', 'item', 'value', 'quantity', 'receipt'],
  // 金额（美元）: a foreign amount is summed apart, never added into yuan.
  foreignFields: { amount: 'foreignAmount', value: 'foreignAmount' },
  codes,
  always: true,
  tally: () => new DonationTallier(),
  read: readDonationSheet,
});
