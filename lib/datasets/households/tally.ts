import { STATUSES, VERIFIED_STATUSES, type Status } from '../../cells/status.ts';
import { comparePlace } from '../../places/order.ts';
import { Spellings } from '../../tally/spelling.ts';
import type { FinishContext, Tally } from '../define.ts';
import { visits } from '../visits/dataset.ts';
import { dwellingKey } from '../visits/record.ts';
import type { HouseholdCode } from './dataset.ts';
import { Dwellings } from './dwellings.ts';
import { householdOfLog, mergeLog, reportUnregistered, type Tried } from './from-log.ts';
import type { HouseholdRecord } from './record.ts';

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

export type NextStep = 'first-visit' | 'mealtime' | 'evening-lights' | 'ask-neighbours' | 'phone-owner' | 'ask-relatives' | 'escalate';

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

// Every level counts in an Acc of one shape, so `count` stays monomorphic; what a level needs beside
// its counts is in its node.
type Acc = { counts: number[]; total: number; verified: number };
type BuildingNode = { acc: Acc; compoundKey: string; key: string };
type CompoundNode = { acc: Acc; key: string; buildings: Map<string, BuildingNode> };
type GroupNode = { acc: Acc; key: string; buildings: Set<BuildingNode> };
// A spelling as typed (after the cell's own cleaning) and how many rows use it. Rows find their
// level through the spelling: the same string object down a column, so the lookup is cheap.
type Spelled<N> = { node: N; rows: number };

// Counts by status are kept by the status's index in STATUSES (verified ones first): an array slot
// per row, not a property.
const STATUS_INDEX: ReadonlyMap<Status, number> = new Map(STATUSES.map((s, i) => [s, i]));
const VERIFIED_COUNT = VERIFIED_STATUSES.length;

const acc = (): Acc => ({ counts: STATUSES.map(() => 0), total: 0, verified: 0 });

function count(a: Acc, status: number, verified: boolean): void {
  a.total++;
  a.counts[status] = a.counts[status]! + 1;
  if (verified) a.verified++;
}

function coverage(a: Acc): Coverage {
  return {
    total: a.total,
    verified: a.verified,
    unreached: a.total - a.verified,
    rate: rate(a.verified, a.total),
    byStatus: Object.fromEntries(STATUSES.map((s, i) => [s, a.counts[i]])) as StatusCounts,
  };
}

const rate = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 10000) / 10000);

/**
 * The next step for a household not yet verified, from what has been tried: knock at meal times first,
 * then look for lit windows in the evening, then ask the neighbours; phone when nobody is home.
 */
function nextStep(status: Status, attempts: number, hasPhone: boolean, tried: Tried | undefined): NextStep {
  if (tried && status !== 'refused' && attempts > 0) return nextFromHistory(status, attempts, hasPhone, tried);
  switch (status) {
    case 'pending':
      return 'first-visit';
    case 'no_answer':
      return attempts < 2 ? 'mealtime' : attempts < 3 ? 'evening-lights' : hasPhone ? 'phone-owner' : 'ask-neighbours';
    case 'not_home':
      return hasPhone ? 'phone-owner' : 'ask-neighbours';
    case 'uninhabited':
      return attempts < 2 ? 'evening-lights' : 'ask-neighbours';
    case 'refused':
      return 'escalate';
    default:
      return 'first-visit';
  }
}

/**
 * The next step from a visit log's history: tried twice in daytime → look for lit windows in the evening;
 * tried in the evening → ask the neighbours; three attempts → the phone, or relatives for a number.
 */
function nextFromHistory(status: Status, attempts: number, hasPhone: boolean, tried: Tried): NextStep {
  if (attempts >= 3 || (status === 'not_home' && hasPhone)) return hasPhone ? 'phone-owner' : 'ask-relatives';
  if (tried.evening > 0) return 'ask-neighbours';
  return tried.daytime >= 2 ? 'evening-lights' : 'mealtime';
}

/**
 * Adds households one at a time (each dwelling once) and reports coverage at every level. Rows wait in
 * `dwellings` while the sheets are read (a later row may replace an earlier one of its dwelling) and
 * are counted when the tally finishes.
 */
