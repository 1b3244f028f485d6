import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../lib/cells/result.ts';
import { analyzeSheets, tallyWorkbook } from '../../../lib/index.ts';
import { flatten } from '../../helpers/flatten.ts';

// Small ledgers in the layouts the 2020 publishers used, and the variants they (or a team copying
// them) might use on another day.
const run = (values: Cell[][], asOf = '2020-02-10') => tallyWorkbook([{ name: '捐款', values }], { asOf });
const problems = (values: Cell[][]) => flatten(run(values).problems.items, ['row', 'column', 'code']);
const checks = (values: Cell[][]) =>
  run(values).donations.statedTotals.map((c) => [c.row, c.column, c.what, c.stated, c.computed, c.matches]);

describe('header, title, date and unit rows', () => {
  it('finds the header under a title, a date and a 单位：万元 row, and scales amounts exactly', () => {
    const values = [
      ['某区慈善会新冠肺炎防控捐款明细'],
      ['2020年2月5日'],
      ['', '', '单位：万元'],
      ['日期', '捐赠单位', '金额'],
      ['2020.02.05', '甲公司', 1.5],
      ['2020.02.05', '乙公司', '0.36'],
      ['2020.02.05', '丙公司', 0.0001],
      ['', '合计', 1.8601],
    ];
    const r = run(values);
    expect(r.donations).toMatchObject({ count: 3, cash: 18601, total: 18601 });
    expect(checks(values)).toEqual([[8, 'C', 'amount', 18601, 18601, true]]);
    expect(analyzeSheets([{ name: 's', values }]).sheets[0]).toMatchObject({ dataset: 'donations', headerRow: 4 });
  });

  it.each<[string, string, number]>([
    ['捐款金额（万元）', '2.5', 2500000],
    ['金额(万元)', '2.5', 2500000],
    ['捐赠金额（元）', '2.5', 250],
    ['金额/万元', '2.5', 2500000],
    ['金额', '2.5万', 2500000],
  ])('reads the unit in a header such as %s', (header, cell, cents) => {
    const r = run([
      ['捐赠人', header],
      ['甲', cell],
    ]);
    expect(Math.round(r.donations.cash * 100)).toBe(cents);
  });

  it('takes a 单位：万元 row under the header for the whole sheet', () => {
    const r = run([
      ['捐赠人', '金额', '备注'],
      ['', '', '单位：万元'],
      ['甲', 2, ''],
      ['乙', 0.5, ''],
    ]);
    expect(r.donations.cash).toBe(25000);
  });

  it('recognizes Traditional and English headers', () => {
    const rows: Cell[][] = [
      ['甲', '100', 'R1'],
      ['乙', '200.5', 'R2'],
    ];
    expect(run([['捐贈人', '金額', '收據編號'], ...rows]).donations).toMatchObject({ count: 2, cash: 300.5 });
    expect(run([['Donor', 'Amount', 'Receipt'], ...rows]).donations).toMatchObject({ count: 2, cash: 300.5 });
  });
});

