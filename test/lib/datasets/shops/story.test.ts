import { describe, expect, it } from 'vitest';
import { tallyWorkbook } from '../../../../lib/index.ts';
import { analyzeSheets } from '../../../../lib/workbook/analyze.ts';
import { shopRecord } from '../../../../lib/datasets/shops/schema.ts';
import { COMPOUNDS } from '../../../../examples/households.ts';
import { SHOPS, shopStory } from '../../../../examples/shops.ts';

// The seed story (examples/shops.ts): 14 street shops of four compounds checked daily from 2 Feb, some
// skipped, some late, compounds in Traditional now and then, times typed every way. Run as of each day,
// paicha's counts for that day are the story's.
describe('the shop checks of 2–6 Feb, as of each day', () => {
  const { rows, truth } = shopStory();
  const sheets = [{ name: '门店排查', values: rows }];

  // Without a shop list, the shops are those the sheet has named by the day.
  const known = (date: string) => SHOPS.filter((s) => [...truth].some(([d, t]) => d <= date && t.checked.has(s.name)));

  for (const [date, t] of truth) {
    it(`counts ${date} exactly and names the shops not checked`, () => {
      const r = tallyWorkbook(sheets, { asOf: date });
      const shops = known(date);
      expect(r.shops).toMatchObject({
        total: shops.length,
        checkedToday: t.checked.size,
        notCheckedToday: shops.length - t.checked.size,
        reportedOnTime: t.onTime,
        late: t.late,
        open: t.open,
        closed: t.closed,
        staffChecked: t.staffChecked,
        fromOutside: t.fromOutside,
        fever: t.fever,
      });
      const notChecked = shops.filter((s) => !t.checked.has(s.name)).map((s) => ({ shop: s.name, compound: COMPOUNDS[s.compound]!.name }));
      expect(new Set(r.shops!.notChecked.map((s) => `${s.compound} ${s.shop}`))).toEqual(
        new Set(notChecked.map((s) => `${s.compound} ${s.shop}`)),
      );
      expect(r.shops!.byCompound.map((c) => c.compound)).toEqual(
        ['东湖新村', '纺织厂宿舍', '金都小区', '银杏苑'].filter((c) => r.shops!.byCompound.some((b) => b.compound === c)),
      );
    });
  }

  it('reads every cell: the only errors are the one shop entered twice, and fevers are alerts', () => {
    const r = tallyWorkbook(sheets, { asOf: '2020-02-06' });
    expect(r.problems.errors).toBe(1);
    expect(r.problems.byCode.duplicate).toBe(1);
    const fevers = r.problems.items.filter((p) => p.field === 'fever');
    expect(fevers.length).toBe([...truth.values()].reduce((n, t) => n + t.fever, 0));
    expect(fevers.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('makes only records its schema accepts', () => {
    const a = analyzeSheets(sheets, { asOf: '2020-02-06' });
    a.tallies.shops.checks.forEach((rec) => expect(shopRecord.safeParse(rec).success).toBe(true));
  });
});