export class HouseholdTallier implements Tally<HouseholdRecord, HouseholdTally> {
  readonly dwellings = new Dwellings();
  private readonly all = acc();
  private readonly compounds = new Map<string, CompoundNode>();
  private readonly groups = new Map<string, GroupNode>();
  private readonly buildings: BuildingNode[] = [];
  private readonly compoundSpellings = new Map<string, Spelled<CompoundNode>>();
  private readonly groupSpellings = new Map<string, Spelled<GroupNode>>();
  private readonly buildingSpellings = new Map<CompoundNode, Map<string, Spelled<BuildingNode>>>();
  // Not yet verified households and their sheets; their follow-up items are built only when asked for.
  private readonly unverified: HouseholdRecord[] = [];
  private readonly unverifiedSheets: string[] = [];
  // What a visit log tells of a household's failed attempts, for its next step.
  private readonly tried = new Map<HouseholdRecord, Tried>();
  /** The status column of each register sheet, for a problem found when the log is brought in. */
  readonly statusColumns = new Map<string, string>();
  // The places of the last household added: rows come in blocks of one compound, group and building.
  private last: HouseholdRecord | undefined;
  private lastCompound: Spelled<CompoundNode> | undefined;
  private lastGroup: Spelled<GroupNode> | undefined;
  private lastBuilding: Spelled<BuildingNode> | undefined;

  add(h: HouseholdRecord, sheet: string): void {
    const status = STATUS_INDEX.get(h.status)!;
    const verified = status < VERIFIED_COUNT;
    const last = this.last;
    const sameCompound = last !== undefined && last.compound === h.compound;
    const sameGroup = last !== undefined && last.group === h.group;
    const sameBuilding = sameCompound && last.building === h.building;
    const c = sameCompound ? this.lastCompound! : this.compoundOf(h);
    const g = sameGroup ? this.lastGroup! : this.groupOf(h);
    const b = sameBuilding ? this.lastBuilding! : this.buildingOf(c.node, h);
    count(this.all, status, verified);
    count(c.node.acc, status, verified);
    count(g.node.acc, status, verified);
    count(b.node.acc, status, verified);
    c.rows++;
    g.rows++;
    b.rows++;
    if (!sameGroup || !sameBuilding) g.node.buildings.add(b.node);
    if (!verified) {
      this.unverified.push(h);
      this.unverifiedSheets.push(sheet);
    }
    this.last = h;
    this.lastCompound = c;
    this.lastGroup = g;
    this.lastBuilding = b;
  }

  private compoundOf(h: HouseholdRecord): Spelled<CompoundNode> {
    let s = this.compoundSpellings.get(h.compound);
    if (!s) {
      let node = this.compounds.get(h.compoundKey);
      if (!node) this.compounds.set(h.compoundKey, (node = { acc: acc(), key: h.compoundKey, buildings: new Map() }));
      this.compoundSpellings.set(h.compound, (s = { node, rows: 0 }));
    }
    return s;
  }

  private groupOf(h: HouseholdRecord): Spelled<GroupNode> {
    let s = this.groupSpellings.get(h.group);
    if (!s) {
      const key = h.group === '' ? '' : h.group.toLowerCase();
      let node = this.groups.get(key);
      if (!node) this.groups.set(key, (node = { acc: acc(), key, buildings: new Set() }));
      this.groupSpellings.set(h.group, (s = { node, rows: 0 }));
    }
    return s;
  }

  private buildingOf(c: CompoundNode, h: HouseholdRecord): Spelled<BuildingNode> {
    let spellings = this.buildingSpellings.get(c);
    if (!spellings) this.buildingSpellings.set(c, (spellings = new Map()));
    let s = spellings.get(h.building);
    if (!s) {
      const key = h.building.toLowerCase();
      let node = c.buildings.get(key);
      if (!node) {
        node = { acc: acc(), compoundKey: c.key, key: `${c.key}\u0001${key}` };
        c.buildings.set(key, node);
        this.buildings.push(node);
      }
      spellings.set(h.building, (s = { node, rows: 0 }));
    }
    return s;
  }

