import { describe, expect, it } from 'vitest';
import { dailyReport, templateSheets } from '../../../lib/index.ts';
import { toResult } from '../../../lib/result.ts';
import { dutyLogSheet } from '../../../lib/render/duty.ts';
import { renderSheets } from '../../../lib/render/sheets.ts';
import { reportClock } from '../../../lib/render/shops-report.ts';
import { reportTimeText, shopsTodaySheet } from '../../../lib/render/shops.ts';
import { analyzeSheets } from '../../../lib/workbook/analyze.ts';

const SHOPS = [
  ['日期', '门店名称', '所属小区', '负责人', '联系电话', '已查人数', '外地返回', '体温异常', '营业状态', '上报时间'],
  ['2020-02-02', '金都超市', '金都小区', '王伟', '13912345678', 6, 0, 0, '营业', '19:00'],
  ['2020-02-02', '老王面馆', '金都小区', '李芳', '13812345678', 4, 0, 0, '营业', '19:00'],
  ['2020-02-02', '银杏便利店', '銀杏苑', '张强', '13712345678', 3, 0, 0, '营业', '19:00'],
  ['2020-02-03', '金都超市', '金都小区', '王伟', '13912345678', 6, 1, '37.6', '仅外卖', '20:30'],
  ['2020-02-03', '银杏便利店', '银杏苑', '张强', '13712345678', 3, 0, 0, '停业', '18:05'],
];
const DUTY = [
  ['日期', '小区', '消杀', '出入登记', '垃圾清运', '封闭管理', '发现问题', '上报时间', '填报人'],
  ['2020-02-02', '金都小区', '是', 100, '是', '正常', '无', '19:00', '王伟'],
  ['2020-02-02', '银杏苑', '是', 80, '是', '正常', '无', '19:30', '李芳'],
  ['2020-02-03', '金都小区', '2次', 120, '是', '东门无人值守', '无', '20:15', '王伟'],
];

const analysis = (asOf: string) =>
  analyzeSheets(
    [
      { name: '门店排查', values: SHOPS },
      { name: '工作台账', values: DUTY },
    ],
    { asOf },
  );

describe('门店日报: every shop of the day, the not-checked first', () => {
  const a = analysis('2020-02-03T21:00');
  const t = a.tallies.shops;
  const sheet = shopsTodaySheet(t.todayShops(), t.day(t.date), 'zh-Hans');

  it('has a row per shop: not checked, then late, then on time, and a totals row', () => {
    expect(sheet.name).toBe('门店日报');
    expect(sheet.values.map((r) => r.slice(0, 8))).toEqual([
      ['状态', '小区', '门店', '上报时间', '营业状态', '已查人数', '外地返回', '体温异常'],
      ['未检查', '金都小区', '老王面馆', '', '', '', '', ''],
      ['迟报', '金都小区', '金都超市', '20:30', '仅外卖', 6, 1, 1],
      ['按时', '银杏苑', '银杏便利店', '18:05', '停业', 3, 0, 0],
      ['合计 2020-02-03', '未查 1，迟报 1', '已查 2 / 共 3', '', '营业 1，停业 1', 9, 1, 1],
    ]);
  });

  it('links each shop to its row of the register, and shows no phone or person', () => {
    expect(sheet.links).toEqual([
      { row: 1, column: 8, target: { sheet: '门店排查', row: 3, column: 'A' } },
      { row: 2, column: 8, target: { sheet: '门店排查', row: 5, column: 'A' } },
      { row: 3, column: 8, target: { sheet: '门店排查', row: 6, column: 'A' } },
    ]);
    const text = JSON.stringify(sheet.values);
    for (const secret of ['1391234', '王伟', '李芳']) expect(text).not.toContain(secret);
  });
});

describe('门店日报: a report time on another day', () => {
  it('says the time on the day, 次日 the day after, and the date itself further off', () => {
    expect(reportTimeText(19 * 60 + 35, 'zh-Hans', '2020-02-03')).toBe('19:35');
    expect(reportTimeText(1440 + 30, 'zh-Hans', '2020-02-03')).toBe('次日 00:30');
    expect(reportTimeText(-30, 'zh-Hans', '2020-02-03')).toBe('2020-02-02 23:30');
    expect(reportTimeText(2 * 1440 + 60, 'en', '2020-02-03')).toBe('2020-02-05 01:00');
  });

  it('shows a check whose 上报时间 is dated the day before as that moment, not as garbled minutes', () => {
    const log = [SHOPS[0]!, ['2020-02-03', '金都超市', '金都小区', '王伟', '13912345678', 6, 0, 0, '营业', '2020-02-02 23:30']];
    const a = analyzeSheets([{ name: '门店排查', values: log }], { asOf: '2020-02-03' });
    const t = a.tallies.shops;
    const sheet = shopsTodaySheet(t.todayShops(), t.day(t.date), 'zh-Hans');
    expect(sheet.values[1]!.slice(0, 4)).toEqual(['按时', '金都小区', '金都超市', '2020-02-02 23:30']);
  });
});

