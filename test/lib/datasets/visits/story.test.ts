import { describe, expect, it } from 'vitest';
import { STORY, STORY_DAYS, visitLogRows } from '../../../../examples/visits.ts';
import { analyzeSheets, tallyWorkbook } from '../../../../lib/index.ts';
import type { Cell } from '../../../../lib/cells/result.ts';

// examples/visits.ts writes the seed story as a log: 719 households, 220 unreached after 29 Jan, all
// found by 1 Feb 23:00; dates and times in many forms, rows in no time order.
const rows = visitLogRows();
const tally = (asOf: string) => tallyWorkbook([{ name: '走访记录', values: rows }], { asOf });

const cumulative = STORY.newlyVerified.map((_, i) => STORY.newlyVerified.slice(0, i + 1).reduce((a, b) => a + b, 0));

describe('the seed story, told by its visit log', () => {
  it('is hundreds of attempts, in no time order', () => {
    expect(rows.length - 1).toBeGreaterThan(1000);
    const days = rows.slice(1).map((r) => String(r[0]));
    expect(days.slice(0, 20)).not.toEqual([...days.slice(0, 20)].sort());
  });

  it('gives the cumulative verified of every day exactly', () => {
    const r = tally('2020-02-01T23:00');
    expect(r.visits!.byDay.map((d) => [d.date, d.newlyVerified, d.verified, d.unreached])).toEqual(
      STORY_DAYS.map((date, i) => [date, STORY.newlyVerified[i], cumulative[i], 719 - cumulative[i]!]),
    );
    expect(r.visits).toMatchObject({ count: rows.length - 1, dwellings: 719, asOf: '2020-02-01T23:00' });
    expect(r.households).toMatchObject({ total: 719, verified: 719, unreached: 0, rate: 1 });
  });

  it('as of a time within a day counts only the attempts before it', () => {
    const noon = tally('2020-02-01T12:00');
    expect(noon.households.verified).toBe(cumulative[2]! + STORY.lastDay.morning);
    expect(noon.visits!.byDay.at(-1)).toMatchObject({
      date: '2020-02-01',
      newlyVerified: STORY.lastDay.morning,
      unreached: 40 - STORY.lastDay.morning,
    });
    // The last household was found at 22:50.
    expect(tally('2020-02-01T22:49').households.unreached).toBe(1);
    expect(tally('2020-02-01T22:50').households.unreached).toBe(0);
  });

  it('as of day one gives the 220 with their reasons, all in 金都小区, each to revisit at a meal time', () => {
    const a = analyzeSheets([{ name: '走访记录', values: rows }], { asOf: '2020-01-29' });
    const h = a.results.households;
    expect(h).toMatchObject({ total: 719, verified: 499, unreached: 220 });
    expect(h.byStatus).toMatchObject(STORY.unreachedAfterDayOne);
    expect(h.byCompound.filter((c) => c.unreached > 0).map((c) => [c.compound, c.unreached])).toEqual([['金都小区', 220]]);
    expect(new Set(a.tallies.households.sortedFollowUps().map((f) => f.next))).toEqual(new Set(['mealtime']));
  });

  it('suggests the story’s next steps: lit windows after two daytime knocks, relatives after three', () => {
    const next = (asOf: string) =>
      new Set(
        analyzeSheets([{ name: '走访记录', values: rows }], { asOf })
          .tallies.households.sortedFollowUps()
          .map((f) => f.next),
      );
    expect(next('2020-01-30')).toEqual(new Set(['evening-lights']));
    expect(next('2020-01-31')).toEqual(new Set(['ask-relatives']));
  });

  it('warns of each verified household knocked on again, and of nothing else on the day', () => {
    const r = tally('2020-02-01T23:00');
    expect(r.problems).toMatchObject({ errors: 0, warnings: STORY.knockedAgain, byCode: { rule: STORY.knockedAgain } });
  });

  it('gives the same counts with the log read whole in another order', () => {
    const reversed: Cell[][] = [rows[0]!, ...rows.slice(1).reverse()];
    const r = tallyWorkbook([{ name: '走访记录', values: reversed }], { asOf: '2020-02-01T23:00' });
    expect(r.visits).toEqual(tally('2020-02-01T23:00').visits);
  });
});