describe('stated totals', () => {
  it('checks 合计 in column B below a blank row, with Excel float noise, in cents', () => {
    const values = [
      ['序号', '捐赠日期', '捐赠(单位/姓名）', '捐赠金额（元）', '备注'],
      [1, '2020.01.22', '王宽', 0.1, ''],
      [2, '2020.01.23', '裴长辉', 0.2, ''],
      [3, '2020.01.23', '金其妙', 1000, ''],
      ['', '', '', '', ''],
      ['', '合计', '', 0.1 + 0.2 + 1000, ''],
    ];
    expect(checks(values)).toEqual([[6, 'D', 'amount', 1000.3, 1000.3, true]]);
    expect(problems(values)).toEqual([
      [6, 'D', 'total-match'],
      [6, '', 'total-row'],
      [0, '', 'blank-row'],
    ]);
  });

  it('reads 共计N笔 and 总金额 from text cells', () => {
    const values = [
      ['捐赠人', '金额'],
      ['甲', 100],
      ['乙', 200],
      ['丙', 0.5],
      ['共计3笔', '总金额：300.50元'],
    ];
    expect(checks(values)).toEqual([
      [5, 'A', 'count', 3, 3, true],
      [5, 'B', 'amount', 300.5, 300.5, true],
    ]);
  });

  it('reads a figure stated in words beside the label, in another column', () => {
    const values = [
      ['日期', '捐赠人', '金额', '备注'],
      ['2020-02-01', '甲', 100, ''],
      ['', '合计：人民币 100 元，共 1 人次', '', ''],
    ];
    expect(checks(values)).toEqual([
      [3, 'B', 'count', 1, 1, true],
      [3, 'B', 'amount', 100, 100, true],
    ]);
  });

  it('states both numbers when a total is wrong', () => {
    const values = [
      ['捐赠人', '金额'],
      ['甲', 100],
      ['乙', 200],
      ['Total', 400],
    ];
    expect(checks(values)).toEqual([[4, 'B', 'amount', 400, 300, false]]);
    const r = run(values);
    const m = r.problems.items.find((p) => p.code === 'total-mismatch')!;
    expect(m.message).toContain('400.00');
    expect(m.message).toContain('300.00');
    expect(m.message).toContain('100.00');
  });

  it('checks 小计 rows against their section and 合计 against the whole sheet', () => {
    const values = [
      ['日期', '捐赠人', '金额'],
      ['2020-02-01', '甲', 100],
      ['2020-02-01', '乙', 200],
      ['', '小计', 300],
      ['2020-02-02', '丙', 50],
      ['', '小计', 50],
      ['', '合计', 350],
    ];
    expect(checks(values).map((c) => c.at(-1))).toEqual([true, true, true]);
    expect(run(values).donations).toMatchObject({ count: 3, cash: 350 });
  });
});

describe('foreign currency', () => {
  it('keeps 金额（美元） apart and never adds it into yuan', () => {
    const values = [
      ['日期', '捐赠人', '金额（元）', '金额（美元）'],
      ['2020-02-01', '甲', 1000, ''],
      ['2020-02-01', 'Overseas Friends', '', 500],
      ['2020-02-02', '乙', 200, '$1,200.50'],
      ['', '合计', 1200, 1700.5],
    ];
    const r = run(values);
    expect(r.donations).toMatchObject({ count: 3, cash: 1200, total: 1200, foreign: [{ currency: 'USD', amount: 1700.5, count: 2 }] });
    expect(checks(values)).toEqual([
      [5, 'C', 'amount', 1200, 1200, true],
      [5, 'D', 'foreignAmount', 1700.5, 1700.5, true],
    ]);
    expect(r.problems.errors).toBe(0);
  });

  it('reads a 金额 header over 人民币 | 美元 sub-headers', () => {
    const values = [
      ['日期', '捐赠人', '金额', ''],
      ['', '', '人民币', '美元'],
      ['2020-02-01', '甲', 100, 20],
      ['2020-02-01', '乙', '', 30],
    ];
    const r = run(values);
    expect(r.donations).toMatchObject({ count: 2, cash: 100, foreign: [{ currency: 'USD', amount: 50, count: 2 }] });
    expect(r.problems.items).toEqual([]);
  });

  it('rejects yuan written in the foreign column and dollars in the yuan column', () => {
    const values = [
      ['捐赠人', '金额', '美元金额'],
      ['甲', '$100', ''],
      ['乙', '', '100元'],
    ];
    expect(problems(values)).toEqual([
      [2, 'B', 'format'],
      [3, 'C', 'format'],
    ]);
  });
});

describe('ledger kinds', () => {
  it('reads a ledger with an amount and no kind or item column as cash', () => {
    const r = run([
      ['捐赠人', '金额'],
      ['甲', 100],
    ]);
    expect(r.donations).toMatchObject({ cash: 100, goodsValue: 0, byItem: [] });
  });

  it('reads a goods ledger (品名 + value, no quantity column) without asking for quantities', () => {
    const values = [
      ['序号', '捐赠方', '品名', '折算金额（万元）', '流向'],
      [1, '某公司', '护目镜144个', 0.36, '徐家棚社区72个\n上海中医医院医疗队72'],
      [2, '某药业', '双黄连口服液', 110, '省疾控中心'],
      [3, '刘女士', '硒茶粉25袋', '', '天佑医院'],
      ['备注：另有一些物资在运输途中或对接当中。', '', '', '', ''],
    ];
    const r = run(values);
    expect(r.donations).toMatchObject({ count: 3, cash: 0, goodsValue: 1103600, unvaluedGoods: 1 });
    expect(problems(values)).toEqual([[4, 'D', 'rule']]);
    expect(r.donations.byItem.map((i) => [i.item, i.quantity, i.value])).toEqual([
      ['双黄连口服液', null, 1100000],
      ['护目镜144个', null, 3600],
      ['硒茶粉25袋', null, 0],
    ]);
  });

  it('infers the kind of a row whose 类别 cell is blank', () => {
    const r = run([
      ['捐赠人', '类别', '金额', '物资名称', '数量', '折价'],
      ['甲', '', 100, '', '', ''],
      ['乙', '', '', '口罩', 100, 500],
    ]);
    expect(r.donations).toMatchObject({ cash: 100, goodsValue: 500 });
  });
});

