import { maskId } from '../../cells/id-number.ts';
import type { ControlMeasure } from '../../cells/control-measure.ts';
import type { Origin } from '../../cells/origin.ts';
import type { PersonCategory } from '../../cells/person-category.ts';
import type { Identity } from '../../checks/duplicates.ts';

/** Where a sheet's columns are, shared by every record of the sheet: problems found when the tally finishes point at them. */
export type SheetAt = {
  readonly sheet: string;
  readonly name: string;
  readonly room: string;
  readonly watchStart: string;
  readonly watchEnd: string;
};

/**
 * A person under watch as the core reads a register row (its zod schema is in schema.ts). The ID
 * number and phone stay in the tally: they match checks to people and never reach the result.
 */
export type PersonRecord = {
  row: number;
  at: SheetAt;
  name: string;
  /** The name folded for matching (Traditional → Simplified, case, spaces). */
  nameKey: string;
  gender: string | undefined;
  idNumber: string | undefined;
  phone: string | undefined;
  compound: string;
  compoundKey: string;
  building: string;
  unit: string;
  room: string;
  category: PersonCategory | undefined;
  origin: Origin | undefined;
  arrival: string | undefined;
  watchStart: string | undefined;
  watchEnd: string | undefined;
  measure: ControlMeasure | undefined;
  checkedBy: string;
};

const filled = (p: PersonRecord): number =>
  [p.phone, p.compound, p.room, p.category, p.origin, p.arrival, p.watchStart, p.watchEnd, p.measure].filter(
    (v) => v !== undefined && v !== '',
  ).length;

// Every field a result or a sheet shows, so two rows that differ anywhere are told apart by content.
const canonical = (p: PersonRecord): string =>
  [
    p.name,
    p.compound,
    p.building,
    p.unit,
    p.room,
    p.category ?? '',
    p.arrival ?? '',
    p.watchStart ?? '',
    p.watchEnd ?? '',
    p.measure ?? '',
    p.origin ? `${p.origin.province}/${p.origin.city ?? ''}` : '',
    p.gender ?? '',
    p.phone ?? '',
    p.checkedBy,
  ].join('\u0001');

/**
 * Of two rows for one ID number, the one that counts: the later start of the watch (someone who came
 * back twice is watched from the second return), then the fuller row; ties fall to the content.
 */
function preferredPerson(a: PersonRecord, b: PersonRecord): PersonRecord {
  const sa = a.watchStart ?? a.arrival ?? '';
  const sb = b.watchStart ?? b.arrival ?? '';
  if (sa !== sb) return sa > sb ? a : b;
  if (filled(a) !== filled(b)) return filled(a) > filled(b) ? a : b;
  return canonical(a) <= canonical(b) ? a : b;
}

/** One person is one ID number: a second row with it is a `duplicate` (shown masked, never whole). */
export const person: Identity<PersonRecord> = {
  what: 'person',
  field: 'idNumber',
  shown: (p) => maskId(p.idNumber ?? ''),
  prefer: preferredPerson,
};
