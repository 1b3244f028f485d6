import type { RowsRead } from '../../table/read-rows.ts';
import { readRecords } from '../read-records.ts';
import { listedShop, shopDay } from './record.ts';
import { shopRules, type ShopSheet } from './rules.ts';
import type { ShopTallier } from './tally.ts';

/**
 * Reads one shop sheet. With a 日期 column it is the daily check (两查一报): a shop checked twice on one
 * day is a `duplicate`, and the later report counts. Without one it is the shop list (门店名录): every
 * shop the team must check each day.
 */
export function readShopSheet(sheet: ShopSheet, tally: ShopTallier): RowsRead {
  const list = sheet.letter('date') === '' && sheet.letter('reportTime') === '';
  const toShop = shopRules(sheet, list);
  const garbled = sheet.garbled?.get('compound');
  const garbledShops = sheet.garbled?.get('shop');
  if (list) tally.hasList = true;
  else tally.shopColumns.set(sheet.name, sheet.letter('shop'));
  return readRecords(sheet, tally, {
    toRecord: (rec, row, failed) => {
      const r = toShop(rec, row, failed);
      // A garbled name would start a shop that does not exist: the mojibake error stands instead.
      if (r && (garbled?.has(r.compound) || garbledShops?.has(r.shop))) return undefined;
      return r;
    },
    identity: list ? { ...listedShop, field: 'shop', index: tally.list } : { ...shopDay, field: 'shop', index: tally.checks },
  });
}
