import type { FirstSeen, IdentityIndex } from '../../checks/duplicates.ts';
import type { DwellingPlace, HouseholdRecord } from './record.ts';

type Level<T> = Map<string, T>;

/**
 * The dwellings seen so far, keyed by compound key, then building, unit and room without case, in the
 * order first seen. Nested maps rather than one map of composed keys: the
 * parts are the same few strings down a column, hashed once, and a million rows need no million keys.
 * Counted records are kept in one array and entries are made only for duplicates: a million rows keep
 * no million entry objects alive.
 */
export class Dwellings implements IdentityIndex<HouseholdRecord> {
  // compound key → building → unit → room → index of the dwelling in the arrays below.
  private readonly compounds: Level<Level<Level<Level<number>>>> = new Map();
  private readonly records: HouseholdRecord[] = [];
  // The sheet of each counted record, kept only where it is not the first sheet read: most workbooks
  // have one register sheet, and a million rows then need no second array.
  private firstSheet: string | undefined;
  private readonly otherSheets = new Map<number, string>();
  // A dwelling's first row, where it is not its counted record's own (a later row replaced that).
  private readonly firsts = new Map<number, { sheet: string; row: number }>();
  // The rooms of the unit looked up last: rows come in blocks of one unit, so most need no lookup.
  private unitOf: HouseholdRecord | undefined;
  private unitRooms: Level<number> = new Map();
  // The room key the last `get` looked up, for an `add` of the same record (the usual next call).
  private lastGet: HouseholdRecord | undefined;
  private lastRoom = '';

  get(h: HouseholdRecord): FirstSeen<HouseholdRecord> | undefined {
    const room = h.room.toLowerCase();
    this.lastGet = h;
    this.lastRoom = room;
    const i = this.rooms(h).get(room);
    if (i === undefined) return undefined;
    const record = this.records[i]!;
    const recordSheet = this.sheetOf(i);
    const first = this.firsts.get(i);
    return first
      ? { sheet: first.sheet, row: first.row, record, recordSheet }
      : { sheet: recordSheet, row: record.row, record, recordSheet };
  }

  /**
   * Whether a dwelling at this place was counted: a lookup only, for another register asking after a
   * home (a person's); unlike `get` it makes no level and leaves the next `add` nothing to reuse.
   */
  has(p: Pick<DwellingPlace, 'compoundKey' | 'building' | 'unit' | 'room'>): boolean {
    const units = this.compounds.get(p.compoundKey)?.get(p.building.toLowerCase());
    return units?.get(p.unit.toLowerCase())?.has(p.room.toLowerCase()) === true;
  }

  add(h: HouseholdRecord, sheet: string): void {
    const i = this.records.length;
    this.rooms(h).set(h === this.lastGet ? this.lastRoom : h.room.toLowerCase(), i);
    this.records.push(h);
    this.setSheet(i, sheet);
  }

  replace(h: HouseholdRecord, sheet: string): void {
    const i = this.rooms(h).get(h.room.toLowerCase());
    if (i === undefined) return this.add(h, sheet);
    if (!this.firsts.has(i)) this.firsts.set(i, { sheet: this.sheetOf(i), row: this.records[i]!.row });
    this.records[i] = h;
    this.setSheet(i, sheet);
  }

  forEach(fn: (record: HouseholdRecord, sheet: string) => void): void {
    const others = this.otherSheets.size > 0;
    for (let i = 0; i < this.records.length; i++) fn(this.records[i]!, others ? this.sheetOf(i) : this.firstSheet!);
  }

  private sheetOf(i: number): string {
    return this.otherSheets.get(i) ?? this.firstSheet!;
  }

  private setSheet(i: number, sheet: string): void {
    this.firstSheet ??= sheet;
    if (sheet !== this.firstSheet) this.otherSheets.set(i, sheet);
    else if (this.otherSheets.size > 0) this.otherSheets.delete(i);
  }

  private rooms(h: HouseholdRecord): Level<number> {
    const u = this.unitOf;
    if (u && u.compoundKey === h.compoundKey && u.building === h.building && u.unit === h.unit) return this.unitRooms;
    let buildings = this.compounds.get(h.compoundKey);
    if (!buildings) this.compounds.set(h.compoundKey, (buildings = new Map()));
    const building = h.building.toLowerCase();
    let units = buildings.get(building);
    if (!units) buildings.set(building, (units = new Map()));
    const unit = h.unit.toLowerCase();
    let rooms = units.get(unit);
    if (!rooms) units.set(unit, (rooms = new Map()));
    this.unitOf = h;
    this.unitRooms = rooms;
    return rooms;
  }
}
