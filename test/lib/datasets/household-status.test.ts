import { describe, expect, it } from 'vitest';
import { analyzeSheets, dailyReport, tallyWorkbook, templateSheets } from '../../../lib/index.ts';
import { followUpSheet, householdsSheet } from '../../../lib/render/households.ts';
import { flatten } from '../../helpers/flatten.ts';

const HEADER = ['工作组', '小区', '楼号', '门牌号', '核查状态'];
const register = (statuses: readonly string[]) => [HEADER, ...statuses.map((s, i) => ['第一组', '金都小区', '12号楼', String(301 + i), s])];

describe('status words in a register: the rate is never raised by a guess', () => {
  it('does not count 入户等记 as verified without a word: a warning on its cell reads it as 入户登记 (issue 13)', () => {
    const r = tallyWorkbook([{ name: '住户登记', values: register(['入户登记', '入户等记']) }]);
    expect(r.households).toMatchObject({ total: 2, verified: 1, rate: 0.5 });
    expect(r.households.byStatus).toMatchObject({ visited: 1, pending: 1 });
    expect(flatten(r.problems.items, ['row', 'column', 'field', 'code', 'severity', 'value'])).toEqual([
      [3, 'E', 'status', 'status-guess', 'warning', '入户等记'],
    ]);
    expect(r.problems.items[0]!.message).toContain('是否应为“入户登记”');
    expect(r.problems.items[0]!.message).toContain('不计入登记率');
  });

  it('reads the words of issue 21 as they were meant', () => {
    const r = tallyWorkbook([
      { name: '住户登记', values: register(['电话关机', '入护登记', '电化登记', '空置(已核实)', '电话已登记', '已登记（电话）']) },
    ]);
    expect(r.households.byStatus).toMatchObject({ no_answer: 1, pending: 2, vacant: 1, phoned: 2, visited: 0 });
    expect(r.households.verified).toBe(3);
    expect(flatten(r.problems.items, ['row', 'code'])).toEqual([
      [3, 'status-guess'],
      [4, 'status-guess'],
    ]);
  });

  it('reads the common words that were unknown without an error, none of them verified', () => {
    const words = [
      '无人',
      '出租',
      '已搬走',
      '在外地',
      '拒访',
      '未联系上',
      '联系不上',
      '空号',
      '未入户',
      '没人开门',
      '敲门不应',
      '邻居说没人住',
    ];
    const r = tallyWorkbook([{ name: '住户登记', values: register(words) }]);
    expect(r.households.verified).toBe(0);
    expect(r.problems.errors).toBe(0);
    expect(r.households.byStatus).toMatchObject({ no_answer: 6, pending: 2, uninhabited: 2, not_home: 1, refused: 1 });
  });

  it('lists a guessed dwelling among those to follow up, as not yet verified', () => {
    const a = analyzeSheets([{ name: '住户登记', values: register(['入户等记']) }]);
    const follow = followUpSheet(a.tallies.households.sortedFollowUps(), 'zh-Hans');
    expect(follow.values.slice(1).map((row) => [row[4], row[5]])).toEqual([['301', '待核查']]);
  });
});

describe('a tick, 完成 or 已核查: verified, the way not given', () => {
  const r = tallyWorkbook([{ name: '住户登记', values: register(['✓', '已核查', '入户登记', '敲不开门']) }], { asOf: '2020-02-03' });

  it('counts in the rate under its own status, with an info asking for the way', () => {
    expect(r.households).toMatchObject({ total: 4, verified: 3, rate: 0.75 });
    expect(r.households.byStatus).toMatchObject({ verified_way_unknown: 2, visited: 1, no_answer: 1 });
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'severity'])).toEqual([
      [2, 'E', 'rule', 'info'],
      [3, 'E', 'rule', 'info'],
    ]);
    expect(r.problems.items[0]!.message).toContain('没写方式');
  });

  it('shows its own label in the summary sheet and the daily report, in every locale', () => {
    for (const [locale, label] of [
      ['zh-Hans', '已核实（方式未填）'],
      ['zh-Hant', '已核實（方式未填）'],
      ['en', 'Verified (way not given)'],
    ] as const) {
      const t = tallyWorkbook([{ name: '住户登记', values: register(['✓', '入户登记']) }], { locale });
      const summary = householdsSheet(t.households, locale);
      const header = summary.values[0]!;
      const col = header.indexOf(label);
      expect(col, locale).toBeGreaterThan(0);
      expect(summary.values.at(-1)![col]).toBe(1);
      expect(dailyReport(t, '2020-02-03', locale).join('\n')).toContain(`${label} 1`);
    }
  });

  it('is not offered in the template drop-down: a volunteer picks a way', () => {
    const choices = Object.values(templateSheets('zh-Hans')[0]!.choices)[0]!;
    expect(choices).toContain('入户登记');
    expect(choices).not.toContain('已核实（方式未填）');
  });
});
