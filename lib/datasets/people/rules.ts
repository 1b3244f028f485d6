import { cachedGroupKey, groupKey } from '../../cells/keys.ts';
import type { SheetContext } from '../define.ts';
import { fieldIndex, valueAt, type FieldValues } from '../../table/read-rows.ts';
import { peopleColumns } from './columns.ts';
import type { PeopleCode } from './dataset.ts';
import type { PersonRecord, SheetAt } from './record.ts';

export type PeopleSheet = SheetContext<typeof peopleColumns, PeopleCode>;
export type PeopleRules = (rec: FieldValues<typeof peopleColumns>, row: number, failed: readonly string[]) => PersonRecord | undefined;

const F = fieldIndex(peopleColumns);

/**
 * The rules of one watch register. A row is a person when it names one; everything else may still be
 * missing (a person is watched before the room is known), and what the watch needs is asked for.
 */
export function peopleRules(sheet: PeopleSheet): PeopleRules {
  const at: SheetAt = {
    sheet: sheet.name,
    name: sheet.letter('name'),
    room: sheet.letter('room'),
    watchStart: sheet.letter('watchStart'),
    watchEnd: sheet.letter('watchEnd'),
  };
  const compoundKeyOf = cachedGroupKey();
  const days = sheet.options.watchDays;
  const p = sheet.problems;

  return (rec, row) => {
    const name = valueAt(rec, F.name);
    if (name === undefined || name === '') return undefined;
    const compound = valueAt(rec, F.compound) ?? '';
    const r: PersonRecord = {
      row,
      at,
      name,
      nameKey: groupKey(name),
      gender: valueAt(rec, F.gender),
      idNumber: valueAt(rec, F.idNumber),
      phone: valueAt(rec, F.phone),
      compound,
      compoundKey: compound === '' ? '' : compoundKeyOf(compound),
      building: valueAt(rec, F.building) ?? '',
      unit: valueAt(rec, F.unit) ?? '',
      room: valueAt(rec, F.room) ?? '',
      category: valueAt(rec, F.category),
      origin: valueAt(rec, F.origin),
      arrival: valueAt(rec, F.arrival),
      watchStart: valueAt(rec, F.watchStart),
      watchEnd: valueAt(rec, F.watchEnd),
      measure: valueAt(rec, F.measure),
      checkedBy: valueAt(rec, F.checkedBy) ?? '',
    };
    const start = r.watchStart ?? r.arrival;
    if (start !== undefined && r.watchEnd !== undefined && r.watchEnd < start) {
      p.add({
        sheet: at.sheet,
        row,
        code: 'rule',
        severity: 'warning',
        column: at.watchEnd,
        field: 'watchEnd',
        value: r.watchEnd,
        params: { rule: 'watch-end-before-start', start, days },
      });
    }
    if (start === undefined && r.watchEnd === undefined && r.measure !== 'released' && r.measure !== 'expected_return') {
      p.add({
        sheet: at.sheet,
        row,
        code: 'rule',
        severity: 'warning',
        column: at.watchStart,
        field: 'watchStart',
        value: '',
        params: { rule: 'watch-no-start', days },
      });
    }
    return r;
  };
}
