import { cachedGroupKey } from '../../cells/keys.ts';
import { fieldIndex, valueAt, type FieldValues } from '../../table/read-rows.ts';
import type { SheetContext } from '../define.ts';
import { householdColumns } from './columns.ts';
import type { HouseholdCode } from './dataset.ts';
import type { HouseholdRecord } from './record.ts';

export type HouseholdSheet = SheetContext<typeof householdColumns, HouseholdCode>;

/** A parsed row → a household record with the cross-field rules checked, or undefined when it cannot be counted. */
export type HouseholdRules = (
  rec: FieldValues<typeof householdColumns>,
  row: number,
  failed: readonly string[],
) => HouseholdRecord | undefined;

const F = fieldIndex(householdColumns);

const nonEmpty = (v: string | undefined): v is string => v !== undefined && v !== '';

/**
 * The rules of one household sheet. A row without a valid compound, building and room (and unit, when
 * one is typed) has no dwelling and is not counted; its failed cells already carry error problems.
 */
export function householdRules(sheet: HouseholdSheet): HouseholdRules {
  const compoundKeyOf = cachedGroupKey();
  const at = {
    name: sheet.name,
    asOf: sheet.options.asOf?.day,
    problems: sheet.problems,
    status: sheet.letter('status'),
    attempts: sheet.letter('attempts'),
    residents: sheet.letter('residents'),
    lastVisit: sheet.letter('lastVisit'),
  };

  return (rec, row, failed) => {
    // A failed cell has no value in rec, so only a failed unit (which may be blank) needs the list.
    const compound = valueAt(rec, F.compound);
    const building = valueAt(rec, F.building);
    const room = valueAt(rec, F.room);
    if (!nonEmpty(compound) || !nonEmpty(building) || !nonEmpty(room)) return undefined;
    if (failed.length > 0 && failed.includes('unit')) return undefined;
    const h: HouseholdRecord = {
      row,
      group: valueAt(rec, F.group) ?? '',
      compound,
      compoundKey: compoundKeyOf(compound),
      building,
      unit: valueAt(rec, F.unit) ?? '',
      room,
      head: valueAt(rec, F.head),
      phone: valueAt(rec, F.phone),
      residents: valueAt(rec, F.residents),
      status: valueAt(rec, F.status) ?? 'pending',
      attempts: valueAt(rec, F.attempts) ?? 0,
      lastVisit: valueAt(rec, F.lastVisit),
    };
    checkRules(h, at);
    return h;
  };
}

type RuleAt = {
  readonly name: string;
  readonly asOf: string | undefined;
  readonly problems: HouseholdSheet['problems'];
  readonly status: string;
  readonly attempts: string;
  readonly residents: string;
  readonly lastVisit: string;
};

function checkRules(h: HouseholdRecord, at: RuleAt): void {
  const sheet = at.name;
  const row = h.row;
  const p = at.problems;
  if (h.lastVisit !== undefined && at.asOf !== undefined && h.lastVisit > at.asOf) {
    p.add({
      sheet,
      row,
      code: 'rule',
      severity: 'warning',
      column: at.lastVisit,
      field: 'lastVisit',
      value: h.lastVisit,
      params: { rule: 'future-date', asOf: at.asOf },
    });
  }
  if (h.status === 'vacant' && h.residents !== undefined && h.residents > 0) {
    p.add({
      sheet,
      row,
      code: 'rule',
      severity: 'warning',
      column: at.residents,
      field: 'residents',
      value: String(h.residents),
      params: { rule: 'vacant-residents' },
    });
  }
  if (h.residents !== undefined && h.residents > 30) {
    p.add({
      sheet,
      row,
      code: 'range',
      severity: 'warning',
      column: at.residents,
      field: 'residents',
      value: String(h.residents),
      params: { expected: '0–30' },
    });
  }
  if (h.status === 'verified_way_unknown')
    p.add({ sheet, row, code: 'rule', severity: 'info', column: at.status, field: 'status', value: '', params: { rule: 'way-unknown' } });
  if ((h.status === 'visited' || h.status === 'phoned') && h.attempts === 0 && at.attempts !== '') {
    // A verified dwelling was reached at least once; 0 is usually a cell left at its default.
    p.add({
      sheet,
      row,
      code: 'rule',
      severity: 'info',
      column: at.attempts,
      field: 'attempts',
      value: '0',
      params: { rule: 'verified-no-attempts' },
    });
  }
}