describe('cell noise', () => {
  it('cleans NBSP, U+3000, zero-width padding and newlines in donor names for matching', () => {
    const values = [
      ['捐赠人', '金额'],
      ['张三', 100],
      ['\u00a0张三\u3000', 100],
      ['\u200b张三\n', 50],
      ['李四', 10],
    ];
    const r = run(values);
    expect(r.donations).toMatchObject({ count: 4, donors: 2, cash: 260 });
    expect(values[2]![0]).toBe('\u00a0张三\u3000');
  });

  it('reads amounts typed as text with thousands separators and dates written 2020.01.22', () => {
    const r = run([
      ['日期', '捐赠人', '金额'],
      ['2020.01.22', '甲', '1,200,000.50'],
      ['2020年1月23日', '乙', ' 226,000 '],
    ]);
    expect(r.donations.byDay.map((d) => [d.date, d.total])).toEqual([
      ['2020-01-22', 1200000.5],
      ['2020-01-23', 226000],
    ]);
  });

  it('gives a date cell left blank under a merged date the day above it', () => {
    const r = run([
      ['日期', '捐赠人', '金额'],
      ['2020-02-01', '甲', 1],
      ['', '乙', 2],
      ['2020-02-02', '丙', 4],
      ['', '丁', 8],
    ]);
    expect(r.donations.byDay.map((d) => [d.date, d.count, d.total])).toEqual([
      ['2020-02-01', 2, 3],
      ['2020-02-02', 2, 12],
    ]);
    expect(r.problems.items).toEqual([]);
  });

  it('treats pre-numbered empty rows as blank, not as donations missing a donor', () => {
    const values = [
      ['序号', '日期', '捐赠人', '金额'],
      [1, '2020-02-01', '甲', 100],
      [2, '', '', ''],
      [3, '', '', ''],
    ];
    expect(run(values).donations.count).toBe(1);
    expect(problems(values)).toEqual([[0, '', 'blank-row']]);
  });
});

describe('workbooks', () => {
  it('recognizes households and donations in one workbook by their header rows', () => {
    const r = tallyWorkbook([
      {
        name: '表一',
        values: [
          ['小区', '楼号', '门牌号', '核查状态'],
          ['金都小区', 1, '101', '入户登记'],
        ],
      },
      {
        name: '表二',
        values: [
          ['日期', '捐赠人', '金额'],
          ['2020-02-01', '甲', 100],
        ],
      },
    ]);
    expect(r.households.total).toBe(1);
    expect(r.donations).toMatchObject({ count: 1, cash: 100 });
  });

  it('asks for an amount column when a donation sheet has nothing to add up', () => {
    const r = tallyWorkbook(
      [
        {
          name: 'x',
          values: [
            ['日期', '捐赠人', '收据编号'],
            ['2020-02-01', '甲', 'R1'],
          ],
        },
      ],
      { locale: 'en' },
    );
    expect(flatten(r.problems.items, ['row', 'field', 'code'])).toEqual([[1, 'amount', 'missing-column']]);
    expect(r.problems.items[0]!.message).toContain('Amount');
  });
});

describe('a total row above the rows', () => {
  it('is checked against the whole sheet', () => {
    const values = [
      ['捐赠人', '金额'],
      ['总计', 300],
      ['甲', 100],
      ['乙', 200],
    ];
    expect(checks(values)).toEqual([[2, 'B', 'amount', 300, 300, true]]);
    expect(run(values).donations.count).toBe(2);
  });
});
