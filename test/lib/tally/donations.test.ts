import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../../lib/cells/money.ts';
import type { Cell } from '../../../lib/cells/result.ts';
import { donationRecord } from '../../../lib/datasets/donations/schema.ts';
import { analyzeSheets, tallyWorkbook } from '../../../lib/index.ts';
import { donationRows } from '../../../examples/donations.ts';
import { flatten } from '../../helpers/flatten.ts';

const HEADER = ['日期', '捐赠人', '捐赠人类型', '界别', '类别', '金额', '物资名称', '数量', '单位', '折价', '收据编号', '公示', '流向'];
const cash = (date: string, donor: string, type: string, amount: Cell, receipt = ''): Cell[] => [
  date,
  donor,
  type,
  '',
  '捐款',
  amount,
  '',
  '',
  '',
  '',
  receipt,
  '',
  '',
];

// Every written form of an amount, then 300 dimes and 20-fen coins: float addition drifts on these.
const FORMS: [Cell, number][] = [
  ['20万元', 20000000],
  ['30万', 30000000],
  ['1.5萬', 1500000],
  ['伍拾万元整', 50000000],
  ['￥５０００', 500000],
  ['¥1,200.50', 120050],
  ['226,000', 22600000],
  ['5000元', 500000],
];
const mixed = (): Cell[][] => {
  const rows: Cell[][] = [HEADER];
  FORMS.forEach(([a], i) => rows.push(cash(`2020-02-0${1 + (i % 3)}`, `委员${i}`, '政协委员', a)));
  for (let i = 0; i < 150; i++) rows.push(cash('2020-02-02', `居民${i}`, '个人', 0.1));
  for (let i = 0; i < 150; i++) rows.push(cash('2020-02-03', `职工${i}`, i % 2 ? '单位' : '个人', 0.2));
  return rows;
};

describe('exact totals', () => {
  const rows = mixed();
  const r = tallyWorkbook([{ name: '捐款', values: rows }], { asOf: '2020-02-03' });
  const exact = FORMS.reduce((s, [, c]) => s + c, 0) + 150 * 10 + 150 * 20;

  it('adds every amount form in cents, where float addition drifts', () => {
    expect(Math.round(r.donations.cash * 100)).toBe(exact);
    expect(r.donations.cash).toBe(exact / 100);
    let float = 0;
    for (const row of rows.slice(1)) float += (parseMoney(row[5]) as { value: number }).value / 100;
    expect(float).not.toBe(exact / 100);
    expect(r.problems.items).toEqual([]);
  });

  it('runs the by-day total up to the grand total', () => {
    expect(r.donations.byDay.map((d) => d.date)).toEqual(['2020-02-01', '2020-02-02', '2020-02-03']);
    expect(r.donations.byDay.at(-1)!.cumulative).toBe(r.donations.total);
    const days = r.donations.byDay.reduce((s, d) => s + Math.round(d.total * 100), 0);
    expect(days).toBe(exact);
  });

  it('splits the total by donor type without losing a cent', () => {
    const byType = r.donations.byDonorType.map((t) => [t.donorType, t.count]);
    expect(byType).toEqual([
      ['政协委员', 8],
      ['个人', 225],
      ['单位', 75],
    ]);
    expect(r.donations.byDonorType.reduce((s, t) => s + Math.round(t.total * 100), 0)).toBe(exact);
    expect(r.donations.byDonorType.reduce((s, t) => s + t.count, 0)).toBe(r.donations.count);
  });
});

