import type { Tally } from '../define.ts';
import type { CheckRecord } from './record.ts';

export type ChecksDay = { date: string; checks: number; fever: number };

/** The result's `checks`: how many checks were read, and per day how many and how many found a fever. */
export type ChecksResult = { count: number; fever: number; byDay: ChecksDay[] };

/**
 * Keeps every check for the watch register to match (people `uses` checks and reads `records` when it
 * finishes); its own result is counts only: a check names a person, the result never does.
 */
export class CheckTally implements Tally<CheckRecord, ChecksResult> {
  readonly records: CheckRecord[] = [];

  add(c: CheckRecord): void {
    this.records.push(c);
  }

  finish(): ChecksResult {
    const days = new Map<string, ChecksDay>();
    let fever = 0;
    for (const c of this.records) {
      let d = days.get(c.date);
      if (!d) days.set(c.date, (d = { date: c.date, checks: 0, fever: 0 }));
      d.checks++;
      if (c.fever) {
        d.fever++;
        fever++;
      }
    }
    return {
      count: this.records.length,
      fever,
      byDay: [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)),
    };
  }
}