  /** The spelling most rows use for each compound, group and building key. */
  private names(): { compounds: Spellings; groups: Spellings; buildings: Spellings } {
    const compounds = new Spellings();
    const groups = new Spellings();
    const buildings = new Spellings();
    for (const [spelling, s] of this.compoundSpellings) compounds.add(s.node.key, spelling, s.rows);
    for (const [spelling, s] of this.groupSpellings) groups.add(s.node.key, spelling, s.rows);
    for (const byName of this.buildingSpellings.values()) for (const [spelling, s] of byName) buildings.add(s.node.key, spelling, s.rows);
    return { compounds, groups, buildings };
  }

  finish(ctx: FinishContext<typeof visits, HouseholdCode>): HouseholdTally {
    const log = ctx.holds(visits) ? ctx.tally(visits) : undefined;
    if (!log) {
      this.dwellings.forEach((record, sheet) => this.add(record, sheet));
      return this.result();
    }
    const registered = new Set<string>();
    let register: string | undefined;
    // The register names the dwellings when it has any; a workbook with only a log counts the log's.
    this.dwellings.forEach((h, sheet) => {
      register ??= sheet;
      const key = dwellingKey(h);
      registered.add(key);
      const history = log.histories().get(key);
      if (!history) return this.add(h, sheet);
      const merged = mergeLog(h, sheet, history, { log, problems: ctx.problems, statusColumn: (s) => this.statusColumns.get(s) ?? '' });
      this.tried.set(merged, history);
      this.add(merged, sheet);
    });
    if (register !== undefined) reportUnregistered(log, registered, register, ctx.problems);
    else {
      for (const history of log.histories().values()) {
        const h = householdOfLog(history);
        this.tried.set(h, history);
        this.add(h, history.placeSheet);
      }
    }
    return this.result();
  }

  /** Coverage of the households added so far. */
  result(): HouseholdTally {
    const names = this.names();
    const byCompound = [...this.compounds.entries()]
      .map(([k, n]) => ({ compound: names.compounds.shown(k), ...coverage(n.acc), buildings: n.buildings.size }))
      .sort((x, y) => comparePlace(x.compound, y.compound));
    const byGroup = [...this.groups.entries()]
      .map(([k, n]) => ({ group: names.groups.shown(k), ...coverage(n.acc), buildings: n.buildings.size }))
      .sort((x, y) => comparePlace(x.group, y.group));
    const byBuilding = this.buildings
      .map((n) => ({ compound: names.compounds.shown(n.compoundKey), building: names.buildings.shown(n.key), ...coverage(n.acc) }))
      .sort((x, y) => comparePlace(x.compound, y.compound) || comparePlace(x.building, y.building));
    return { ...coverage(this.all), byCompound, byGroup, byBuilding };
  }

  /** Not yet verified households, by place: compound, building, unit, room. */
  sortedFollowUps(): FollowUp[] {
    // Shown in the spelling most rows use, like every other place name.
    const compounds = this.names().compounds;
    return this.unverified
      .map((h, i) => followUp(h, this.unverifiedSheets[i]!, compounds.shown(h.compoundKey), this.tried.get(h)))
      .sort(
        (a, b) =>
          comparePlace(a.compound, b.compound) ||
          comparePlace(a.building, b.building) ||
          comparePlace(a.unit, b.unit) ||
          comparePlace(a.room, b.room) ||
          a.row - b.row,
      );
  }
}

function followUp(h: HouseholdRecord, sheet: string, compound: string, tried: Tried | undefined): FollowUp {
  const hasPhone = h.phone !== undefined;
  return {
    sheet,
    row: h.row,
    group: h.group,
    compound,
    building: h.building,
    unit: h.unit,
    room: h.room,
    status: h.status,
    attempts: h.attempts,
    lastVisit: h.lastVisit,
    hasPhone,
    next: nextStep(h.status, h.attempts, hasPhone, tried),
  };
}
