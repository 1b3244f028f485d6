import { describe, expect, it } from 'vitest';
import { tallyWorkbook, type InputSheet } from '../../../lib/index.ts';
import { flatten } from '../../helpers/flatten.ts';

// A register as Chinese teams draw it: 小区 merged down the compound's rows, 楼号 down each building's,
// read the way getValues() gives it (the value in the top-left cell only) plus the merged areas.
const register: InputSheet = {
  name: '住户登记',
  values: [
    ['小区', '楼号', '门牌号', '核查状态'],
    ['金都小区', '1号楼', '101', '入户登记'],
    ['', '', '102', '电话登记'],
    ['', '2号楼', '201', '敲不开门'],
    ['', '', '202', '入户登记'],
    ['银杏苑', '3号楼', '101', '空置'],
    ['', '', '', ''],
  ],
  merges: [
    { top: 1, left: 0, bottom: 4, right: 0 }, // 金都小区 over four rows
    { top: 1, left: 1, bottom: 2, right: 1 },
    { top: 3, left: 1, bottom: 4, right: 1 },
    { top: 5, left: 0, bottom: 6, right: 0 }, // drawn one row past the last household
    { top: 5, left: 1, bottom: 6, right: 1 },
  ],
};

describe('vertically merged 小区/楼号 cells', () => {
  it('the rows under a merged 小区 or 楼号 got required errors and were not counted: now they take its value', () => {
    const r = tallyWorkbook([register], { asOf: '2020-02-03' });
    expect(r.problems.items.filter((p) => p.code === 'required')).toEqual([]);
    expect(r.households).toMatchObject({ total: 5, verified: 4, unreached: 1 });
    expect(r.households.byBuilding.map((b) => [b.compound, b.building, b.total])).toEqual([
      ['金都小区', '1', 2],
      ['金都小区', '2', 2],
      ['银杏苑', '3', 1],
    ]);
  });

  it('without the merged areas the same grid still reports the covered rows (what a reader without merges gives)', () => {
    const r = tallyWorkbook([{ name: register.name, values: register.values }], { asOf: '2020-02-03' });
    expect(
      flatten(
        r.problems.items.filter((p) => p.code === 'required'),
        ['row', 'column'],
      ),
    ).toEqual([
      [3, 'A'],
      [3, 'B'],
      [4, 'A'],
      [5, 'A'],
      [5, 'B'],
    ]);
  });

  it('a merged 金额 is one amount for the rows beside it, never copied onto each row', () => {
    const ledger: InputSheet = {
      name: '捐款',
      values: [
        ['日期', '捐赠人', '类别', '金额'],
        ['2020-02-01', '甲公司', '捐款', 1000],
        ['', '乙公司', '捐款', ''],
      ],
      merges: [
        { top: 1, left: 0, bottom: 2, right: 0 }, // the day: shared
        { top: 1, left: 3, bottom: 2, right: 3 }, // the amount: one donation's, not two
      ],
    };
    const r = tallyWorkbook([ledger], { asOf: '2020-02-03' });
    expect(r.donations.cash).toBe(1000);
    expect(r.donations.byDay.map((d) => [d.date, d.cash])).toEqual([['2020-02-01', 1000]]);
    expect(flatten(r.problems.items, ['row', 'column', 'code'])).toContainEqual([3, 'D', 'rule']);
  });

  it('a merge in the header or across columns fills nothing it should not', () => {
    const sheet: InputSheet = {
      name: '住户登记',
      values: [
        ['小区', '楼号', '门牌号'],
        ['金都小区', '', '101'],
        ['', '1号楼', '102'],
      ],
      // 小区 drawn over A2:B2: the building column keeps its own (blank) cell.
      merges: [
        { top: 1, left: 0, bottom: 1, right: 1 },
        { top: 0, left: 0, bottom: 0, right: 0 },
      ],
    };
    const r = tallyWorkbook([sheet], { asOf: '2020-02-03' });
    expect(
      flatten(
        r.problems.items.filter((p) => p.code === 'required'),
        ['row', 'column'],
      ),
    ).toEqual([
      [2, 'B'],
      [3, 'A'],
    ]);
  });
});