describe('台账汇总: compounds × days, a missing day in sight', () => {
  it('marks each day on time, late or missing, and lists the issues', () => {
    const a = analysis('2020-02-03');
    const r = toResult(a);
    const sheet = dutyLogSheet(a.tallies.duty.grid(), r.duty!, a.tallies.duty.issueList(), 'zh-Hans');
    expect(sheet.values.slice(0, 3).map((row) => row.slice(0, 5))).toEqual([
      ['小区', '上报天数', '最近上报', '02-02', '02-03'],
      ['金都小区', 2, '2020-02-03', '✓', '迟报（问题 1）'],
      ['银杏苑', 1, '2020-02-02', '✓', '未报'],
    ]);
    expect(sheet.values.slice(5).map((row) => row.slice(0, 4))).toEqual([
      ['日期', '小区', '发现问题', '原表位置'],
      ['2020-02-03', '金都小区', '东门无人值守', '工作台账!A4'],
    ]);
    expect(sheet.values.every((row) => row.length === sheet.values[0]!.length)).toBe(true);
    expect(JSON.stringify(sheet.values)).not.toContain('王伟');
  });

  it('masks a phone or ID number written into an issue, as every summary sheet does', () => {
    const log = [...DUTY, ['2020-02-03', '银杏苑', '是', 60, '是', '正常', '3栋住户拒绝登记 电话13812345678', '19:10', '李芳']];
    const a = analyzeSheets([{ name: '工作台账', values: log }], { asOf: '2020-02-03' });
    const sheet = dutyLogSheet(a.tallies.duty.grid(), toResult(a).duty!, a.tallies.duty.issueList(), 'zh-Hans');
    const text = JSON.stringify(sheet.values);
    expect(text).not.toContain('13812345678');
    expect(text).toContain('3栋住户拒绝登记 电话138****5678');
  });

  it('marks today’s log not yet in as due before the cut-off, and missing after it', () => {
    const marks = (asOf: string) =>
      analysis(asOf)
        .tallies.duty.grid()
        .rows.map((r) => [r.compound, r.marks.at(-1)]);
    expect(marks('2020-02-03T19:00')).toEqual([
      ['金都小区', 'due'],
      ['银杏苑', 'due'],
    ]);
    expect(marks('2020-02-03T21:00')).toEqual([
      ['金都小区', 'late'],
      ['银杏苑', 'missing'],
    ]);
  });
});

describe('the daily report with the cut-off', () => {
  it('before 20:00 says who is still due tonight; after it, who has not reported', () => {
    const before = analysis('2020-02-03T17:00');
    const after = analysis('2020-02-03T21:00');
    const lines = (a: ReturnType<typeof analysis>) => dailyReport(toResult(a), '2020-02-03', 'zh-Hans', reportClock(a.options));
    // At 17:00 the reports sent at 18:05 and 20:30 are not in yet (nor the 银杏苑 spelling of that row).
    expect(lines(before)).toContain('今晚 20:00 前还须上报的门店 3 家：老王面馆（金都小区）、金都超市（金都小区）、银杏便利店（銀杏苑）。');
    expect(lines(before)).toContain('今晚 20:00 前还须报台账的小区：金都小区、银杏苑。');
    expect(lines(after)).toContain('截至 20:00 未上报的门店：老王面馆（金都小区）。');
    expect(lines(after)).toContain('截至 20:00 未报台账的小区：银杏苑。');
    expect(lines(after)).toContain('⚠ 门店体温异常 1 人，请立即报告社区并跟进。');
    expect(lines(after).join('\n')).not.toMatch(/1391234|王伟/);
  });

  it('speaks every locale', () => {
    const a = analysis('2020-02-03T21:00');
    // Words are the locale's; shop and compound names stay as the team spelled them.
    expect(dailyReport(toResult(a), '2020-02-03', 'zh-Hant', reportClock(a.options))).toContain(
      '截至 20:00 未上報的門店：老王面馆（金都小区）。',
    );
    expect(dailyReport(toResult(a), '2020-02-03', 'en', reportClock(a.options))).toContain(
      'Shops not reported by 20:00: 老王面馆 (金都小区).',
    );
  });

  it('comes with the two sheets in a run over the registers, and none for a workbook without them', () => {
    const a = analysis('2020-02-03');
    const t = a.tallies;
    const names = renderSheets({
      result: toResult(a),
      followUps: [],
      donations: [],
      date: '2020-02-03',
      locale: 'en',
      shops: { today: t.shops.todayShops(), day: t.shops.day(t.shops.date) },
      duty: { grid: t.duty.grid(), issues: t.duty.issueList() },
    }).map((s) => s.name);
    expect(names).toEqual(['Summary - Households', 'Follow-up', 'Shops today', 'Summary - Duty log', 'Problems', 'Daily report']);
    const plain = analyzeSheets([
      {
        name: '住户',
        values: [
          ['小区', '楼号', '门牌号'],
          ['金都小区', 1, 101],
        ],
      },
    ]);
    expect(
      renderSheets({ result: toResult(plain), followUps: [], donations: [], date: '2020-02-03', locale: 'en' }).map((s) => s.name),
    ).not.toContain('Shops today');
  });
});

describe('templates', () => {
  it('offer a shop check and a duty log sheet whose headers paicha reads back as those registers', () => {
    for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const [, , , shops, duty] = templateSheets(locale); // after the household register, the visit log and the donation ledger
      const a = analyzeSheets([
        { name: shops!.name, values: [[...shops!.header]] },
        { name: duty!.name, values: [[...duty!.header]] },
      ]);
      expect(a.sheets.map((s) => s.dataset)).toEqual(['shops', 'duty']);
      expect(Object.values(shops!.choices)[0]).toHaveLength(3);
    }
  });
});
