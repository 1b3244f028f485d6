import { groupKey } from '../../cells/keys.ts';
import { KeyedIndex } from '../../checks/duplicates.ts';
import type { ResolvedOptions } from '../../options.ts';
import { comparePlace } from '../../places/order.ts';
import { Spellings } from '../../tally/spelling.ts';
import { addDays } from '../../cells/date.ts';
import { reportedBy, todayOf } from '../daily-rows.ts';
import type { FinishContext, Tally } from '../define.ts';
import { households } from '../households/dataset.ts';
import { isLate } from '../shops/record.ts';
import type { DutyCode } from './dataset.ts';
import { compoundDayKey, type DutyRecord } from './record.ts';

export type DutyResult = {
  compounds: number;
  reportedToday: number;
  missingToday: number;
  /** Compounds whose report today came after the cut-off. */
  late: number;
  /** Issues raised today (封闭管理 not normal, 发现问题). */
  issues: number;
  missing: string[];
  /** Days each compound reported, up to the tally's day, and the last of them (null: never). */
  byCompound: { compound: string; days: number; lastReport: string | null }[];
};

/** A compound on one day of 台账汇总: reported on time, late, without a time, missing, or still due (today, before the cut-off). */
export type DutyMark = 'on-time' | 'late' | 'untimed' | 'missing' | 'due';

export type DutyGrid = { days: string[]; rows: { compound: string; marks: DutyMark[]; issues: number[] }[] };

/** An issue a compound raised, with where it is written. */
export type DutyIssue = { date: string; compound: string; text: string; sheet: string; row: number };

type Entry = { record: DutyRecord; sheet: string };

/**
 * Duty logs wait in `days` (one a compound a day; the later report counts) and are tallied when the
 * tally finishes, as of the as-of moment. The compounds are those the log names and, when the
 * workbook holds a household register, its compounds too: a compound nobody logged is missing.
 */
export class DutyTallier implements Tally<DutyRecord, DutyResult> {
  readonly days = new KeyedIndex<DutyRecord>(compoundDayKey);
  private readonly extra: Entry[] = [];
  private readonly names = new Spellings();
  private readonly compoundKeys = new Set<string>();
  private readonly byDay = new Map<string, Map<string, Entry>>();
  private today = '';

  constructor(private readonly options: ResolvedOptions) {}

  add(record: DutyRecord, sheet: string): void {
    this.extra.push({ record, sheet });
  }

  finish(ctx: FinishContext<typeof households, DutyCode>): DutyResult {
    const all: Entry[] = [...this.extra];
    this.days.forEach((record, sheet) => all.push({ record, sheet }));
    this.today = todayOf(
      this.options,
      all.map((e) => e.record.date),
    );
    for (const e of all) {
      const r = e.record;
      if (!reportedBy(r, this.options, this.today)) continue;
      this.names.add(r.compoundKey, r.compound);
      this.compoundKeys.add(r.compoundKey);
      let day = this.byDay.get(r.date);
      if (!day) this.byDay.set(r.date, (day = new Map()));
      day.set(r.compoundKey, e);
    }
    if (all.length > 0 && ctx.holds(households)) {
      for (const c of ctx.result(households).byCompound) {
        const key = groupKey(c.compound);
        this.compoundKeys.add(key);
        this.names.add(key, c.compound, 0);
      }
    }
    return this.result();
  }

  private sortedKeys(): string[] {
    return [...this.compoundKeys].sort((a, b) => comparePlace(this.names.shown(a), this.names.shown(b)));
  }

  private result(): DutyResult {
    const today = this.byDay.get(this.today) ?? new Map<string, Entry>();
    let late = 0;
    let issues = 0;
    for (const { record } of today.values()) {
      if (isLate(record, this.options.cutoff)) late++;
      issues += record.issues.length;
    }
    const keys = this.sortedKeys();
    const missing = keys.filter((k) => !today.has(k)).map((k) => this.names.shown(k));
    const byCompound = keys.map((k) => {
      let days = 0;
      let lastReport: string | null = null;
      for (const [date, logs] of this.byDay) {
        if (!logs.has(k)) continue;
        days++;
        if (lastReport === null || date > lastReport) lastReport = date;
      }
      return { compound: this.names.shown(k), days, lastReport };
    });
    return { compounds: keys.length, reportedToday: today.size, missingToday: missing.length, late, issues, missing, byCompound };
  }

  /** The day of the tally ('' when nothing was logged). */
  get date(): string {
    return this.today;
  }

  /** Compounds × days from the first day logged to the tally's day: each day's mark and issues raised. */
  grid(): DutyGrid {
    const logged = [...this.byDay.keys()].sort();
    const days: string[] = [];
    if (logged.length > 0) for (let d = logged[0]!; d !== '' && d <= this.today; d = addDays(d, 1)) days.push(d);
    const rows = this.sortedKeys().map((k) => {
      const marks: DutyMark[] = [];
      const issues: number[] = [];
      for (const d of days) {
        const r = this.byDay.get(d)?.get(k)?.record;
        marks.push(
          !r
            ? d === this.today && this.beforeCutoff()
              ? 'due'
              : 'missing'
            : r.reportedAt === undefined
              ? 'untimed'
              : isLate(r, this.options.cutoff)
                ? 'late'
                : 'on-time',
        );
        issues.push(r ? r.issues.length : 0);
      }
      return { compound: this.names.shown(k), marks, issues };
    });
    return { days, rows };
  }

  /** Whether the tally is of a moment on its day at or before the cut-off: a log not in yet is due, not missing. */
  private beforeCutoff(): boolean {
    const asOf = this.options.asOf;
    return asOf !== undefined && asOf.day === this.today && asOf.minutes <= this.options.cutoff;
  }

  /** Every issue raised up to the tally's day, the latest day first. */
  issueList(): DutyIssue[] {
    const out: DutyIssue[] = [];
    for (const [date, logs] of this.byDay) {
      for (const { record, sheet } of logs.values()) {
        for (const text of record.issues) out.push({ date, compound: this.names.shown(record.compoundKey), text, sheet, row: record.row });
      }
    }
    return out.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0) || comparePlace(a.compound, b.compound) || a.row - b.row);
  }
}
