import { dateTimeKey } from '../../cells/time-of-day.ts';
import type { ResolvedOptions } from '../../options.ts';
import { comparePlace, Spellings } from '../../tally/spelling.ts';
import type { FinishContext, Tally } from '../define.ts';
import { daySeries, type VisitDay } from './by-day.ts';
import type { VisitCode } from './dataset.ts';
import { byTime, historyOf, inScope, type Attempt, type DwellingHistory } from './history.ts';
import { dwellingKey, type VisitRecord } from './record.ts';

export type CompoundProgress = { compound: string; dwellings: number; byDay: VisitDay[] };

/** The result's `visits`. */
export type VisitResult = {
  /** Attempts up to the as-of moment. */
  count: number;
  /** Distinct dwellings the log names (any day). */
  dwellings: number;
  /** The as-of moment the counts are for ('YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'), when one was given. */
  asOf: string | undefined;
  byDay: VisitDay[];
  byCompound: CompoundProgress[];
};

type Letters = { readonly result: string; readonly room: string };

/**
 * Keeps every attempt while the sheets are read; when it finishes, orders each dwelling's attempts by
 * time and reads its history as of the as-of moment. Row order never matters: only the attempts' times
 * and contents do.
 */
export class VisitTally implements Tally<VisitRecord, VisitResult> {
  private readonly attempts: Attempt[] = [];
  private readonly letters = new Map<string, Letters>();
  private readonly byKey = new Map<string, DwellingHistory>();

  constructor(private readonly options: ResolvedOptions) {}

  add(record: VisitRecord, sheet: string): void {
    this.attempts.push({ record, sheet });
  }

  /** The columns of a log sheet that problems found across rows point at. */
  columns(sheet: string, letters: Letters): void {
    this.letters.set(sheet, letters);
  }

  letter(sheet: string, field: keyof Letters): string {
    return this.letters.get(sheet)?.[field] ?? '';
  }

  /** Each dwelling of the log with its history, by dwellingKey (record.ts), once finished. */
  histories(): ReadonlyMap<string, DwellingHistory> {
    return this.byKey;
  }

  finish(ctx: FinishContext<never, VisitCode>): VisitResult {
    const asOf = this.options.asOf;
    const groups = new Map<string, Attempt[]>();
    for (const a of this.attempts) {
      const key = dwellingKey(a.record);
      const list = groups.get(key);
      if (list) list.push(a);
      else groups.set(key, [a]);
    }
    const spellings = new Spellings();
    const compounds = new Map<string, { histories: DwellingHistory[]; attemptsByDay: Map<string, number> }>();
    const attemptsByDay = new Map<string, number>();
    let count = 0;
    for (const [key, list] of groups) {
      list.sort(byTime);
      const h = historyOf(list, asOf);
      this.byKey.set(key, h);
      const ck = h.place.compoundKey;
      let c = compounds.get(ck);
      if (!c) compounds.set(ck, (c = { histories: [], attemptsByDay: new Map() }));
      c.histories.push(h);
      for (const a of list) {
        spellings.add(ck, a.record.compound);
        if (!inScope(a.record, asOf)) continue;
        count++;
        const d = a.record.date;
        attemptsByDay.set(d, (attemptsByDay.get(d) ?? 0) + 1);
        c.attemptsByDay.set(d, (c.attemptsByDay.get(d) ?? 0) + 1);
      }
      for (const late of h.afterVerified) {
        const r = late.record;
        ctx.problems.add({
          sheet: late.sheet,
          row: r.row,
          code: 'rule',
          severity: 'warning',
          column: this.letter(late.sheet, 'result'),
          field: 'result',
          value: '',
          params: { rule: 'after-verified', verifiedOn: h.verifiedOn ?? '', logCell: cellRef(h.decisive, this, 'result') },
        });
      }
    }
    const lastDay = asOf?.day;
    const byCompound = [...compounds.entries()]
      .map(([k, c]) => ({
        compound: spellings.shown(k),
        dwellings: c.histories.length,
        byDay: daySeries(c.histories, c.attemptsByDay, lastDay),
      }))
      .sort((a, b) => comparePlace(a.compound, b.compound));
    return {
      count,
      dwellings: this.byKey.size,
      asOf: asOf === undefined ? undefined : asOf.minutes >= 1440 ? asOf.day : dateTimeKey(asOf.day, asOf.minutes),
      byDay: daySeries(this.byKey.values(), attemptsByDay, lastDay),
      byCompound,
    };
  }
}

/** 'sheet!H12' of a log attempt's field: what a problem on another sheet names. */
export function cellRef(at: { sheet: string; row: number } | undefined, log: VisitTally, field: 'result' | 'room'): string {
  return at === undefined ? '' : `${at.sheet}!${log.letter(at.sheet, field)}${at.row}`;
}
