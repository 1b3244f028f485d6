import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeSheets, tallyWorkbook } from '../../../../lib/index.ts';
import type { Cell } from '../../../../lib/cells/result.ts';
import { flatten } from '../../../helpers/flatten.ts';

const HEADER = ['日期', '时间', '小区', '楼号', '门牌号', '走访结果'];
const at = (date: string, time: Cell, room: string, result: string): Cell[] => [date, time, '金都小区', 12, room, result];
const sheet = (rows: Cell[][]) => [{ name: '走访记录', values: [HEADER, ...rows] }];

/** Each dwelling of the log as the household tally sees it: room → [status, attempts, last visit]. */
function dwellings(rows: Cell[][], asOf?: string) {
  const a = analyzeSheets(sheet(rows), asOf === undefined ? {} : { asOf });
  const out: Record<string, [string, number, string | undefined]> = {};
  for (const h of a.tallies.visits.histories().values()) out[h.place.room] = [h.status, h.attempts, h.lastVisit];
  return out;
}

describe('a dwelling as of the as-of moment: the latest result, the attempts, the last visit', () => {
  const rows = [
    at('2020-01-30', '19:40', '301', '入户登记'),
    at('2020-01-29', '10:00', '301', '敲不开门'),
    at('2020-01-30', '12:10', '301', '不在家'),
    at('2020-01-29', '10:05', '302', '敲不开门'),
    at('2020-01-30', '', '302', '疑似空置'),
  ];

  it('orders attempts by time, whatever their rows', () => {
    expect(dwellings(rows)).toEqual({ 301: ['visited', 3, '2020-01-30'], 302: ['uninhabited', 2, '2020-01-30'] });
  });

  it('as of a day counts only that day and before', () => {
    expect(dwellings(rows, '2020-01-29')).toEqual({ 301: ['no_answer', 1, '2020-01-29'], 302: ['no_answer', 1, '2020-01-29'] });
  });

  it('as of a time counts only the attempts by then; one with no time written counts on its day (it is logged, so it happened)', () => {
    expect(dwellings(rows, '2020-01-30T19:00')).toEqual({ 301: ['not_home', 2, '2020-01-30'], 302: ['uninhabited', 2, '2020-01-30'] });
    expect(dwellings(rows, '2020-01-30T19:40')).toEqual({ 301: ['visited', 3, '2020-01-30'], 302: ['uninhabited', 2, '2020-01-30'] });
    expect(dwellings(rows, '2020-01-30T08:00')).toEqual({ 301: ['no_answer', 1, '2020-01-29'], 302: ['uninhabited', 2, '2020-01-30'] });
    // A later timed attempt of that day does not hide an untimed one.
    const both = [...rows, at('2020-01-30', '12:00', '302', '不在家')];
    expect(dwellings(both, '2020-01-30T08:00')['302']).toEqual(['uninhabited', 2, '2020-01-30']);
  });
});

describe('a verified dwelling stays verified', () => {
  it('a later "no answer" is a warning naming the visit that verified it, not a downgrade', () => {
    const r = tallyWorkbook(sheet([at('2020-01-29', '10:00', '301', '电话登记'), at('2020-01-30', '15:00', '301', '敲不开门')]));
    expect(r.households).toMatchObject({ total: 1, verified: 1, byStatus: { phoned: 1, no_answer: 0 } });
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'severity'])).toEqual([[3, 'F', 'rule', 'warning']]);
    expect(r.problems.items[0]!.message).toContain('已于 2020-01-29 核实（走访记录!F2）');
  });

  it('of two results at one moment, the verified one stands, in either row order', () => {
    const a = [at('2020-01-29', '10:00', '301', '敲不开门'), at('2020-01-29', '10:00', '301', '入户登记')];
    expect(dwellings(a)).toEqual(dwellings([a[1]!, a[0]!]));
    expect(dwellings(a)['301']![0]).toBe('visited');
  });
});

describe('the next step uses the history', () => {
  const next = (rows: Cell[][]) =>
    analyzeSheets(sheet(rows))
      .tallies.households.sortedFollowUps()
      .map((f) => f.next);

  it('once in daytime → a meal time; twice in daytime → lit windows in the evening; tried in the evening → the neighbours', () => {
    expect(next([at('2020-01-29', '10:00', '301', '敲不开门')])).toEqual(['mealtime']);
    expect(next([at('2020-01-29', '10:00', '301', '敲不开门'), at('2020-01-30', '12:00', '301', '敲不开门')])).toEqual(['evening-lights']);
    expect(next([at('2020-01-29', '10:00', '301', '敲不开门'), at('2020-01-29', '19:30', '301', '敲不开门')])).toEqual(['ask-neighbours']);
  });

  it('after three attempts with no phone in sight → relatives for a number; a refusal → a community officer', () => {
    const three = ['10:00', '12:00', '20:00'].map((t, i) => at(`2020-01-2${7 + i}`, t, '301', '敲不开门'));
    expect(next(three)).toEqual(['ask-relatives']);
    expect(next([at('2020-01-29', '10:00', '301', '拒绝登记')])).toEqual(['escalate']);
  });
});

describe('row order never changes a dwelling (property)', () => {
  const RESULTS = ['入户登记', '电话登记', '空置', '敲不开门', '不在家', '疑似空置', '拒绝登记'];
  const attempt = fc
    .tuple(
      fc.constantFrom('2020-01-29', '2020-01-30', '2020-01-31'),
      fc.constantFrom<Cell>('9:00', '12:00', '12:00', '19:30', '', 0.5),
      fc.constantFrom('301', '302', '303'),
      fc.constantFrom(...RESULTS),
    )
    .map(([d, t, room, res]) => at(d, t, room, res));
  const asOf = fc.constantFrom(undefined, '2020-01-30', '2020-01-30T12:00', '2020-01-31T23:00');

  it('status, attempts, last visit, byDay and the problems are the same in any order', () => {
    fc.assert(
      fc.property(fc.array(attempt, { minLength: 1, maxLength: 14 }), fc.nat(), asOf, (rows, seed, when) => {
        const shuffled = [...rows];
        let s = seed;
        for (let i = shuffled.length - 1; i > 0; i--) {
          s = (s * 1103515245 + 12345) >>> 0;
          const j = s % (i + 1);
          [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
        }
        const o = when === undefined ? {} : { asOf: when };
        expect(dwellings(shuffled, when)).toEqual(dwellings(rows, when));
        const a = tallyWorkbook(sheet(rows), o);
        const b = tallyWorkbook(sheet(shuffled), o);
        expect(b.visits).toEqual(a.visits);
        expect(b.households).toEqual(a.households);
        expect(b.problems.byCode).toEqual(a.problems.byCode);
      }),
      { numRuns: 300 },
    );
  });
});
