import type { HouseholdRecord } from '../datasets/households.ts';

/** A dwelling's first row (for duplicate reports) and the row that counts (see preferredRow). */
export type DwellingEntry = { sheet: string; row: number; record: HouseholdRecord; recordSheet: string };

type Level<T> = Map<string, T>;

/**
 * The dwellings seen so far, keyed as `dwellingKey` keys them (compound key, then building, unit and
 * room without case), in the order first seen. Nested maps rather than one map of composed keys: the
 * parts are the same few strings down a column, hashed once, and a million rows need no million keys.
 * Entries are kept as parallel arrays and made only when asked for: a million rows keep no million
 * entry objects alive.
 */
export class Dwellings {
  // compound key → building → unit → room → index of the dwelling in the arrays below.
  private readonly compounds: Level<Level<Level<Level<number>>>> = new Map();
  private readonly records: HouseholdRecord[] = [];
  private readonly recordSheets: string[] = [];
  // A dwelling's first row, where it is not its counted record's own (a later row replaced that).
  private readonly firsts = new Map<number, { sheet: string; row: number }>();
  // Where the last `get` looked: `set` for the same record (the usual next call) writes there.
  private lastRecord: HouseholdRecord | undefined;
  private lastRooms: Level<number> | undefined;

  get(h: HouseholdRecord): DwellingEntry | undefined {
    const rooms = this.rooms(h);
    this.lastRecord = h;
    this.lastRooms = rooms;
    const i = rooms.get(h.room.toLowerCase());
    return i === undefined ? undefined : this.entry(i);
  }

  set(h: HouseholdRecord, entry: DwellingEntry): void {
    const rooms = this.lastRecord === h && this.lastRooms ? this.lastRooms : this.rooms(h);
    const room = h.room.toLowerCase();
    let i = rooms.get(room);
    if (i === undefined) {
      i = this.records.length;
      rooms.set(room, i);
      this.records.push(entry.record);
      this.recordSheets.push(entry.recordSheet);
    } else {
      this.records[i] = entry.record;
      this.recordSheets[i] = entry.recordSheet;
    }
    if (entry.sheet !== entry.recordSheet || entry.row !== entry.record.row) this.firsts.set(i, { sheet: entry.sheet, row: entry.row });
    else this.firsts.delete(i);
  }

  /** Every dwelling's entry, in the order the dwellings were first seen. */
  *values(): IterableIterator<DwellingEntry> {
    for (let i = 0; i < this.records.length; i++) yield this.entry(i);
  }

  private entry(i: number): DwellingEntry {
    const record = this.records[i]!;
    const recordSheet = this.recordSheets[i]!;
    const first = this.firsts.get(i);
    return first ? { sheet: first.sheet, row: first.row, record, recordSheet } : { sheet: recordSheet, row: record.row, record, recordSheet };
  }

  private rooms(h: HouseholdRecord): Level<number> {
    let buildings = this.compounds.get(h.compoundKey);
    if (!buildings) this.compounds.set(h.compoundKey, (buildings = new Map()));
    const building = h.building.toLowerCase();
    let units = buildings.get(building);
    if (!units) buildings.set(building, (units = new Map()));
    const unit = h.unit.toLowerCase();
    let rooms = units.get(unit);
    if (!rooms) units.set(unit, (rooms = new Map()));
    return rooms;
  }
}
