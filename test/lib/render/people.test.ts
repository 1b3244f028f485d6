import { describe, expect, it } from 'vitest';
import { analyzeSheets, dailyReport, LOCALES, type Cell } from '../../../lib/index.ts';
import { checksTodaySheet, watchSheet } from '../../../lib/render/people.ts';
import { toResult } from '../../../lib/result.ts';

// As of 5 Feb: 王伟 (day 9) had a fever on the 4th; 李娜 (day 5) was checked today; 赵敏 (day 7) was last
// checked on the 2nd; 陈静 has no volunteer and no check yet (day 1).
const PEOPLE: Cell[][] = [
  ['姓名', '小区', '楼号', '单元', '门牌号', '人员类别', '抵达日期', '随访人'],
  ['王伟', '金都小区', '1', '1', '101', '返乡', '2020-01-28', '小刘'],
  ['李娜', '金都小区', '1', '2', '102', '密接', '2020-02-01', '小刘'],
  ['赵敏', '银杏苑', '2', '', '201', '外来', '2020-01-30', '小陈'],
  ['陈静', '银杏苑', '3', '', '301', '重点', '2020-02-05', ''],
];
const CHECKS: Cell[][] = [
  ['日期', '姓名', '体温', '症状'],
  ['2020-02-04', '王伟', 37.8, '发热'],
  ['2020-02-05', '李娜', 36.5, '无'],
  ['2020-02-02', '赵敏', 36.6, '无'],
];
const a = analyzeSheets(
  [
    { name: '重点人员', values: PEOPLE },
    { name: '随访', values: CHECKS },
  ],
  { asOf: '2020-02-05' },
);
const details = a.tallies.people.watchDetails();

describe('汇总-重点人员', () => {
  it('lists everyone under watch, alerts first, by place and masked name, linked to their row', () => {
    const s = watchSheet(details, 'zh-Hans');
    expect(s.values.map((r) => [r[0], r[1], r[2], r[3], r[5], r[8], r[10]])).toEqual([
      ['提醒', '小区', '楼栋单元门牌', '姓名', '第几天', '最近随访', '今日已随访'],
      ['发热', '金都小区', '1-1-101', '王*', '第 9/14 天', '2020-02-04', '否'],
      ['连续两天未随访', '银杏苑', '2-201', '赵*', '第 7/14 天', '2020-02-02', '否'],
      ['', '金都小区', '1-2-102', '李*', '第 5/14 天', '2020-02-05', '是'],
      ['', '银杏苑', '3-301', '陈*', '第 1/14 天', '', '否'],
    ]);
    expect(s.links!.map((l) => [l.row, l.target.sheet, l.target.row])).toEqual([
      [1, '重点人员', 2],
      [2, '重点人员', 4],
      [3, '重点人员', 3],
      [4, '重点人员', 5],
    ]);
  });

  it('counts the days of a watch with an explicit end as that watch’s own length', () => {
    const long = analyzeSheets(
      [
        {
          name: '重点人员',
          values: [
            ['姓名', '人员类别', '隔离开始', '隔离结束'],
            ['孙丽', '密接', '2020-01-21', '2020-02-09'],
          ],
        },
      ],
      { asOf: '2020-02-06' },
    );
    expect(watchSheet(long.tallies.people.watchDetails(), 'zh-Hans').values[1]![5]).toBe('第 17/20 天');
  });

  it('has its headers in every locale', () => {
    expect(LOCALES.map((l) => watchSheet(details, l).values[0]![0])).toEqual(['提醒', '提醒', 'Alert']);
    expect(LOCALES.map((l) => watchSheet(details, l).name)).toEqual(['汇总-重点人员', '彙總-重點人員', 'Summary - People under watch']);
  });
});

describe('今日随访', () => {
  it('lists who still needs a check today, by compound and volunteer, with cells to write in', () => {
    const s = checksTodaySheet(details, '2020-02-05', 'zh-Hans');
    expect(s.values[0]!.slice(8, 11)).toEqual(['2020-02-05 体温', '症状', '已随访（打勾）']);
    expect(s.values.slice(1).map((r) => [r[0], r[1], r[3], r[6], r[8]])).toEqual([
      ['金都小区', '小刘', '王*', '发热', ''],
      ['银杏苑', '小陈', '赵*', '连续两天未随访', ''],
      ['银杏苑', '（未指定随访人）', '陈*', '', ''],
    ]);
  });
});

describe('the daily report', () => {
  it('says the people counts, never a person', () => {
    const lines = dailyReport(toResult(a), '2020-02-05', 'zh-Hans');
    expect(lines.slice(1)).toEqual([
      '重点人员：共 4 人，在管 4 人（今日期满 0 人），已解除 0 人，拟返回 0 人。',
      '类别：返乡人员 1、外来人员 1、密切接触者 1、重点人员 1。',
      '今日随访 1/4 人，未随访 3 人；发热 1 人。',
      '连续两天未随访 1 人，请尽快联系。',
      '· 金都小区：在管 2 人',
      '· 银杏苑：在管 2 人',
    ]);
    expect(dailyReport(toResult(a), '2020-02-05', 'en')[3]).toBe('Checked today: 1 of 4, 3 not yet; 1 with a fever.');
  });

  it('says nothing of an empty register (a fresh template), as it says nothing of empty shop checks', () => {
    const empty = analyzeSheets([{ name: '重点人员', values: [PEOPLE[0]!] }], { asOf: '2020-02-05' });
    expect(dailyReport(toResult(empty), '2020-02-05', 'zh-Hans')).toEqual(['【日报】2020-02-05']);
  });
});
