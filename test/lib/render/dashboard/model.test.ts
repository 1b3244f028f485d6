import { describe, expect, it } from 'vitest';
import { exampleSheets } from '../../../../examples/workbook.ts';
import type { Cell } from '../../../../lib/cells/result.ts';
import { dashboardModel, type DashboardInput } from '../../../../lib/render/dashboard/model.ts';
import { tallyWorkbook } from '../../../../lib/result.ts';

const example = () => tallyWorkbook(exampleSheets(), { asOf: '2020-02-06', tzOffsetMinutes: 0 });

describe('dashboardModel', () => {
  it('takes the headline, coverage and donations of the example from the result', () => {
    const m = dashboardModel(example(), '2020-02-06', 'zh-Hans');
    expect(m.households).toEqual({ total: 719, verified: 551, unreached: 168, rate: 0.7663 });
    expect(m.donations).toEqual({ count: 59, cash: 1764262.28, goodsValue: 143590, total: 1907852.28 });
    expect(m.coverage.map((c) => [c.place, c.verified, c.total])).toEqual([
      ['东湖新村', 55, 72],
      ['纺织厂宿舍', 34, 44],
      ['金都小区', 384, 507],
      ['银杏苑', 78, 96],
    ]);
    expect(m.donationsByDay).toHaveLength(11);
    expect(m.donationsByDay.at(-1)).toEqual({ date: '2020-02-06', total: 14354.5, cumulative: 1907852.28 });
  });

  it('has no progress by day without a visit log; households and the people under watch to follow up', () => {
    const m = dashboardModel(example(), '2020-02-06', 'zh-Hans');
    expect(m.progress).toBeNull();
    expect(m.followUp).toEqual([
      {
        kind: 'fuHouseholds',
        count: 168,
        details: [
          { word: 'no_answer', count: 53 },
          { word: 'not_home', count: 33 },
          { word: 'uninhabited', count: 22 },
          { word: 'refused', count: 21 },
          { word: 'pending', count: 39 },
        ],
      },
      {
        // The example's watch register (examples/people.ts) as of the same day: 5 of 24 still to check.
        kind: 'fuPeople',
        count: 5,
        details: [
          { word: 'fever', count: 1 },
          { word: 'endingToday', count: 1 },
          { word: 'underWatch', count: 24 },
        ],
      },
    ]);
  });

  it('lists open problems by kind, errors first, with the severities they were seen with; notes are not open problems', () => {
    const m = dashboardModel(example(), '2020-02-06', 'zh-Hans');
    expect(m.problems).toEqual({
      // The rule warnings: 3 unvalued goods, and 2 health checks that match nobody or two people.
      errors: 2,
      warnings: 5,
      infos: 2,
      open: [
        { code: 'duplicate', severities: ['error'], count: 2 },
        { code: 'rule', severities: ['warning'], count: 5 },
      ],
    });
  });

  it('keeps exact counts of a kind when the listed items are capped', () => {
    const values: Cell[][] = [['小区', '楼号', '门牌号'], ...Array.from({ length: 30 }, () => ['金都', 1, '101'])];
    const r = tallyWorkbook([{ name: '住户', values }], { asOf: '2020-02-06', maxProblems: 3 });
    const open = dashboardModel(r, '2020-02-06', 'en').problems.open;
    expect(open).toEqual([{ code: 'duplicate', severities: ['error'], count: 29 }]);
  });

  it('maps the later registers (DESIGN.md’s result shapes) when the result carries them', () => {
    const input: DashboardInput = {
      ...example(),
      visits: {
        byDay: [
          { date: '2020-01-30', attempts: 719, newlyVerified: 499, verified: 499, unreached: 220 },
          { date: '2020-01-31', attempts: 240, newlyVerified: 120, verified: 619, unreached: 100 },
        ],
      },
      people: { underWatch: 40, endingToday: 3, missedToday: 5, fever: 0 },
      shops: { notCheckedToday: 7, late: 2, fever: 1 },
      duty: { missingToday: 1, late: 0, issues: 2 },
    };
    const m = dashboardModel(input, '2020-02-06', 'zh-Hans');
    expect(m.progress).toEqual(input.visits!.byDay);
    expect(m.followUp.map((f) => [f.kind, f.count, f.details.map((d) => `${d.word} ${d.count}`)])).toEqual([
      ['fuHouseholds', 168, ['no_answer 53', 'not_home 33', 'uninhabited 22', 'refused 21', 'pending 39']],
      ['fuPeople', 5, ['endingToday 3', 'underWatch 40']],
      ['fuShops', 7, ['fever 1', 'late 2']],
      ['fuCompounds', 1, ['issues 2']],
    ]);
  });

  it('masks a phone or ID number typed into a compound name, and leaves undated donations off the time axis', () => {
    const r = tallyWorkbook(
      [
        {
          name: '住户',
          values: [
            ['小区', '楼号', '门牌号', '核查状态'],
            ['金都小区 王强13812345678', 1, '101', '入户登记'],
            ['银杏苑110105194912310021', 1, '101', ''],
          ],
        },
        {
          name: '捐赠',
          values: [
            ['日期', '捐赠人', '类别', '金额'],
            ['2020-02-01', '甲', '捐款', 100],
            ['', '乙', '捐款', 50],
          ],
        },
      ],
      { asOf: '2020-02-06' },
    );
    const m = dashboardModel(r, '2020-02-06', 'zh-Hans');
    expect(m.coverage.map((c) => c.place)).toEqual(['金都小区 王强138****5678', '银杏苑110105********0021']);
    expect(m.donations.total).toBe(150);
    expect(m.donationsByDay.map((d) => d.date)).toEqual(['2020-02-01']);
  });
});
