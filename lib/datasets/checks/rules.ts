import { cachedGroupKey } from '../../cells/keys.ts';
import { isFever, PLAUSIBLE_CELSIUS, temperatureRange } from '../../cells/temperature.ts';
import type { SheetContext } from '../define.ts';
import { fieldIndex, valueAt, type FieldValues } from '../../table/read-rows.ts';
import { checkColumns } from './columns.ts';
import type { CheckCode } from './dataset.ts';
import type { CheckAt, CheckRecord } from './record.ts';

export type CheckSheet = SheetContext<typeof checkColumns, CheckCode>;
export type CheckRules = (rec: FieldValues<typeof checkColumns>, row: number, failed: readonly string[]) => CheckRecord | undefined;

const F = fieldIndex(checkColumns);
const PLAUSIBLE = `${PLAUSIBLE_CELSIUS.min}–${PLAUSIBLE_CELSIUS.max} ℃`;

/** The rules of one checks sheet: a check needs a day and a name; its reading must be a living person's. */
export function checkRules(sheet: CheckSheet): CheckRules {
  const at: CheckAt = { sheet: sheet.name, name: sheet.letter('name') };
  const temperatureColumn = sheet.letter('temperature');
  const dateColumn = sheet.letter('date');
  const asOf = sheet.options.asOf?.day;
  const p = sheet.problems;
  // Names and compounds repeat down a log of daily checks: each distinct one is folded once.
  const keyOf = cachedGroupKey();

  return (rec, row) => {
    const date = valueAt(rec, F.date);
    const name = valueAt(rec, F.name);
    if (date === undefined || name === undefined || name === '') return undefined;
    let temperature = valueAt(rec, F.temperature);
    if (temperature !== undefined && temperatureRange(temperature) !== undefined) {
      // 30.5 or 45: a typo or a broken thermometer; the check still happened, its reading is not used.
      p.add({
        sheet: at.sheet,
        row,
        code: 'range',
        severity: 'warning',
        column: temperatureColumn,
        field: 'temperature',
        value: String(temperature),
        params: { expected: PLAUSIBLE },
      });
      temperature = undefined;
    }
    if (asOf !== undefined && date > asOf) {
      p.add({
        sheet: at.sheet,
        row,
        code: 'rule',
        severity: 'warning',
        column: dateColumn,
        field: 'date',
        value: date,
        params: { rule: 'future-date', asOf },
      });
    }
    const symptoms = valueAt(rec, F.symptoms);
    const compound = valueAt(rec, F.compound) ?? '';
    return {
      row,
      at,
      date,
      name,
      nameKey: keyOf(name),
      idNumber: valueAt(rec, F.idNumber),
      phone: valueAt(rec, F.phone),
      compoundKey: compound === '' ? '' : keyOf(compound),
      building: valueAt(rec, F.building) ?? '',
      unit: valueAt(rec, F.unit) ?? '',
      room: valueAt(rec, F.room) ?? '',
      temperature,
      symptoms: symptoms?.codes ?? [],
      fever: (temperature !== undefined && isFever(temperature)) || symptoms?.fever === true,
      checkWay: valueAt(rec, F.checkWay) ?? '',
      checkedBy: valueAt(rec, F.checkedBy) ?? '',
    };
  };
}
