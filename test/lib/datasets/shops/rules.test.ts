import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tallyWorkbook } from '../../../../lib/index.ts';
import { flatten } from '../../../helpers/flatten.ts';

const HEADER = ['日期', '门店名称', '所属小区', '从业人员', '已查人数', '外地返回', '体温异常', '营业状态', '上报时间'];
const sheet = (...rows: unknown[][]) => [{ name: '门店排查', values: [HEADER, ...rows] as never }];

describe('a shop check row as a team writes it', () => {
  it('reads counts, business words and report times in their usual forms', () => {
    const r = tallyWorkbook(
      sheet(
        ['2020-02-03', '金都超市', '金都小区', '６', '6人', '无', '无', '正常营业', '19：35'],
        ['', '老王面馆', '金都小區', 4, 3, 1, '37.8℃', '仅外卖', '晚上8点'],
        ['', '惠民菜店', '金都小区', 3, 0, '-', 0, '暂停营业', '晚上8点半'],
      ),
      { asOf: '2020-02-03' },
    );
    expect(r.shops).toEqual({
      total: 3,
      checkedToday: 3,
      notCheckedToday: 0,
      reportedOnTime: 2,
      late: 1,
      open: 2,
      closed: 1,
      staffChecked: 9,
      fromOutside: 1,
      fever: 1,
      byCompound: [{ compound: '金都小区', total: 3, checkedToday: 3 }],
      notChecked: [],
    });
    // The fever is an alert on its cell.
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'severity'])).toEqual([[3, 'G', 'rule', 'warning']]);
    expect(r.problems.items[0]!.message).toContain('体温异常');
  });

  it('checks the counts against each other and asks for a missing business status and report time', () => {
    const r = tallyWorkbook(
      sheet(
        ['2020-02-03', '金都超市', '金都小区', 2, 3, 0, 0, '营业', '19:00'],
        ['2020-02-03', '老王面馆', '金都小区', 4, 1, 2, 0, '', ''],
        ['', '', '金都小区', 4, 1, 0, 0, '营业', '19:00'],
      ),
      { asOf: '2020-02-03' },
    );
    expect(flatten(r.problems.items, ['row', 'column', 'field', 'code', 'severity'])).toEqual([
      [2, 'E', 'staffChecked', 'rule', 'warning'],
      [3, 'I', 'reportTime', 'rule', 'info'],
      [3, 'F', 'fromOutside', 'rule', 'warning'],
      [3, 'H', 'business', 'rule', 'warning'],
      [4, 'B', 'shop', 'required', 'error'],
    ]);
    expect(r.shops).toMatchObject({ total: 2, checkedToday: 2, reportedOnTime: 1, late: 0, open: 1, closed: 0 });
  });

  it('counts a shop twice on one day once, and the later report is the one that counts', () => {
    const r = tallyWorkbook(
      sheet(
        ['2020-02-03', '金都超市', '金都小区', 6, 6, 0, 0, '营业', '19:50'],
        ['2020-02-03', '金都超市', '金都小區', 6, 5, 0, 0, '停业', '20:10'],
      ),
      { asOf: '2020-02-03' },
    );
    expect(r.shops).toMatchObject({ total: 1, checkedToday: 1, late: 1, reportedOnTime: 0, open: 0, closed: 1, staffChecked: 5 });
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'value'])).toEqual([[3, 'B', 'duplicate', '2020-02-03 金都小區 金都超市']]);
  });

  it('takes the shops from a 门店名录 when there is one: a shop never checked is named, a shop not listed is added with a note', () => {
    const list = [
      ['门店名称', '所属小区', '地址', '负责人', '联系电话', '从业人员'],
      ['金都超市', '金都小区', '临街1号', '王伟', '13800000000', 6],
      ['惠民菜店', '金都小区', '临街6号', '李芳', '', 3],
    ];
    const r = tallyWorkbook(
      [
        { name: '门店名录', values: list },
        ...sheet(
          ['2020-02-03', '金都超市', '金都小区', 6, 6, 0, 0, '营业', '19:00'],
          ['2020-02-03', '新开水果店', '金都小区', 2, 2, 0, 0, '营业', '19:10'],
        ),
      ],
      { asOf: '2020-02-03' },
    );
    expect(r.shops).toMatchObject({
      total: 3,
      checkedToday: 2,
      notCheckedToday: 1,
      notChecked: [{ shop: '惠民菜店', compound: '金都小区' }],
    });
    expect(flatten(r.problems.items, ['sheet', 'row', 'code', 'severity', 'value'])).toEqual([
      ['门店排查', 3, 'rule', 'info', '新开水果店'],
    ]);
  });

  it('points the note on a shop not listed at its 门店名称 cell', () => {
    const list = [
      ['门店名称', '所属小区'],
      ['金都超市', '金都小区'],
    ];
    const r = tallyWorkbook(
      [{ name: '门店名录', values: list }, ...sheet(['2020-02-03', '新开水果店', '金都小区', 2, 2, 0, 0, '营业', '19:10'])],
      { asOf: '2020-02-03' },
    );
    expect(flatten(r.problems.items, ['sheet', 'row', 'column', 'field', 'value'])).toEqual([['门店排查', 2, 'B', 'shop', '新开水果店']]);
  });

  it('counts as of a time of day: a report after the as-of moment is not in yet, and the day is not over', () => {
    const rows = sheet(
      ['2020-02-02', '老王面馆', '金都小区', 4, 4, 0, 0, '营业', '19:00'],
      ['2020-02-03', '金都超市', '金都小区', 6, 6, 0, 0, '营业', '15:00'],
      ['2020-02-03', '老王面馆', '金都小区', 4, 4, 0, 0, '营业', '19:00'],
    );
    expect(tallyWorkbook(rows, { asOf: '2020-02-03T16:00' }).shops).toMatchObject({
      checkedToday: 1,
      notChecked: [{ shop: '老王面馆', compound: '金都小区' }],
    });
    expect(tallyWorkbook(rows, { asOf: '2020-02-03T20:00' }).shops).toMatchObject({ checkedToday: 2, notChecked: [] });
  });

  it('takes the cut-off from the options', () => {
    const rows = sheet(['2020-02-03', '金都超市', '金都小区', 6, 6, 0, 0, '营业', '18:30']);
    expect(tallyWorkbook(rows, { asOf: '2020-02-03', cutoff: '18:00' }).shops).toMatchObject({ late: 1, reportedOnTime: 0 });
    expect(tallyWorkbook(rows, { asOf: '2020-02-03' }).shops).toMatchObject({ late: 0, reportedOnTime: 1 });
  });

  it('counts a report sent after midnight for the day before as late, and warns of a day after the as-of day', () => {
    const r = tallyWorkbook(
      sheet(
        ['2020-02-03', '金都超市', '金都小区', 6, 6, 0, 0, '营业', '2020-02-04 00:30'],
        ['2020-02-05', '老王面馆', '金都小区', 4, 4, 0, 0, '营业', '19:00'],
      ),
      { asOf: '2020-02-03' },
    );
    expect(r.shops).toMatchObject({ total: 1, checkedToday: 1, late: 1 });
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'severity'])).toEqual([[3, 'A', 'rule', 'warning']]);
  });
});

