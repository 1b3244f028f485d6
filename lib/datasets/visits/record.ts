import type { Status } from '../../cells/status.ts';
import type { DwellingPlace } from '../households/record.ts';

/**
 * One attempt at a dwelling as the core reads it (its zod schema is in schema.ts). Every field is
 * always present. There is no identity: repeated attempts at one dwelling are what a log is for.
 */
export type VisitRecord = DwellingPlace & {
  /** 'YYYY-MM-DD': typed in the row, or the day of the rows above (a merged date cell). */
  date: string;
  /** Minutes after midnight; undefined when no time was written. */
  minutes: number | undefined;
  result: Status;
};

/** A dwelling's key: compound key + building + unit + room without case, as the household register keys it. */
export const dwellingKey = (v: { compoundKey: string; building: string; unit: string; room: string }): string =>
  `${v.compoundKey}\u0001${v.building.toLowerCase()}\u0001${v.unit.toLowerCase()}\u0001${v.room.toLowerCase()}`;
