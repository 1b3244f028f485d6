import { dayNumber, isoFromDayNumber } from '../../cells/date.ts';
import { PERSON_CATEGORIES, type PersonCategory } from '../../cells/person-category.ts';
import { KeyedIndex } from '../../checks/duplicates.ts';
import { maskValue } from '../../privacy/mask.ts';
import { comparePlace, Spellings } from '../../tally/spelling.ts';
import { checks } from '../checks/dataset.ts';
import type { CheckRecord } from '../checks/record.ts';
import type { FinishContext, Tally } from '../define.ts';
import { households } from '../households/dataset.ts';
import type { PeopleCode } from './dataset.ts';
import { PersonMatcher } from './match.ts';
import { originLabel } from './origin-label.ts';
import type { PersonRecord } from './record.ts';
import { watchOf, withinWatch, type Watch } from './watch.ts';

/** Why a person under watch needs attention today: a fever during the watch, or no check two days running. */
export type WatchAlert = 'fever' | 'missed';

/** A person under watch as the result lists them: where to find the row, never a name, ID number or phone. */
export type WatchItem = {
  sheet: string;
  row: number;
  compound: string;
  category: PersonCategory | null;
  start: string;
  end: string;
  lastCheck: string | null;
  alert: WatchAlert | null;
};

/** The result's `people` (DESIGN.md, "The registers after 2 February"). */
export type PeopleResult = {
  total: number;
  underWatch: number;
  released: number;
  notStarted: number;
  endingToday: number;
  checkedToday: number;
  missedToday: number;
  fever: number;
  byCategory: Record<PersonCategory, number>;
  byOrigin: { origin: string; count: number }[];
  byCompound: { compound: string; underWatch: number }[];
  watch: WatchItem[];
};

/**
 * What the team's own sheets (重点人员, 今日随访) show beyond the result: the person's place and masked
 * name, the day of the watch, who follows them up, whether they are checked today.
 */
export type WatchDetail = WatchItem & {
  name: string;
  building: string;
  unit: string;
  room: string;
  /** Day of the watch on the as-of day (1 = the start day), and how many days this person's watch lasts. */
  day: number;
  days: number;
  checkedBy: string;
  checkedToday: boolean;
  lastTemperature: number | null;
};

type Assessed = { p: PersonRecord; sheet: string; w: Watch; checks: CheckRecord[] };

/**
 * Collects the people of every watch register (those with an ID number wait in `byId`, where a second
 * row of one ID is settled), and when it finishes matches the daily checks to them and works out each
 * person's watch as of the as-of day.
 */
export class PeopleTally implements Tally<PersonRecord, PeopleResult> {
  readonly byId = new KeyedIndex<PersonRecord>((p) => p.idNumber ?? '');
  private readonly people: PersonRecord[] = [];
  private readonly sheets: string[] = [];
  private details: WatchDetail[] = [];
  /** Register sheets read: checks are matched only against a register the workbook has (a check log alone, as the add-on's live check reads it, has none to match). */
  sheetsRead = 0;

  constructor(private readonly watchDays: number) {}

  add(p: PersonRecord, sheet: string): void {
    this.people.push(p);
    this.sheets.push(sheet);
  }

  finish(ctx: FinishContext<typeof checks | typeof households, PeopleCode>): PeopleResult {
    this.byId.forEach((p, sheet) => this.add(p, sheet));
    const log = ctx.holds(checks) ? ctx.tally(checks).records : [];
    const asOf = ctx.options.asOf?.dayNumber ?? this.latestDay(log);
    const assessed = this.people.map((p, i): Assessed => ({ p, sheet: this.sheets[i]!, w: watchOf(p, asOf, this.watchDays), checks: [] }));
    this.matchChecks(assessed, log, ctx);
    if (ctx.holds(households)) this.checkDwellings(assessed, ctx);
    return this.count(assessed, asOf);
  }

  /** Every person counted, each once (after `finish`). */
  records(): readonly PersonRecord[] {
    return this.people;
  }

  /** The people under watch with what the team's sheets show, alerts first (after `finish`). */
  watchDetails(): readonly WatchDetail[] {
    return this.details;
  }

  // Without an as-of day the register is read as of its latest day: the last arrival, start or check.
  private latestDay(log: readonly CheckRecord[]): number {
    let latest = Number.NaN;
    const see = (d: string | undefined) => {
      if (d !== undefined && !(dayNumber(d) <= latest)) latest = dayNumber(d);
    };
    for (const p of this.people) {
      see(p.arrival);
      see(p.watchStart);
    }
    for (const c of log) see(c.date);
    return latest;
  }

  private matchChecks(assessed: Assessed[], log: readonly CheckRecord[], ctx: FinishContext<typeof checks, PeopleCode>): void {
    if (log.length === 0 || this.sheetsRead === 0) return;
    const of = new Map(assessed.map((a) => [a.p, a]));
    const matcher = new PersonMatcher(assessed.map((a) => a.p));
    for (const c of log) {
      const m = matcher.match(c);
      if (m.person) {
        of.get(m.person)!.checks.push(c);
        continue;
      }
      const at = { sheet: c.at.sheet, row: c.row, column: c.at.name, field: 'name', value: maskValue('name', c.name) } as const;
      if (m.candidates === 0) ctx.problems.add({ ...at, code: 'rule', severity: 'warning', params: { rule: 'check-no-person' } });
      else ctx.problems.add({ ...at, code: 'rule', severity: 'warning', params: { rule: 'check-two-people', count: m.candidates } });
    }
  }

