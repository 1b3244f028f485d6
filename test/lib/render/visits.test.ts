import { describe, expect, it } from 'vitest';
import { visitLogRows } from '../../../examples/visits.ts';
import { dailyReport, tallyWorkbook, templateSheets } from '../../../lib/index.ts';
import { renderSheets } from '../../../lib/render/sheets.ts';
import { progressSheet } from '../../../lib/render/visits.ts';
import type { Locale } from '../../../lib/i18n/locale.ts';

const rows = visitLogRows();
const story = (asOf: string, locale: Locale = 'zh-Hans') => tallyWorkbook([{ name: '走访记录', values: rows }], { asOf, locale });

describe('进度: the visit log day by day', () => {
  const sheet = progressSheet(story('2020-02-01T23:00').visits!, 'zh-Hans');

  it('lists every day for all dwellings, each compound’s cumulative verified beside it, then each compound’s days', () => {
    expect(sheet.name).toBe('进度');
    expect(sheet.values[0]).toEqual([
      '范围',
      '日期',
      '走访次数',
      '新核实',
      '累计已核实',
      '未核实',
      '登记率',
      '东湖新村 累计已核实',
      '纺织厂宿舍 累计已核实',
      '金都小区 累计已核实',
      '银杏苑 累计已核实',
    ]);
    expect(sheet.values.slice(1, 5).map((r) => [r[1], r[3], r[4], r[5], r[9]])).toEqual([
      ['2020-01-29', 499, 499, 220, 287],
      ['2020-01-30', 100, 599, 120, 387],
      ['2020-01-31', 80, 679, 40, 467],
      ['2020-02-01', 40, 719, 0, 507],
    ]);
    const jindu = sheet.values.filter((r) => r[0] === '金都小区');
    expect(jindu.map((r) => [r[1], r[4], r[5], r[6]])).toEqual([
      ['2020-01-29', 287, 220, 0.5661],
      ['2020-01-30', 387, 120, 0.7633],
      ['2020-01-31', 467, 40, 0.9211],
      ['2020-02-01', 507, 0, 1],
    ]);
    for (const r of sheet.values) expect(r.length).toBe(sheet.values[0]!.length);
  });

  it('draws one line per compound over the first block', () => {
    expect(sheet.charts).toEqual([{ kind: 'line', title: '各小区累计已核实户数', labelColumn: 1, valueColumns: [7, 8, 9, 10], rows: 4 }]);
    expect(sheet.formats.slice(0, 7)).toEqual(['text', 'date', 'integer', 'integer', 'integer', 'integer', 'percent']);
  });

  it('is written only for a workbook that holds a log', () => {
    const names = (r: ReturnType<typeof story>) =>
      renderSheets({ result: r, followUps: [], donations: [], date: '2020-02-01', locale: 'zh-Hans' }).map((s) => s.name);
    expect(names(story('2020-02-01'))).toContain('进度');
    const register = tallyWorkbook([
      {
        name: '住户',
        values: [
          ['小区', '楼号', '门牌号'],
          ['金都小区', 1, '101'],
        ],
      },
    ]);
    expect(names(register)).not.toContain('进度');
    const emptyLog = tallyWorkbook([{ name: '走访记录', values: [['日期', '时间', '小区', '楼号', '门牌号', '走访结果']] }]);
    expect(emptyLog.visits).toBeDefined();
    expect(emptyLog.visits).toMatchObject({ count: 0, byDay: [] });
    expect(names(emptyLog)).not.toContain('进度');
  });

  it('is named and headed in every locale', () => {
    expect(progressSheet(story('2020-02-01', 'zh-Hant').visits!, 'zh-Hant').values[0]!.slice(0, 3)).toEqual(['範圍', '日期', '走訪次數']);
    const en = progressSheet(story('2020-02-01', 'en').visits!, 'en');
    expect([en.name, ...en.values[0]!.slice(0, 3)]).toEqual(['Progress', 'Scope', 'Date', 'Attempts']);
  });
});

describe('the daily report says what the day did, as of when', () => {
  it('on 30 Jan: 100 newly verified, 120 still unreached, the reasons', () => {
    const lines = dailyReport(story('2020-01-30'), '2020-01-30', 'zh-Hans');
    expect(lines).toContain('走访进度（截至 1月30日）：当天走访 273 次，新核实 100 户，仍未核实 120 户；累计核实 599/719 户。');
    expect(lines).toContain('逐日核实：1月29日 499、1月30日 100。');
    expect(lines.some((l) => l.startsWith('未核实原因：'))).toBe(true);
  });

  it('as of 1 Feb 23:00 in each locale, every household found', () => {
    const text = (l: Locale) => dailyReport(story('2020-02-01T23:00', l), '2020-02-01', l).join('\n');
    expect(text('zh-Hans')).toContain('走访进度（截至 2月1日 23:00）：当天走访 40 次，新核实 40 户，719 户全部核实。');
    expect(text('zh-Hant')).toContain('走訪進度（截至 2月1日 23:00）：當天走訪 40 次，新核實 40 戶，719 戶全部核實。');
    expect(text('en')).toContain('Visits (as of 2020-02-01 23:00): 40 attempts that day, 40 newly verified; all 719 verified.');
  });

  it('names no volunteer', () => {
    expect(dailyReport(story('2020-02-01'), '2020-02-01', 'zh-Hans').join('\n')).not.toMatch(/工|老师|书记|同志/);
  });
});

describe('the 走访记录 template', () => {
  it('is offered beside the register, in every locale, with the result words to pick', () => {
    for (const [locale, name, header] of [
      ['zh-Hans', '走访记录', '走访结果'],
      ['zh-Hant', '走訪記錄', '走訪結果'],
      ['en', 'Visit log', 'Result'],
    ] as const) {
      const t = templateSheets(locale).find((s) => s.name === name)!;
      expect(t.header[7]).toBe(header);
      expect(t.choices[7]!.length).toBe(8);
    }
  });

  it('is read back as an empty log', () => {
    const t = templateSheets('zh-Hans').find((s) => s.name === '走访记录')!;
    const r = tallyWorkbook([{ name: t.name, values: [[...t.header], ['', '', '第一组', '金都小区']] }]);
    expect(r.visits).toEqual({ count: 0, dwellings: 0, asOf: undefined, byDay: [], byCompound: [] });
    expect(r.problems.errors).toBe(0);
  });
});
