import { describe, expect, it } from 'vitest';
import { addDays } from '../../../../lib/cells/date.ts';
import { analyzeSheets, dailyReport, renderDashboard, renderSheets, type Cell } from '../../../../lib/index.ts';
import { containsPersonalNumber } from '../../../../lib/privacy/mask.ts';
import { toResult } from '../../../../lib/result.ts';
import { householdRows } from '../../../../examples/households.ts';
import { peopleExample, type PersonTruth } from '../../../../examples/people.ts';

// The generated watch (examples/people.ts): 64 people of all four kinds over the household example's
// compounds, arrivals before, during and after the watch, checks from 3 Feb with gaps and fevers, all
// written in the messy ways. The counts are worked out here from what the generator meant, by hand.

const DAYS = ['2020-02-03', '2020-02-06', '2020-02-10', '2020-02-14'];

function expected(truth: readonly PersonTruth[], asOf: string) {
  const under = truth.filter((t) => !t.releasedByMeasure && t.start !== undefined && t.start <= asOf && asOf <= t.end!);
  const checkedToday = under.filter((t) => t.checked.has(asOf)).length;
  return {
    total: truth.length,
    underWatch: under.length,
    released: truth.filter((t) => t.releasedByMeasure || (t.end !== undefined && t.end < asOf)).length,
    notStarted: truth.filter((t) => !t.releasedByMeasure && (t.start === undefined || t.start > asOf)).length,
    endingToday: under.filter((t) => t.end === asOf).length,
    checkedToday,
    missedToday: under.length - checkedToday,
    fever: under.filter((t) => [...t.feverDays].some((d) => d <= asOf)).length,
    missedTwice: under.filter(
      (t) =>
        !t.checked.has(asOf) &&
        t.start! <= addDays(asOf, -2) &&
        !t.checked.has(addDays(asOf, -1)) &&
        !t.checked.has(addDays(asOf, -2)) &&
        ![...t.feverDays].some((d) => d <= asOf),
    ).length,
  };
}

describe.each(DAYS)('the generated watch as of %s', (asOf) => {
  const e = peopleExample(2020, asOf);
  const sheets = [
    { name: '住户登记', values: householdRows(2020, 3) },
    { name: '重点人员登记', values: e.people },
    { name: '健康监测', values: e.checks },
  ];
  const a = analyzeSheets(sheets, { asOf });
  const r = toResult(a);
  const want = expected(e.truth, asOf);

  it('counts exactly what the generator meant', () => {
    const { missedTwice, ...counts } = want;
    expect(r.people).toMatchObject(counts);
    expect(r.people!.watch.filter((w) => w.alert === 'missed')).toHaveLength(missedTwice);
    const byCategory = { returnee: 0, incoming: 0, close_contact: 0, key_person: 0 };
    for (const t of e.truth) byCategory[t.category]++;
    expect(r.people!.byCategory).toEqual(byCategory);
  });

  it('warns only about the checks it cannot match, naming their rows', () => {
    const people = r.problems.items.filter((p) => p.sheet !== '住户登记');
    expect(people.map((p) => [p.sheet, p.row, p.code])).toEqual(e.unmatchedRows.map((row) => ['健康监测', row, 'rule']));
  });

  it('writes no ID number or phone into any generated sheet or the daily report', () => {
    const out = renderSheets({
      result: r,
      followUps: a.tallies.households.sortedFollowUps(),
      donations: [],
      date: asOf,
      locale: 'zh-Hans',
      watch: a.tallies.people.watchDetails(),
    });
    const texts = [
      ...out.flatMap((s) => s.values.flat().map((c: Cell) => String(c ?? ''))),
      ...dailyReport(r, asOf, 'zh-Hans'),
      JSON.stringify(r.people),
      renderDashboard(r, asOf, 'zh-Hans'),
    ];
    expect(texts.filter(containsPersonalNumber)).toEqual([]);
    const secrets = e.people
      .slice(1)
      .flatMap((row) => [String(row[2]), String(row[3]).replace(/ /g, '')])
      .filter((s) => s.length > 6);
    expect(secrets.length).toBeGreaterThan(40);
    const all = texts.join('\n').replace(/ /g, '');
    expect(secrets.filter((s) => all.includes(s))).toEqual([]);
    // Names only masked: no full name of the register is in the watch sheets, the report or the dashboard.
    const names = new Set(e.people.slice(1).map((row) => String(row[0])));
    const watchSheets = out.filter((s) => s.name === '汇总-重点人员' || s.name === '今日随访').flatMap((s) => s.values.flat().map(String));
    expect(watchSheets.filter((c) => names.has(c))).toEqual([]);
    const shown = [...dailyReport(r, asOf, 'zh-Hans'), renderDashboard(r, asOf, 'zh-Hans')].join('\n');
    expect([...names].filter((n) => shown.includes(n))).toEqual([]);
  });
});
