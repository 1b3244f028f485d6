import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyWorkbook } from '../../../lib/index.ts';
import { comparePlace } from '../../../lib/places/order.ts';

const sorted = (labels: readonly string[]): string[] => [...labels].sort(comparePlace);

describe('places in natural order', () => {
  it.each([
    [
      'groups came out 第一组, 第三组, 第二组, 第四组',
      ['第四组', '第二组', '第十组', '第三组', '第一组'],
      ['第一组', '第二组', '第三组', '第四组', '第十组'],
    ],
    ['buildings: 2号楼 before 10号楼', ['10号楼', '2号楼', '1号楼'], ['1号楼', '2号楼', '10号楼']],
    ['areas in Chinese numerals', ['十区', '二区', '一区', '十一区'], ['一区', '二区', '十区', '十一区']],
    ['numbers anywhere in the name', ['金都3期', '金都12期', '金都二期'], ['金都二期', '金都3期', '金都12期']],
    ['rooms with a unit in front', ['12-101', '3-201', '3-1101'], ['3-201', '3-1101', '12-101']],
    ['Arabic and Chinese numbers mixed, then by text', ['二号楼', '2号楼', '1号楼'], ['1号楼', '2号楼', '二号楼']],
    ['a label without a number after the numbered ones at that place', ['A座', '1号楼'], ['1号楼', 'A座']],
  ])('%s', (_what, given, expected) => {
    expect(sorted(given)).toEqual(expected);
  });

  it('is a total order: antisymmetric and transitive on any labels', () => {
    const label = fc
      .array(fc.constantFrom('第', '组', '号楼', '十', '二', '一', '〇', '0', '1', '2', '9', '10', '-', 'A', '区', '万', '两'), {
        maxLength: 6,
      })
      .map((a) => a.join(''));
    fc.assert(
      fc.property(label, label, label, (a, b, c) => {
        expect(Math.sign(comparePlace(a, b)) + Math.sign(comparePlace(b, a))).toBe(0);
        if (comparePlace(a, b) === 0) expect(a).toBe(b);
        if (comparePlace(a, b) <= 0 && comparePlace(b, c) <= 0) expect(comparePlace(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('the tally lists groups, compounds and buildings in this order', () => {
    const rows = [['工作组', '小区', '楼号', '门牌号', '核查状态']];
    for (const [g, c, b] of [
      ['第十组', '二区', '10号楼'],
      ['第二组', '十区', '2号楼'],
      ['第三组', '一区', '9号楼'],
      ['第一组', '二区', '2号楼'],
    ])
      rows.push([g!, c!, b!, '101', '入户登记']);
    const r = tallyWorkbook([{ name: '住户登记', values: rows }], { asOf: '2020-02-03' });
    expect(r.households.byGroup.map((g) => g.group)).toEqual(['第一组', '第二组', '第三组', '第十组']);
    expect(r.households.byCompound.map((c) => c.compound)).toEqual(['一区', '二区', '十区']);
    expect(r.households.byBuilding.map((b) => `${b.compound}${b.building}`)).toEqual(['一区9', '二区2', '二区10', '十区2']);
  });
});
