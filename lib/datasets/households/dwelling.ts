import { cachedGroupKey } from '../../cells/keys.ts';
import { type Slot, valueAt } from '../../table/read-rows.ts';
import type { DwellingPlace } from './record.ts';

/** Where the place columns (lib/columns/place.ts) sit in a register's parsed row. */
export type PlaceSlots = {
  readonly group: Slot<string>;
  readonly compound: Slot<string>;
  readonly building: Slot<string>;
  readonly unit: Slot<string>;
  readonly room: Slot<string>;
};

const nonEmpty = (v: string | undefined): v is string => v !== undefined && v !== '';

/**
 * Reads the dwelling a row names, for one sheet (the register and the visit log name it alike). No
 * dwelling, undefined, when the compound, building or room is blank or did not parse, or a typed unit
 * did not: those cells already carry their error problems.
 */
export function dwellingReader(
  F: PlaceSlots,
): (rec: readonly unknown[], row: number, failed: readonly string[]) => DwellingPlace | undefined {
  const compoundKeyOf = cachedGroupKey();
  return (rec, row, failed) => {
    // A failed cell has no value in rec, so only a failed unit (which may be blank) needs the list.
    const compound = valueAt(rec, F.compound);
    const building = valueAt(rec, F.building);
    const room = valueAt(rec, F.room);
    if (!nonEmpty(compound) || !nonEmpty(building) || !nonEmpty(room)) return undefined;
    if (failed.length > 0 && failed.includes('unit')) return undefined;
    return {
      row,
      group: valueAt(rec, F.group) ?? '',
      compound,
      compoundKey: compoundKeyOf(compound),
      building,
      unit: valueAt(rec, F.unit) ?? '',
      room,
    };
  };
}
