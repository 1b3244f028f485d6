import { cachedGroupKey } from '../../cells/keys.ts';
import { fieldIndex, valueAt, type FieldValues } from '../../table/read-rows.ts';
import { dailyRows } from '../daily-rows.ts';
import type { SheetContext } from '../define.ts';
import { shopColumns } from './columns.ts';
import type { ShopCode } from './dataset.ts';
import type { ShopRecord } from './record.ts';

export type ShopSheet = SheetContext<typeof shopColumns, ShopCode>;

/** A parsed row → a shop record with its rules checked, or undefined when it cannot be counted. */
export type ShopRules = (rec: FieldValues<typeof shopColumns>, row: number, failed: readonly string[]) => ShopRecord | undefined;

const F = fieldIndex(shopColumns);

const nonEmpty = (v: string | undefined): v is string => v !== undefined && v !== '';

/**
 * The rules of one shop sheet. A row without a shop name and compound has no shop and is not counted
 * (its blank or bad cell is already an error); on a daily sheet, nor is a row without a day.
 */
export function shopRules(sheet: ShopSheet, list: boolean): ShopRules {
  const keyOf = cachedGroupKey();
  const days = dailyRows(sheet);
  const p = sheet.problems;
  const name = sheet.name;
  const col = sheet.letter;
  const hasBusiness = col('business') !== '';

  return (rec, row, failed) => {
    const shop = valueAt(rec, F.shop);
    const compound = valueAt(rec, F.compound);
    if (!nonEmpty(shop) || !nonEmpty(compound)) return undefined;
    const compoundKey = keyOf(compound);
    const base = {
      row,
      shop,
      key: `${compoundKey}\u0001${keyOf(shop)}`,
      compound,
      compoundKey,
      staff: valueAt(rec, F.staff),
      staffChecked: valueAt(rec, F.staffChecked),
      fromOutside: valueAt(rec, F.fromOutside),
      fever: valueAt(rec, F.fever),
      business: valueAt(rec, F.business),
    };
    if (list) return { ...base, date: '', reportedAt: undefined };
    const day = days(valueAt(rec, F.date), valueAt(rec, F.reportTime), row, failed);
    if (!day) return undefined;
    const r: ShopRecord = { ...base, date: day.date, reportedAt: day.reportedAt };
    const at = { sheet: name, row };
    if (r.staff !== undefined && r.staffChecked !== undefined && r.staffChecked > r.staff) {
      p.add({
        ...at,
        code: 'rule',
        severity: 'warning',
        column: col('staffChecked'),
        field: 'staffChecked',
        value: String(r.staffChecked),
        params: { rule: 'shop-checked-over-staff' },
      });
    }
    if (r.staffChecked !== undefined && Math.max(r.fromOutside ?? 0, r.fever ?? 0) > r.staffChecked) {
      const field = (r.fromOutside ?? 0) > r.staffChecked ? 'fromOutside' : 'fever';
      p.add({
        ...at,
        code: 'rule',
        severity: 'warning',
        column: col(field),
        field,
        value: String(r[field]),
        params: { rule: 'shop-count-over-checked' },
      });
    }
    if (r.fever !== undefined && r.fever > 0) {
      p.add({
        ...at,
        code: 'rule',
        severity: 'warning',
        column: col('fever'),
        field: 'fever',
        value: String(r.fever),
        params: { rule: 'shop-fever', count: r.fever },
      });
    }
    if (hasBusiness && r.business === undefined && !failed.includes('business')) {
      p.add({
        ...at,
        code: 'rule',
        severity: 'warning',
        column: col('business'),
        field: 'business',
        value: '',
        params: { rule: 'shop-business-missing' },
      });
    }
    return r;
  };
}