  /** A person with a full address should live at a dwelling of the household register. */
  private checkDwellings(assessed: Assessed[], ctx: FinishContext<typeof households, PeopleCode>): void {
    const dwellings = ctx.tally(households).dwellings;
    for (const { p } of assessed) {
      if (p.compoundKey === '' || p.building === '' || p.room === '') continue;
      if (dwellings.has(p)) continue;
      const value = [p.compound, p.building, p.unit, p.room].filter((s) => s !== '').join(' ');
      ctx.problems.add({
        sheet: p.at.sheet,
        row: p.row,
        column: p.at.room,
        field: 'room',
        value,
        code: 'rule',
        severity: 'warning',
        params: { rule: 'person-not-in-register' },
      });
    }
  }

  private count(assessed: Assessed[], asOf: number): PeopleResult {
    const today = isoFromDayNumber(asOf);
    const r: PeopleResult = {
      total: assessed.length,
      underWatch: 0,
      released: 0,
      notStarted: 0,
      endingToday: 0,
      checkedToday: 0,
      missedToday: 0,
      fever: 0,
      byCategory: Object.fromEntries(PERSON_CATEGORIES.map((c) => [c, 0])) as Record<PersonCategory, number>,
      byOrigin: [],
      byCompound: [],
      watch: [],
    };
    // A compound is shown in the spelling most of its rows use, in the list as in the counts.
    const spellings = new Spellings();
    for (const { p } of assessed) spellings.add(p.compoundKey, p.compound);
    const compounds = new Map<string, number>();
    const origins = new Map<string, number>();
    const details: WatchDetail[] = [];
    for (const a of assessed) {
      const { p, w } = a;
      if (p.category !== undefined) r.byCategory[p.category]++;
      const origin = p.origin === undefined ? '' : originLabel(p.origin);
      origins.set(origin, (origins.get(origin) ?? 0) + 1);
      if (!compounds.has(p.compoundKey)) compounds.set(p.compoundKey, 0);
      if (w.state === 'released') r.released++;
      if (w.state === 'notStarted') r.notStarted++;
      if (w.state !== 'underWatch') continue;
      r.underWatch++;
      compounds.set(p.compoundKey, compounds.get(p.compoundKey)! + 1);
      const seen = a.checks
        .filter((c) => dayNumber(c.date) <= asOf)
        .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.row - y.row));
      const last = seen[seen.length - 1];
      const checkedToday = last !== undefined && last.date === today;
      const fever = seen.some((c) => c.fever && withinWatch(w, c.date, asOf));
      const checkedOn = (n: number) => seen.some((c) => c.date === isoFromDayNumber(asOf - n));
      const missed = !checkedToday && w.day >= 3 && !checkedOn(1) && !checkedOn(2);
      if (w.end === today) r.endingToday++;
      if (checkedToday) r.checkedToday++;
      if (fever) r.fever++;
      const item: WatchItem = {
        sheet: a.sheet,
        row: p.row,
        compound: spellings.shown(p.compoundKey),
        category: p.category ?? null,
        start: w.start!,
        end: w.end!,
        lastCheck: last?.date ?? null,
        alert: fever ? 'fever' : missed ? 'missed' : null,
      };
      const withTemperature = [...seen].reverse().find((c) => c.temperature !== undefined);
      details.push({
        ...item,
        name: maskValue('name', p.name),
        building: p.building,
        unit: p.unit,
        room: p.room,
        day: w.day,
        days: dayNumber(w.end!) - dayNumber(w.start!) + 1,
        checkedBy: p.checkedBy !== '' ? p.checkedBy : (last?.checkedBy ?? ''),
        checkedToday,
        lastTemperature: withTemperature?.temperature ?? null,
      });
    }
    r.missedToday = r.underWatch - r.checkedToday;
    r.byOrigin = [...origins]
      .map(([origin, count]) => ({ origin, count }))
      .sort((x, y) => y.count - x.count || (x.origin === '' ? 1 : y.origin === '' ? -1 : x.origin < y.origin ? -1 : 1));
    r.byCompound = [...compounds]
      .map(([k, underWatch]) => ({ compound: spellings.shown(k), underWatch }))
      .sort((x, y) => comparePlace(x.compound, y.compound));
    details.sort(byAlertThenPlace);
    // The result lists the watch with the detail's own fields only: no name, no room.
    r.watch = details.map(({ sheet, row, compound, category, start, end, lastCheck, alert }) => ({
      sheet,
      row,
      compound,
      category,
      start,
      end,
      lastCheck,
      alert,
    }));
    this.details = details;
    return r;
  }
}

const ALERT_RANK = { fever: 0, missed: 1 } as const;
const rank = (a: WatchAlert | null): number => (a === null ? 2 : ALERT_RANK[a]);

function byAlertThenPlace(a: WatchDetail, b: WatchDetail): number {
  return (
    rank(a.alert) - rank(b.alert) ||
    comparePlace(a.compound, b.compound) ||
    comparePlace(a.building, b.building) ||
    comparePlace(a.unit, b.unit) ||
    comparePlace(a.room, b.room) ||
    (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.row - b.row)
  );
}
