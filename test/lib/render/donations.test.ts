import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../lib/cells/result.ts';
import { analyzeSheets, dailyReport, renderSheets } from '../../../lib/index.ts';
import { toResult } from '../../../lib/result.ts';

// A ledger with everything a public list must not show: phones (in their column and inside a name),
// ID numbers (in their column and inside an item), addresses, a donor who asked for anonymity and one
// who asked not to be published.
const HEADER = [
  '日期',
  '捐赠人',
  '捐赠人类型',
  '类别',
  '金额',
  '物资名称',
  '数量',
  '单位',
  '折价',
  '收据编号',
  '公示',
  '流向',
  '联系电话',
  '身份证号',
  '地址',
];
const ID = '11010519491231002X';
const LEDGER: Cell[][] = [
  HEADER,
  ['2020-02-01', '王建国', '政协委员', '捐款', '20万元', '', '', '', '', 'R1', '是', '', '139 1234 5678', ID, '金都小区3号楼'],
  ['2020-02-01', '李四', '个人', '捐款', 500, '', '', '', '', 'R2', '匿名', '', '13812345678', '', '银杏苑2-101'],
  ['2020-02-02', '匿名', '个人', '捐款', 100, '', '', '', '', 'R3', '', '', '', '', ''],
  ['2020-02-02', '张三13987654321', '个人', '捐款', 300, '', '', '', '', 'R4', '', '', '', '', ''],
  ['2020-02-02', '陈静', '个人', '捐款', 1000, '', '', '', '', 'R5', '否', '', '13700001111', '', ''],
  [
    '2020-02-03',
    '某公司',
    '企业',
    '捐物',
    '',
    `口罩 联系人身份证${ID}`,
    500,
    '只',
    2500,
    'R6',
    '',
    '区人民医院 电话027-87654321',
    '',
    '',
    '',
  ],
  ['2020-02-03', '赵六', '个人', '捐物', '', '蔬菜', 100, '公斤', '', 'R7', '匿名', '金都小区', '', '', ''],
];

const PHONE = /1[3-9]\d(?:[ -]?\d){8}|0\d{2,3}-?\d{7,8}/;
const ID_NUMBER = /\d{17}[\dXx]|\d{15}/;

const a = analyzeSheets([{ name: '捐赠', values: LEDGER }], { asOf: '2020-02-03' });
const result = toResult(a);
const sheets = renderSheets({ result, followUps: [], donations: a.tallies.donations.publicList(), date: '2020-02-03', locale: 'zh-Hans' });
const sheet = (name: string) => sheets.find((s) => s.name === name)!;
const cells = (name: string): string[] => sheet(name).values.flatMap((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));

describe('公示-捐赠, the public list', () => {
  const list = sheet('公示-捐赠');

  it('has no phone or ID number in any cell, even typed into a name, an item or a destination', () => {
    const ledger = LEDGER.flat().map(String);
    expect(ledger.filter((c) => PHONE.test(c)).length).toBeGreaterThanOrEqual(5);
    expect(ledger.filter((c) => ID_NUMBER.test(c)).length).toBeGreaterThanOrEqual(2);
    for (const c of cells('公示-捐赠')) {
      expect(c).not.toMatch(PHONE);
      expect(c).not.toMatch(ID_NUMBER);
    }
    expect(list.values[0]).toEqual(['日期', '捐赠人', '类别', '金额（元）', '物资 × 数量', '折价（元）', '收据编号', '流向']);
  });

  it('never names an anonymous donor, leaves out 公示 = 否 and says how many were withheld', () => {
    const all = cells('公示-捐赠').join('\n');
    for (const hidden of ['李四', '赵六', '陈静', '金都小区3号楼', '银杏苑']) expect(all).not.toContain(hidden);
    expect(list.values.slice(1, 7).map((r) => [r[0], r[1], r[3], r[4], r[5], r[6]])).toEqual([
      ['2020-02-01', '王建国', 200000, '', '', 'R1'],
      ['2020-02-01', '匿名', 500, '', '', 'R2'],
      ['2020-02-02', '匿名', 100, '', '', 'R3'],
      ['2020-02-02', '张三139****4321', 300, '', '', 'R4'],
      ['2020-02-03', '某公司', '', '口罩 联系人身份证110105********002X × 500只', 2500, 'R6'],
      ['2020-02-03', '匿名', '', '蔬菜 × 100公斤', '', 'R7'],
    ]);
    expect(all).toContain('另有 1 笔捐赠按捐赠人意愿不公示，已计入合计。');
    expect(list.values.every((r) => r.length === list.values[0]!.length)).toBe(true);
  });

  it('ends with the totals of every counted donation', () => {
    const totals = list.values.find((r) => String(r[0]).startsWith('合计'))!;
    expect(totals).toEqual(['合计（共 7 笔）', '', '', 201900, '', 2500, '', '']);
  });
});

