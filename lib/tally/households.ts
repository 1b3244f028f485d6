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

type Acc = { counts: StatusCounts; total: number; verified: number; buildings: Set<string> };
const acc = (): Acc => ({ counts: emptyCounts(), total: 0, verified: 0, buildings: new Set() });

function count(a: Acc, status: Status, verified: boolean, buildingKey: string): void {
  a.total++;
  a.counts[status]++;
  if (verified) a.verified++;
  a.buildings.add(buildingKey);
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
  private readonly compounds = new Map<string, Acc>();
  private readonly groups = new Map<string, Acc>();
  private readonly buildings = new Map<string, Acc & { compoundKey: string; building: string }>();
  private readonly compoundNames = new Spellings();
  private readonly groupNames = new Spellings();
  private readonly buildingNames = new Spellings();
  private readonly followUps: { key: string; item: FollowUp }[] = [];

  add(h: HouseholdRecord, sheet: string): void {
    const verified = isVerified(h.status);
    const bKey = `${h.compoundKey}\u0001${h.building.toLowerCase()}`;
    const groupKey = h.group === '' ? '' : h.group.toLowerCase();
    this.compoundNames.add(h.compoundKey, h.compound);
    this.groupNames.add(groupKey, h.group);
    this.buildingNames.add(bKey, h.building);
    let c = this.compounds.get(h.compoundKey);
    if (!c) this.compounds.set(h.compoundKey, (c = acc()));
    let g = this.groups.get(groupKey);
    if (!g) this.groups.set(groupKey, (g = acc()));
    let b = this.buildings.get(bKey);
    if (!b) this.buildings.set(bKey, (b = { ...acc(), compoundKey: h.compoundKey, building: h.building }));
    count(this.all, h.status, verified, bKey);
    count(c, h.status, verified, bKey);
    count(g, h.status, verified, bKey);
    count(b, h.status, verified, bKey);
    if (!verified) {
      const hasPhone = h.phone !== undefined;
      this.followUps.push({ key: h.compoundKey, item: {
        sheet, row: h.row, group: h.group, compound: h.compound, building: h.building, unit: h.unit, room: h.room,
        status: h.status, attempts: h.attempts, lastVisit: h.lastVisit, hasPhone, next: nextStep(h.status, h.attempts, hasPhone),
      } });
    }
  }

  result(): HouseholdTally {
    const byCompound = [...this.compounds.entries()]
      .map(([k, a]) => ({ compound: this.compoundNames.shown(k), ...coverage(a), buildings: a.buildings.size }))
      .sort((x, y) => comparePlace(x.compound, y.compound));
    const byGroup = [...this.groups.entries()]
      .map(([k, a]) => ({ group: this.groupNames.shown(k), ...coverage(a), buildings: a.buildings.size }))
      .sort((x, y) => comparePlace(x.group, y.group));
    const byBuilding = [...this.buildings.entries()]
      .map(([k, a]) => ({ compound: this.compoundNames.shown(a.compoundKey), building: this.buildingNames.shown(k), ...coverage(a) }))
      .sort((x, y) => comparePlace(x.compound, y.compound) || comparePlace(x.building, y.building));
    return { ...coverage(this.all), byCompound, byGroup, byBuilding };
  }

  /** Not yet verified households, by place: compound, building, unit, room. */
  sortedFollowUps(): FollowUp[] {
    // Shown in the spelling most rows use, like every other place name.
    return this.followUps.map(({ key, item }) => ({ ...item, compound: this.compoundNames.shown(key) })).sort(
      (a, b) => comparePlace(a.compound, b.compound) || comparePlace(a.building, b.building) || comparePlace(a.unit, b.unit) || comparePlace(a.room, b.room) || a.row - b.row,
    );
  }
}
