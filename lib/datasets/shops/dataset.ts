import { defineDataset } from '../define.ts';
import { shopColumns } from './columns.ts';
import { readShopSheet } from './read.ts';
import { ShopTallier } from './tally.ts';

const codes = ['required', 'rule', 'duplicate'] as const;
export type ShopCode = (typeof codes)[number];

/** 门店排查 (两查一报): each street shop checked daily, reported by the cut-off; the result's `shops`. */
export const shops = defineDataset({
  id: 'shops',
  columns: shopColumns,
  // A row with only a date or a compound filled ahead is a template's empty row.
  rowFields: ['shop', 'manager', 'staff', 'staffChecked', 'fromOutside', 'fever', 'business', 'reportTime', 'inspector'],
  codes,
  tally: (options) => new ShopTallier(options),
  read: readShopSheet,
});
