import { isVerified, STATUSES, type Status } from '../cells/status.ts';
import type { HouseholdRecord } from '../datasets/households.ts';
import { comparePlace, Spellings } from './spelling.ts';

export type StatusCounts = Record<Status, number>;

export type Coverage = {
  total: number;
  verified: number;
  unreached: number;
  /** verified / total, rounded to 4 decimals; 0 when there are no dwellings. */
  rate: number;
  byStatus: StatusCounts;
};

export type CompoundCoverage = Coverage & { compound: string; buildings: number };
export type GroupCoverage = Coverage & { group: string; buildings: number };
export type BuildingCoverage = Coverage & { compound: string; building: string };

export type HouseholdTally = Coverage & {
  byCompound: CompoundCoverage[];
  byGroup: GroupCoverage[];
  byBuilding: BuildingCoverage[];
};

export type NextStep = 'first-visit' | 'mealtime' | 'evening-lights' | 'ask-neighbours' | 'phone-owner' | 'escalate';

export type FollowUp = {
  sheet: string;
  row: number;
  group: string;
  compound: string;
  building: string;
  unit: string;
  room: string;
  status: Status;
  attempts: number;
  lastVisit: string | undefined;
  hasPhone: boolean;
  next: NextStep;
};

const emptyCounts = (): StatusCounts => Object.fromEntries(STATUSES.map((s) => [s, 0])) as StatusCounts;

type Acc = { counts: StatusCounts; total: number; verified: number };
type BuildingAcc = Acc & { compoundKey: string; key: string };
type CompoundAcc = Acc & { key: string; buildings: Map<string, BuildingAcc> };
type GroupAcc = Acc & { key: string; buildings: Set<BuildingAcc> };
// A spelling as typed (after the cell's own cleaning) and how many rows use it. Rows find their
// accumulator through the spelling: the same string object down a column, so the lookup is cheap.
type Spelled<A> = { acc: A; rows: number };

const acc = (): Acc => ({ counts: emptyCounts(), total: 0, verified: 0 });

function count(a: Acc, status: Status, verified: boolean): void {
  a.total++;
  a.counts[status]++;
  if (verified) a.verified++;
}

function coverage(a: Acc): Coverage {
  return {
    total: a.total,
    verified: a.verified,
    unreached: a.total - a.verified,
    rate: rate(a.verified, a.total),
    byStatus: a.counts,
  };
}

export const rate = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 10000) / 10000);

/**
 * The next step for a household not yet verified, from what has been tried: knock at meal times first,
 * then look for lit windows in the evening, then ask the neighbours; phone when nobody is home.
 */
export function nextStep(status: Status, attempts: number, hasPhone: boolean): NextStep {
  switch (status) {
    case 'pending': return 'first-visit';
    case 'no_answer': return attempts < 2 ? 'mealtime' : attempts < 3 ? 'evening-lights' : hasPhone ? 'phone-owner' : 'ask-neighbours';
    case 'not_home': return hasPhone ? 'phone-owner' : 'ask-neighbours';
    case 'uninhabited': return attempts < 2 ? 'evening-lights' : 'ask-neighbours';
    case 'refused': return 'escalate';
    default: return 'first-visit';
  }
}

/** Adds households one at a time (each dwelling once) and reports coverage at every level. */
export class HouseholdTallier {
  private readonly all = acc();
  private readonly compounds = new Map<string, CompoundAcc>();
  private readonly groups = new Map<string, GroupAcc>();
  private readonly buildings: BuildingAcc[] = [];
  private readonly compoundSpellings = new Map<string, Spelled<CompoundAcc>>();
  private readonly groupSpellings = new Map<string, Spelled<GroupAcc>>();
  private readonly buildingSpellings = new Map<CompoundAcc, Map<string, Spelled<BuildingAcc>>>();
  // Not yet verified households and their sheets; their follow-up items are built only when asked for.
  private readonly unverified: HouseholdRecord[] = [];
  private readonly unverifiedSheets: string[] = [];

  add(h: HouseholdRecord, sheet: string): void {
    const verified = isVerified(h.status);
    const c = this.compoundOf(h);
    const g = this.groupOf(h);
    const b = this.buildingOf(c, h);
    count(this.all, h.status, verified);
    count(c.acc, h.status, verified);
    count(g.acc, h.status, verified);
    count(b.acc, h.status, verified);
    c.rows++;
    g.rows++;
    b.rows++;
    g.acc.buildings.add(b.acc);
    if (!verified) {
      this.unverified.push(h);
      this.unverifiedSheets.push(sheet);
    }
  }