describe('properties', () => {
  const row = (shop: string, minutes: number, business = '营业'): unknown[] => [
    '2020-02-03',
    shop,
    '金都小区',
    3,
    3,
    0,
    0,
    business,
    `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`,
  ];

  it('a report is on time exactly when it is at or before the cut-off', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), (report, cutoff) => {
        const hhmm = `${Math.floor(cutoff / 60)}:${String(cutoff % 60).padStart(2, '0')}`;
        const s = tallyWorkbook(sheet(row('金都超市', report)), { asOf: '2020-02-03', cutoff: hhmm }).shops!;
        expect([s.reportedOnTime, s.late]).toEqual(report <= cutoff ? [1, 0] : [0, 1]);
      }),
      { numRuns: 200 },
    );
  });

  it('of two reports of one shop on one day the later counts, in whatever order the rows are', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 600, max: 1400 }), { minLength: 2, maxLength: 5 }), fc.boolean(), (times, reverse) => {
        const rows = times.map((t, i) => row('金都超市', t, i % 2 === 0 ? '营业' : '停业'));
        const latest = times.indexOf(Math.max(...times));
        const s = tallyWorkbook(sheet(...(reverse ? [...rows].reverse() : rows)), { asOf: '2020-02-03' }).shops!;
        expect(s).toMatchObject({
          checkedToday: 1,
          open: latest % 2 === 0 ? 1 : 0,
          closed: latest % 2 === 0 ? 0 : 1,
          late: Math.max(...times) > 1200 ? 1 : 0,
        });
      }),
      { numRuns: 100 },
    );
  });
});