describe('汇总-捐赠', () => {
  const s = sheet('汇总-捐赠');

  it('puts the by-day block first, under a line chart of the running total', () => {
    const days = result.donations.byDay;
    expect(s.values.slice(1, 1 + days.length).map((r) => [r[0], r[1], r[6]])).toEqual([
      ['按日', '2020-02-01', 200500],
      ['按日', '2020-02-02', 201900],
      ['按日', '2020-02-03', 204400],
    ]);
    expect(s.charts).toEqual([{ kind: 'line', title: '捐赠累计（元）', labelColumn: 1, valueColumns: [6], rows: 3 }]);
    expect(s.formats).toHaveLength(s.values[0]!.length);
    expect(s.values.every((r) => r.length === s.values[0]!.length)).toBe(true);
  });

  it('lists the sections and the unvalued goods apart, without naming anonymous donors', () => {
    const sections = [...new Set(s.values.slice(1).map((r) => r[0]))];
    expect(sections).toEqual(['按日', '合计', '捐赠人类型', '界别', '物资', '未折价物资（不计入金额）', '流向']);
    const unvalued = s.values.find((r) => r[0] === '未折价物资（不计入金额）')!;
    expect(unvalued.slice(1, 10)).toEqual(['蔬菜', 1, '', '', '', '', 100, '公斤', '匿名 · 2020-02-03 · 捐赠!A8 · 金都小区']);
    const all = cells('汇总-捐赠').join('\n');
    for (const hidden of ['李四', '赵六']) expect(all).not.toContain(hidden);
    for (const c of cells('汇总-捐赠')) expect(c).not.toMatch(ID_NUMBER);
  });
});

describe('daily report and sheets', () => {
  it('adds the donation lines to the daily report', () => {
    const lines = dailyReport(result, '2020-02-03', 'zh-Hans');
    expect(lines).toContain('捐赠：共 7 笔，捐款 201,900.00 元，物资折价 2,500.00 元，合计 204,400.00 元。');
    expect(lines).toContain('其中 2020-02-03 新增 2 笔，2,500.00 元。');
    expect(lines).toContain('另有 1 笔物资未折价，未计入金额。');
  });

  it('writes no donation sheets for a household register', () => {
    const empty = toResult(
      analyzeSheets([
        {
          name: 'x',
          values: [
            ['小区', '楼号', '门牌号'],
            ['金都小区', 1, '101'],
          ],
        },
      ]),
    );
    const names = renderSheets({ result: empty, followUps: [], donations: [], date: '2020-02-03', locale: 'en' }).map((g) => g.name);
    expect(names).not.toContain('Summary - Donations');
    expect(names).not.toContain('Public - Donations');
  });
});

describe('other locales', () => {
  it.each(['zh-Hant', 'en'] as const)('renders both donation sheets in %s', (locale) => {
    const r = toResult(analyzeSheets([{ name: '捐赠', values: LEDGER }], { asOf: '2020-02-03', locale }));
    const out = renderSheets({ result: r, followUps: [], donations: a.tallies.donations.publicList(), date: '2020-02-03', locale });
    const names = out.map((g) => g.name);
    expect(names).toContain(locale === 'en' ? 'Summary - Donations' : '彙總-捐贈');
    expect(names).toContain(locale === 'en' ? 'Public - Donations' : '公示-捐贈');
    const text = out
      .flatMap((g) => g.values.flat())
      .filter((c) => typeof c === 'string')
      .join('\n');
    expect(text).not.toMatch(/\{\w+\}/);
  });
});
