import { cachedGroupKey } from '../../cells/keys.ts';
import { isBlank } from '../../cells/result.ts';
import { fieldIndex, valueAt, type FieldValues } from '../../table/read-rows.ts';
import type { SheetContext } from '../define.ts';
import { visitColumns } from './columns.ts';
import type { VisitCode } from './dataset.ts';
import type { VisitRecord } from './record.ts';

export type VisitSheet = SheetContext<typeof visitColumns, VisitCode>;

export type VisitRules = (rec: FieldValues<typeof visitColumns>, row: number, failed: readonly string[]) => VisitRecord | undefined;

const F = fieldIndex(visitColumns);
const nonEmpty = (v: string | undefined): v is string => v !== undefined && v !== '';

/**
 * The rules of one visit log sheet. A row needs a dwelling (compound, building, room), a result and a
 * day; a blank date cell takes the day of the rows above it, as a merged date cell reads. Rows are read
 * in sheet order, so "above" is the sheet's own.
 */
export function visitRules(sheet: VisitSheet): VisitRules {
  const compoundKeyOf = cachedGroupKey();
  const p = sheet.problems;
  const name = sheet.name;
  const asOf = sheet.options.asOf?.day;
  const dateColumn = sheet.letter('visitDate') || sheet.letter('visitTime');
  const resultColumn = sheet.letter('result');
  const resultIndex = sheet.located.columns.find((c) => c.field === 'result')?.index ?? -1;
  let dayAbove: string | undefined;

  return (rec, row, failed) => {
    const d = valueAt(rec, F.visitDate);
    const t = valueAt(rec, F.visitTime);
    const typedDay = d?.date ?? t?.date;
    // A failed date cell is not blank: it must not take the day above.
    const dateFailed = failed.length > 0 && (failed.includes('visitDate') || (failed.includes('visitTime') && typedDay === undefined));
    if (typedDay !== undefined) dayAbove = typedDay;
    const compound = valueAt(rec, F.compound);
    const building = valueAt(rec, F.building);
    const room = valueAt(rec, F.room);
    // A result read by a guess (a warning) or not read (an error) counts as 待核查 until fixed, as in a
    // register: the attempt happened. Only a blank result (a required error) leaves the row out.
    const result =
      valueAt(rec, F.result) ??
      (failed.length > 0 && failed.includes('result') && !isBlank(sheet.values[row - 1]?.[resultIndex]) ? 'pending' : undefined);
    if (!nonEmpty(compound) || !nonEmpty(building) || !nonEmpty(room) || result === undefined) return undefined;
    if (failed.length > 0 && failed.includes('unit')) return undefined;
    if (dateFailed) return undefined;
    const date = typedDay ?? dayAbove;
    if (date === undefined) {
      p.add({
        sheet: name,
        row,
        code: 'rule',
        severity: 'error',
        column: dateColumn,
        field: 'visitDate',
        value: '',
        params: { rule: 'visit-no-date' },
      });
      return undefined;
    }
    const v: VisitRecord = {
      row,
      group: valueAt(rec, F.group) ?? '',
      compound,
      compoundKey: compoundKeyOf(compound),
      building,
      unit: valueAt(rec, F.unit) ?? '',
      room,
      date,
      minutes: t?.minutes ?? d?.minutes,
      result,
    };
    if (asOf !== undefined && date > asOf) {
      p.add({
        sheet: name,
        row,
        code: 'rule',
        severity: 'warning',
        column: dateColumn,
        field: 'visitDate',
        value: date,
        params: { rule: 'future-date', asOf },
      });
    }
    if (result === 'verified_way_unknown')
      p.add({
        sheet: name,
        row,
        code: 'rule',
        severity: 'info',
        column: resultColumn,
        field: 'result',
        value: '',
        params: { rule: 'way-unknown' },
      });
    return v;
  };
}
