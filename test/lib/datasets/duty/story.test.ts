import { describe, expect, it } from 'vitest';
import { tallyWorkbook } from '../../../../lib/index.ts';
import { analyzeSheets } from '../../../../lib/workbook/analyze.ts';
import { dutyRecord } from '../../../../lib/datasets/duty/schema.ts';
import { COMPOUNDS } from '../../../../examples/households.ts';
import { dutyStory } from '../../../../examples/shops.ts';

// The seed story: from 4 Feb each compound logs its duty day (消杀, 出入登记, 垃圾清运), from 7 Feb the
// closed-management inspection too. Some days a compound does not report, some reports come late.
describe('the duty log of 4–9 Feb, as of each day', () => {
  const { rows, truth } = dutyStory();
  const sheets = [{ name: '工作台账', values: rows }];
  const known = (date: string) => COMPOUNDS.map((c) => c.name).filter((c) => [...truth].some(([d, t]) => d <= date && t.reported.has(c)));

  for (const [date, t] of truth) {
    it(`counts ${date} exactly and names the compounds missing`, () => {
      const r = tallyWorkbook(sheets, { asOf: date });
      const compounds = known(date);
      expect(r.duty).toMatchObject({
        compounds: compounds.length,
        reportedToday: t.reported.size,
        missingToday: compounds.length - t.reported.size,
        late: t.late,
        issues: t.issues,
      });
      expect(new Set(r.duty!.missing)).toEqual(new Set(compounds.filter((c) => !t.reported.has(c))));
      for (const c of r.duty!.byCompound) {
        const days = [...truth].filter(([d, x]) => d <= date && x.reported.has(c.compound)).map(([d]) => d);
        expect(c).toEqual({ compound: c.compound, days: days.length, lastReport: days.length > 0 ? days[days.length - 1] : null });
      }
    });
  }

  it('reads every cell of it without an error, blank 封闭管理 before 7 Feb included', () => {
    const r = tallyWorkbook(sheets, { asOf: '2020-02-09' });
    expect(r.problems.errors).toBe(0);
    const a = analyzeSheets(sheets, { asOf: '2020-02-09' });
    a.tallies.duty.days.forEach((rec) => expect(dutyRecord.safeParse(rec).success).toBe(true));
  });

  it('counts a household register’s compound that never reported as missing', () => {
    const households = [
      ['小区', '楼号', '门牌号', '核查状态'],
      ['光明小区', '1', '101', '入户登记'],
    ];
    const r = tallyWorkbook([...sheets, { name: '住户登记', values: households }], { asOf: '2020-02-09' });
    expect(r.duty!.missing).toContain('光明小区');
    expect(r.duty!.byCompound.find((c) => c.compound === '光明小区')).toEqual({ compound: '光明小区', days: 0, lastReport: null });
  });
});
