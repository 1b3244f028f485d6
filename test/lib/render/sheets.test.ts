import { describe, expect, it } from 'vitest';
import { analyzeSheets, renderSheets } from '../../../lib/index.ts';
import { toResult } from '../../../lib/result.ts';

// Teams write a phone beside a name in any free-text cell: a volunteer (随访人), a shop, even a compound.
const a = analyzeSheets(
  [
    {
      name: '住户',
      values: [
        ['小区', '楼号', '单元', '门牌号', '户主', '联系电话', '核查状态'],
        ['金都小区 联系人13700001111', '2', '1', '101', '李四', '13812345678', '不在家'],
      ],
    },
    {
      name: '重点人员',
      values: [
        ['姓名', '小区', '楼号', '门牌号', '人员类别', '抵达日期', '随访人'],
        ['王伟', '金都小区', '1', '101', '返乡', '2020-02-01', '刘医生 13900001111'],
      ],
    },
    {
      name: '门店',
      values: [
        ['日期', '门店', '小区', '营业状态', '上报时间'],
        ['2020-02-05', '张记 13600001111', '金都小区', '营业', '19:00'],
      ],
    },
  ],
  { asOf: '2020-02-05' },
);
const t = a.tallies;
const sheets = renderSheets({
  result: toResult(a),
  followUps: t.households.sortedFollowUps(),
  donations: t.donations.publicList(),
  date: '2020-02-05',
  locale: 'zh-Hans',
  shops: { today: t.shops.todayShops(), day: t.shops.day(t.shops.date) },
  duty: { grid: t.duty.grid(), issues: t.duty.issueList() },
  watch: t.people.watchDetails(),
  holds: a.holds,
});

describe('renderSheets', () => {
  it('masks a phone typed beside a name in any generated sheet (汇总-住户, 待跟进, 门店日报, 汇总-重点人员, 今日随访)', () => {
    const cells = sheets.flatMap((s) => s.values.flat().map((c) => `${s.name}: ${String(c)}`));
    expect(cells.filter((c) => /1[3-9]\d{9}/.test(c))).toEqual([]);
    expect(cells).toContain('汇总-重点人员: 刘医生 139****1111');
    expect(cells).toContain('今日随访: 刘医生 139****1111');
    expect(cells).toContain('门店日报: 张记 136****1111');
    expect(cells).toContain('待跟进: 金都小区 联系人137****1111');
  });

  it('leaves dates, places and source cells as they are', () => {
    const watch = sheets.find((s) => s.name === '汇总-重点人员')!;
    expect(watch.values[1]!.slice(1, 3)).toEqual(['金都小区', '1-101']);
    expect(watch.values[1]!.at(-1)).toBe('重点人员!A2');
    expect(watch.values[1]![6]).toBe('2020-02-01');
  });
});