describe('donation rules', () => {
  const rows: Cell[][] = [
    HEADER,
    ['2020-02-01', '王建国', '政协委员', '经济界', '捐款', '', '', '', '', '', 'R1', '是', ''],
    ['2020-02-01', '李秀英', '政协委员', '医药卫生界', '捐款', 0, '', '', '', '', 'R2', '是', ''],
    ['2020-02-01', '某公司', '企业', '', '捐物', '', '', 10, '箱', 500, 'R3', '是', '防控点'],
    ['2020-02-01', '某超市', '企业', '', '捐物', '', '方便面', '', '', 800, 'R4', '是', '防控点'],
    ['2020-02-02', '张伟', '个人', '', '捐物', '', '蔬菜', '500公斤', '', '', 'R5', '是', '防控点'],
    ['2020-02-09', '刘洋', '个人', '', '捐款', 100, '', '', '', '', 'R6', '是', ''],
    ['2020-02-02', '陈静', '个人', '', '捐款', 100, '', '', '', '', 'R7', '否', ''],
    ['2020-02-02', '杨帆', '个人', '', '捐款', 100, '', '', '', '', 'R7', '是', ''],
    ['2020-02-02', '匿名', '个人', '', '捐款', 50, '', '', '', '', '', '', ''],
    ['2020-02-02', '匿名人士', '个人', '', '捐款', 50, '', '', '', '', '', '', ''],
    ['2020-02-02', '赵敏', '个人', '', '捐款', 50, '', '', '', '', '', '匿名', ''],
    ['2020-02-02', '赵敏', '个人', '', '捐款', 50, '', '', '', '', '', '', ''],
    ['2020-02-03', '', '个人', '', '捐款', 20, '', '', '', '', '', '', ''],
    ['2020-02-03', '孙丽', '个人', '', '捐款', 30, '', '', '', '', 'R9', '否', ''],
  ];
  const a = analyzeSheets([{ name: '捐赠', values: rows }], { asOf: '2020-02-05' });
  const r = tallyWorkbook([{ name: '捐赠', values: rows }], { asOf: '2020-02-05' });

  it('reports each broken rule at its cell', () => {
    expect(flatten(r.problems.items, ['row', 'column', 'field', 'code', 'severity'])).toEqual([
      [2, 'F', 'amount', 'rule', 'error'], // cash without an amount
      [3, 'F', 'amount', 'range', 'error'], // cash of 0
      [4, 'G', 'item', 'rule', 'error'], // goods without an item
      [5, 'H', 'quantity', 'rule', 'error'], // goods without a quantity
      [6, 'J', 'value', 'rule', 'warning'], // goods without a value: listed apart
      [7, 'A', 'date', 'rule', 'warning'], // after the as-of date
      [9, 'K', 'receipt', 'duplicate', 'error'],
      [14, 'B', 'donor', 'required', 'error'],
    ]);
    const dup = r.problems.items.find((p) => p.code === 'duplicate')!;
    expect(dup.message).toContain('第9行');
    expect(dup.message).toContain('第8行');
    expect(dup.message).toContain('收据编号');
  });

  it('counts a repeated receipt once, withheld rows in the totals, unvalued goods apart', () => {
    // R7 twice: one row counts, chosen by content (杨帆), never by position.
    expect(r.donations).toMatchObject({ count: 13, cash: 450, goodsValue: 1300, total: 1750, unvaluedGoods: 1, withheld: 1 });
    expect(r.donations.unvalued.map((u) => [u.row, u.item, u.quantity, u.unit])).toEqual([[6, '蔬菜', 500, '公斤']]);
    expect(a.tallies.donations.publicList().some((e) => e.record.donor === '陈静')).toBe(false);
  });

  it('never merges anonymous or unnamed donors into one donor', () => {
    // Named: 王建国 李秀英 某公司 某超市 张伟 刘洋 杨帆 赵敏 孙丽 = 9; anonymous rows 3 and the unnamed row 1.
    expect(r.donations).toMatchObject({ donors: 13, anonymous: 3 });
  });

  it('produces only records the zod schema accepts', () => {
    for (const { record } of a.tallies.donations.records()) expect(donationRecord.parse(record)).toEqual(record);
  });
});

describe('goods by item and unit', () => {
  it('adds quantities exactly and keeps units apart', () => {
    const rows: Cell[][] = [
      HEADER,
      ['2020-02-01', '甲', '', '', '捐物', '', 'N95口罩', 2000, '只', '3万', '', '', '医院'],
      ['2020-02-01', '乙', '', '', '捐物', '', 'N95口罩', '1000只', '', 15000, '', '', '医院'],
      ['2020-02-01', '丙', '', '', '捐物', '', '大米', 0.1, '吨', 400, '', '', ''],
      ['2020-02-02', '丁', '', '', '捐物', '', '大米', 0.2, '吨', 800, '', '', ''],
      ['2020-02-02', '戊', '', '', '捐物', '', 'N95口罩', 10, '箱', '', '', '', ''],
    ];
    const r = tallyWorkbook([{ name: 's', values: rows }]);
    expect(r.donations.byItem.map((i) => [i.item, i.unit, i.quantity, i.value, i.count, i.unvalued])).toEqual([
      ['N95口罩', '只', 3000, 45000, 2, 0],
      ['大米', '吨', 0.3, 1200, 2, 0],
      ['N95口罩', '箱', 10, 0, 1, 1],
    ]);
    expect(r.donations.byDestination.map((d) => [d.destination, d.count, d.total])).toEqual([
      ['医院', 2, 45000],
      ['', 3, 1200],
    ]);
  });
});

describe('the example ledger', () => {
  it('holds about 1.9 million yuan from committee members, companies, offices and residents', () => {
    const r = tallyWorkbook([{ name: '捐款捐物', values: donationRows() }], { asOf: '2020-02-06' });
    expect(r.donations).toMatchObject({
      count: 59,
      cash: 1764262.28,
      goodsValue: 143590,
      total: 1907852.28,
      unvaluedGoods: 3,
      anonymous: 1,
      withheld: 1,
    });
    expect(r.donations.byDonorType.map((t) => t.donorType)).toEqual(['政协委员', '企业', '单位', '个人']);
    expect(r.problems.byCode).toEqual({ rule: 3, duplicate: 1 });
  });
});

describe('incomplete donation rows', () => {
  it('reports a row with a receipt number but no donor or item instead of skipping it as blank', () => {
    const values: Cell[][] = [
      ['日期', '捐赠人', '类别', '金额', '物资名称', '数量', '折价', '收据编号'],
      ['2020-02-01', '张三', '捐款', '5000', '', '', '', 'A1'],
      ['2020-02-01', '', '捐物', '', '', '', '', 'A2'],
      ['2020-02-01', '', '', '', '', '', '', ''],
    ];
    const r = tallyWorkbook([{ name: 'ledger', values }], { asOf: '2020-02-03' });
    expect(
      flatten(
        r.problems.items.filter((p) => p.row === 3),
        ['column', 'code'],
      ),
    ).toEqual([
      ['B', 'required'],
      ['E', 'rule'],
      ['F', 'rule'],
      ['G', 'rule'],
    ]);
    expect(r.problems.byCode['blank-row']).toBe(1); // the row with only a date is a pre-dated empty row
  });
});