  private compoundOf(h: HouseholdRecord): Spelled<CompoundAcc> {
    let s = this.compoundSpellings.get(h.compound);
    if (!s) {
      let a = this.compounds.get(h.compoundKey);
      if (!a) this.compounds.set(h.compoundKey, (a = { ...acc(), key: h.compoundKey, buildings: new Map() }));
      this.compoundSpellings.set(h.compound, (s = { acc: a, rows: 0 }));
    }
    return s;
  }

  private groupOf(h: HouseholdRecord): Spelled<GroupAcc> {
    let s = this.groupSpellings.get(h.group);
    if (!s) {
      const key = h.group === '' ? '' : h.group.toLowerCase();
      let a = this.groups.get(key);
      if (!a) this.groups.set(key, (a = { ...acc(), key, buildings: new Set() }));
      this.groupSpellings.set(h.group, (s = { acc: a, rows: 0 }));
    }
    return s;
  }

  private buildingOf(c: Spelled<CompoundAcc>, h: HouseholdRecord): Spelled<BuildingAcc> {
    let spellings = this.buildingSpellings.get(c.acc);
    if (!spellings) this.buildingSpellings.set(c.acc, (spellings = new Map()));
    let s = spellings.get(h.building);
    if (!s) {
      const key = h.building.toLowerCase();
      let a = c.acc.buildings.get(key);
      if (!a) {
        a = { ...acc(), compoundKey: c.acc.key, key: `${c.acc.key}\u0001${key}` };
        c.acc.buildings.set(key, a);
        this.buildings.push(a);
      }
      spellings.set(h.building, (s = { acc: a, rows: 0 }));
    }
    return s;
  }

  /** The spelling most rows use for each compound, group and building key. */
  private names(): { compounds: Spellings; groups: Spellings; buildings: Spellings } {
    const compounds = new Spellings();
    const groups = new Spellings();
    const buildings = new Spellings();
    for (const [spelling, s] of this.compoundSpellings) compounds.add(s.acc.key, spelling, s.rows);
    for (const [spelling, s] of this.groupSpellings) groups.add(s.acc.key, spelling, s.rows);
    for (const byName of this.buildingSpellings.values()) for (const [spelling, s] of byName) buildings.add(s.acc.key, spelling, s.rows);
    return { compounds, groups, buildings };
  }

  result(): HouseholdTally {
    const names = this.names();
    const byCompound = [...this.compounds.entries()]
      .map(([k, a]) => ({ compound: names.compounds.shown(k), ...coverage(a), buildings: a.buildings.size }))
      .sort((x, y) => comparePlace(x.compound, y.compound));
    const byGroup = [...this.groups.entries()]
      .map(([k, a]) => ({ group: names.groups.shown(k), ...coverage(a), buildings: a.buildings.size }))
      .sort((x, y) => comparePlace(x.group, y.group));
    const byBuilding = this.buildings
      .map((a) => ({ compound: names.compounds.shown(a.compoundKey), building: names.buildings.shown(a.key), ...coverage(a) }))
      .sort((x, y) => comparePlace(x.compound, y.compound) || comparePlace(x.building, y.building));
    return { ...coverage(this.all), byCompound, byGroup, byBuilding };
  }

  /** Not yet verified households, by place: compound, building, unit, room. */
  sortedFollowUps(): FollowUp[] {
    // Shown in the spelling most rows use, like every other place name.
    const compounds = this.names().compounds;
    return this.unverified.map((h, i) => followUp(h, this.unverifiedSheets[i]!, compounds.shown(h.compoundKey))).sort(
      (a, b) => comparePlace(a.compound, b.compound) || comparePlace(a.building, b.building) || comparePlace(a.unit, b.unit) || comparePlace(a.room, b.room) || a.row - b.row,
    );
  }
}

function followUp(h: HouseholdRecord, sheet: string, compound: string): FollowUp {
  const hasPhone = h.phone !== undefined;
  return {
    sheet, row: h.row, group: h.group, compound, building: h.building, unit: h.unit, room: h.room,
    status: h.status, attempts: h.attempts, lastVisit: h.lastVisit, hasPhone, next: nextStep(h.status, h.attempts, hasPhone),
  };
}
