import { beforeAll, describe, expect, it } from 'vitest';
import { donationRecord } from '../../../lib/datasets/donations/schema.ts';
import { analyzeSheets, tallyWorkbook, type TallyResult } from '../../../lib/index.ts';
import type { InputSheet } from '../../../lib/table/sheet.ts';
import { flatten } from '../../helpers/flatten.ts';
import { readRealWorkbook, REAL_FILES } from '../../helpers/realdata.ts';

// The ledgers the Hubei and Wuhan Red Cross published in 2020, with the totals printed in them
// (../shared/realdata/README.md). The tally must reproduce each to the cent.
const tally = (sheets: InputSheet[]): TallyResult => tallyWorkbook(sheets, { asOf: '2020-02-05' });
const totalsOf = (r: TallyResult) => r.donations.statedTotals.map((c) => [c.row, c.column, c.what, c.stated, c.computed, c.matches]);

describe('hubei-rc-cash-2020-01-22_25.xls: title row, 单位：元, header on row 3, 合计 in column B', () => {
  let sheets: InputSheet[];
  let r: TallyResult;
  beforeAll(() => {
    sheets = readRealWorkbook(REAL_FILES.hubeiCash0122);
    r = tally(sheets);
  });

  it('reproduces the published 3,482,232.11 and checks the 合计 row in cents', () => {
    expect(r.donations).toMatchObject({ count: 60, cash: 3482232.11, goodsValue: 0, total: 3482232.11, unvaluedGoods: 0 });
    expect(totalsOf(r)).toEqual([[65, 'D', 'amount', 3482232.11, 3482232.11, true]]);
    expect(flatten(r.problems.items, ['row', 'column', 'code'])).toEqual([
      [65, 'D', 'total-match'],
      [65, '', 'total-row'],
      [0, '', 'blank-row'],
    ]);
    expect(r.problems.errors).toBe(0);
  });

  it('reads dates written 2020.01.22 and runs the total up day by day', () => {
    expect(r.donations.byDay.map((d) => [d.date, d.count])).toEqual([
      ['2020-01-22', 1],
      ['2020-01-23', 7],
      ['2020-01-24', 22],
      ['2020-01-25', 30],
    ]);
    expect(r.donations.byDay.at(-1)!.cumulative).toBe(3482232.11);
  });
});

describe('hubei-rc-cash-2020-02-04.xls: 1,845 rows from 0.01 to 5,000,000, 合计 in the donor column', () => {
  let r: TallyResult;
  beforeAll(() => {
    r = tally(readRealWorkbook(REAL_FILES.hubeiCash0204));
  });

  it('reproduces the published 9,360,600.02 (printed as 9360600.01999999)', () => {
    expect(r.donations).toMatchObject({ count: 1845, cash: 9360600.02, total: 9360600.02 });
    expect(totalsOf(r)).toEqual([[1849, 'D', 'amount', 9360600.02, 9360600.02, true]]);
    expect(r.problems.errors).toBe(0);
    expect(r.problems.byCode).toEqual({ 'total-match': 1, 'total-row': 1, 'blank-row': 1 });
  });
});

describe('wuhan-rc-cash-abc-account-2020-01-22_28.xlsx: 捐赠人 | 金额, U+3000 padding, 共计746人次 | 总金额…', () => {
  let sheets: InputSheet[];
  let r: TallyResult;
  beforeAll(() => {
    sheets = readRealWorkbook(REAL_FILES.wuhanCash);
    r = tally(sheets);
  });

  it('reproduces 61,609,585.05 exactly, where float addition drifts', () => {
    expect(r.donations).toMatchObject({ count: 745, cash: 61609585.05, total: 61609585.05 });
    const values = sheets[0]!.values;
    let float = 0;
    for (const row of values.slice(2, 747)) float += row[1] as number;
    expect(float).not.toBe(61609585.05);
  });

  it('reports the stated 746 donations against 745 rows, and the matching amount', () => {
    expect(totalsOf(r)).toEqual([
      [748, 'A', 'count', 746, 745, false],
      [748, 'B', 'amount', 61609585.05, 61609585.05, true],
    ]);
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'severity'])).toEqual([
      [748, 'A', 'total-mismatch', 'error'],
      [748, 'B', 'total-match', 'info'],
      [748, '', 'total-row', 'info'],
    ]);
    const mismatch = r.problems.items[0]!;
    expect(mismatch.message).toContain('746');
    expect(mismatch.message).toContain('745');
  });

  it('cleans padded donor names for matching and showing, and keeps one sheet without dates undated', () => {
    const a = analyzeSheets(sheets);
    const jindi = a.tallies.donations.records().find((e) => e.record.donor.startsWith('金地'))!.record;
    expect(jindi.donor).toBe('金地(集团)股份有限公司');
    expect(sheets[0]!.values[4]![0]).toMatch(/\u3000$/); // the user's cell is left as it was
    expect(r.donations.byDay.map((d) => [d.date, d.total])).toEqual([['', 61609585.05]]);
  });
});

describe('hubei-rc-goods-use-2020-01-29.xlsx: goods, 折算金额（万元）, 流向, quantities inside the item', () => {
  let sheets: InputSheet[];
  let r: TallyResult;
  beforeAll(() => {
    sheets = readRealWorkbook(REAL_FILES.hubeiGoods);
    r = tally(sheets);
  });

  it('scales 862.457 万元 to 8,624,570 yuan and lists the unvalued row apart', () => {
    expect(r.donations).toMatchObject({ count: 17, cash: 0, goodsValue: 8624570, total: 8624570, unvaluedGoods: 1 });
    expect(r.donations.unvalued).toEqual([
      {
        sheet: 'Sheet1',
        row: 15,
        date: '2020-01-29',
        donor: '刘芳菲',
        anonymous: false,
        item: '硒茶粉25袋',
        quantity: null,
        unit: '',
        destination: '武汉市天佑医院',
      },
    ]);
    expect(flatten(r.problems.items, ['row', 'column', 'field', 'code', 'severity'])).toEqual([[15, 'D', 'value', 'rule', 'warning']]);
  });

  it('keeps quantities inside the item text, takes the day from the date row, skips the note row', () => {
    const records = analyzeSheets(sheets)
      .tallies.donations.records()
      .map((e) => e.record);
    expect(records[0]).toMatchObject({
      kind: 'goods',
      item: '莲花清瘟胶囊(24粒装)13.5万盒',
      quantity: null,
      value: 500000000,
      date: '2020-01-29',
    });
    expect(records.find((d) => d.row === 7)!.donor).toBe('江苏新农科技有限公司');
    expect(records.every((d) => d.row < 21)).toBe(true);
  });

  it('shows where the goods went', () => {
    const top = r.donations.byDestination[0]!;
    expect(top).toMatchObject({ destination: '省疾控中心', count: 6 });
    expect(r.donations.byDestination.reduce((s, d) => s + Math.round(d.total * 100), 0)).toBe(862457000);
  });
});

describe('the four ledgers together', () => {
  it('add up across sheets, and every record the fast path makes passes the zod schema', () => {
    const sheets = Object.values(REAL_FILES).flatMap((f) => readRealWorkbook(f).map((s) => ({ ...s, name: `${f}:${s.name}` })));
    const a = analyzeSheets(sheets, { asOf: '2020-02-05' });
    const t = a.results.donations;
    expect(t.count).toBe(60 + 1845 + 745 + 17);
    expect(Math.round(t.total * 100)).toBe(348223211 + 936060002 + 6160958505 + 862457000);
    for (const { record } of a.tallies.donations.records()) expect(donationRecord.safeParse(record).success).toBe(true);
  });
});
