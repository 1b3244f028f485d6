import type { Status } from '../../cells/status.ts';
import type { Identity } from '../../checks/duplicates.ts';

/** Where a dwelling is, as a register row or a visit log row gives it (compoundKey: the folded compound). */
export type DwellingPlace = {
  row: number;
  group: string;
  compound: string;
  compoundKey: string;
  building: string;
  unit: string;
  room: string;
};

/**
 * A household as the core reads it (its zod schema is in schema.ts). Every field is always present,
 * undefined where the sheet has no value: records of one shape are what keep a tally fast.
 */
export type HouseholdRecord = DwellingPlace & {
  head: string | undefined;
  phone: string | undefined;
  residents: number | undefined;
  status: Status;
  attempts: number;
  lastVisit: string | undefined;
};

/** A household known only by where it is (no head, phone or residents), with what visits tell of it. */
export function householdAt(place: DwellingPlace, status: Status, attempts: number, lastVisit: string | undefined): HouseholdRecord {
  return {
    row: place.row,
    group: place.group,
    compound: place.compound,
    compoundKey: place.compoundKey,
    building: place.building,
    unit: place.unit,
    room: place.room,
    head: undefined,
    phone: undefined,
    residents: undefined,
    status,
    attempts,
    lastVisit,
  };
}

const RANK: Record<HouseholdRecord['status'], number> = {
  visited: 0,
  phoned: 1,
  vacant: 2,
  verified_way_unknown: 2,
  refused: 3,
  uninhabited: 4,
  not_home: 5,
  no_answer: 6,
  pending: 7,
};

const canonical = (r: HouseholdRecord): string =>
  [r.group, r.compound, r.building, r.unit, r.room, r.attempts, r.lastVisit ?? '', r.residents ?? ''].join('\u0001');

/**
 * Of two rows for one dwelling, the one that counts: a verified row wins (a later visit that found the
 * household supersedes "no answer"), then the most attempts; ties fall to the row's content, never to
 * its position, so the tally does not depend on row order.
 */
export function preferredRow(a: HouseholdRecord, b: HouseholdRecord): HouseholdRecord {
  if (RANK[a.status] !== RANK[b.status]) return RANK[a.status] < RANK[b.status] ? a : b;
  if (a.attempts !== b.attempts) return a.attempts > b.attempts ? a : b;
  return canonical(a) <= canonical(b) ? a : b;
}

/** A dwelling is compound + building + unit + room, after normalization (Dwellings keys it). */
export const dwelling: Identity<HouseholdRecord> = {
  what: 'dwelling',
  field: 'room',
  shown: (h) => [h.compound, h.building, h.unit, h.room].filter((s) => s !== '').join(' '),
  prefer: preferredRow,
};
