import { describe, expect, it } from 'vitest';
import { analyzeSheets, tallyWorkbook } from '../../../../lib/index.ts';
import { visitRecord } from '../../../../lib/datasets/visits/schema.ts';
import type { VisitRecord } from '../../../../lib/datasets/visits/record.ts';
import type { Cell } from '../../../../lib/cells/result.ts';
import { flatten } from '../../../helpers/flatten.ts';

const HEADER = ['日期', '时间', '工作组', '小区', '楼号', '单元', '门牌号', '走访结果', '走访人', '备注'];
const log = (...rows: Cell[][]) => [{ name: '走访记录', values: [HEADER, ...rows] }];
const row = (date: Cell, time: Cell, room: Cell, result: Cell): Cell[] => [
  date,
  time,
  '第一组',
  '金都小区',
  '12号楼',
  '1单元',
  room,
  result,
  '王工',
  '',
];

/** The attempts a log reads, as the tally keeps them (each held to the record schema). */
function attempts(values: Cell[][]): VisitRecord[] {
  // The as-of day gives the year of 1月30日.
  const a = analyzeSheets([{ name: '走访记录', values }], { asOf: '2020-02-03' });
  const list: VisitRecord[] = [];
  // Histories keep the latest attempt of each dwelling; a one-attempt-per-dwelling log shows each.
  for (const h of a.tallies.visits.histories().values()) list.push(h.place);
  for (const r of list) expect(visitRecord.parse(r)).toEqual(r);
  return list.sort((x, y) => x.row - y.row);
}

describe('a visit log is recognized by its header and read row by row', () => {
  it('is its own register, not a household register, even with 走访情况 for the result', () => {
    const values = [
      ['日期', '小区', '楼号', '门牌号', '走访情况'],
      ['2020-01-29', '金都小区', 12, '301', '敲不开门'],
    ];
    const a = analyzeSheets([{ name: 'Sheet1', values }]);
    expect(a.sheets[0]!.dataset).toBe('visits');
    expect(tallyWorkbook([{ name: 'Sheet1', values }]).visits).toMatchObject({ count: 1, dwellings: 1 });
  });

  it('reads the same from Traditional and English headers', () => {
    const rows = [row('2020-01-29', '19:35', '301', '入户登记'), row('2020-01-29', '10:00', '302', '不在家')];
    const zh = tallyWorkbook(log(...rows));
    const hant = tallyWorkbook([
      { name: '走訪記錄', values: [['日期', '時間', '工作組', '小區', '樓號', '單元', '門牌號', '走訪結果', '走訪人', '備註'], ...rows] },
    ]);
    const en = tallyWorkbook([
      {
        name: 'Visits',
        values: [['Date', 'Time', 'Group', 'Compound', 'Building', 'Unit', 'Room', 'Result', 'Visitor', 'Notes'], ...rows],
      },
    ]);
    expect(hant.visits).toEqual(zh.visits);
    expect(en.visits).toEqual(zh.visits);
    expect(zh.households).toMatchObject({ total: 2, verified: 1 });
  });

  it('reads times as typed: 19:35, 19：35, 9:05, 19点35分, 晚上7点半, an Excel time, a date-time in the date cell', () => {
    const times: Cell[] = ['19:35', '19：35', '9:05', '19点35分', '晚上7点半', 0.8125, 8, 19.35];
    const values = [
      HEADER,
      ...times.map((t, i) => row('2020-01-29', t, String(301 + i), '入户登记')),
      row('2020-01-29 20:10', '', '401', '入户登记'),
      row(new Date(Date.UTC(2020, 0, 29, 13, 5)), '', '402', '入户登记'),
    ];
    expect(attempts(values).map((r) => [r.date, r.minutes])).toEqual([
      ...[1175, 1175, 545, 1175, 1170, 1170, 480, 1175].map((m) => ['2020-01-29', m]),
      ['2020-01-29', 1210],
      ['2020-01-29', 21 * 60 + 5], // 13:05 UTC is 21:05 in Beijing
    ]);
  });

  it('reads an Apps Script time cell on its zone’s 1899 clock when told it (Asia/Shanghai then: +8:05:43)', () => {
    const lmt = 8 * 60 + 5 + 43 / 60;
    const cell = new Date(Date.UTC(1899, 11, 30, 19, 35) - lmt * 60_000); // what getValues() gives for 19:35
    const values = [HEADER, row('2020-01-29', cell, '301', '入户登记')];
    const minutes = (o: { epochOffsetMinutes?: number }) =>
      [
        ...analyzeSheets([{ name: '走访记录', values }], o)
          .tallies.visits.histories()
          .values(),
      ][0]!.place.minutes;
    expect(minutes({ epochOffsetMinutes: lmt })).toBe(19 * 60 + 35);
    expect(minutes({})).toBe(19 * 60 + 29);
  });

  it('reads a day as typed, and a blank date cell as the day of the rows above (a merged cell)', () => {
    const values = [
      HEADER,
      row('2020/1/29', '9:00', '301', '敲不开门'),
      row('', '10:00', '302', '敲不开门'),
      row('1月30日', '9:00', '303', '不在家'),
      row(43861, '', '304', '外出'),
    ];
    expect(attempts(values).map((r) => [r.row, r.date])).toEqual([
      [2, '2020-01-29'],
      [3, '2020-01-29'],
      [4, '2020-01-30'],
      [5, '2020-01-31'],
    ]);
  });

  it('needs a day: a first row without one is an error and is not counted', () => {
    const r = tallyWorkbook(log(row('', '9:00', '301', '敲不开门'), row('2020-01-29', '9:00', '302', '敲不开门')));
    expect(r.visits!.count).toBe(1);
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'severity'])).toEqual([[2, 'A', 'rule', 'error']]);
    expect(r.problems.items[0]!.message).toContain('请填写走访日期');
  });

  it('a bad date or time is a cell problem naming what to type; the row does not take the day above', () => {
    const r = tallyWorkbook(
      log(row('2020-01-29', '9:00', '301', '敲不开门'), row('2020-13-45', '9:00', '302', '敲不开门'), row('', '25点', '303', '敲不开门')),
    );
    expect(flatten(r.problems.items, ['row', 'column', 'code'])).toEqual([
      [3, 'A', 'type'],
      [4, 'B', 'range'],
    ]); // 2020-13-45 is no day at all (issue 13)
    expect(r.problems.items[0]!.message).toContain('“2020-13-45”不是日期和时间');
    expect(r.problems.items[1]!.message).toContain('时间（如 19:35 或 晚上7点半）');
    // Neither takes the day above: a bad date is not a blank one, and a bad time cell may have held the day.
    expect(r.visits!.count).toBe(1);
  });

  it('a result is required; a tick is verified with an info asking for the way', () => {
    const r = tallyWorkbook(log(row('2020-01-29', '9:00', '301', ''), row('2020-01-29', '9:00', '302', '✓')));
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'severity'])).toEqual([
      [2, 'H', 'required', 'error'],
      [3, 'H', 'rule', 'info'],
    ]);
    expect(r.households).toMatchObject({ total: 1, verified: 1 });
  });

  it('a result read by a guess counts as an attempt not yet verified, with the word to type', () => {
    const r = tallyWorkbook(log(row('2020-01-29', '9:00', '301', '入户等记'), row('2020-01-29', '9:00', '302', '看情况')));
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'severity'])).toEqual([
      [2, 'H', 'status-guess', 'warning'],
      [3, 'H', 'enum', 'error'],
    ]);
    expect(r.visits).toMatchObject({ count: 2, dwellings: 2 });
    expect(r.households).toMatchObject({ total: 2, verified: 0, byStatus: { pending: 2 } });
  });

  it('a visit after the as-of day is a warning and not yet counted', () => {
    const r = tallyWorkbook(log(row('2020-01-29', '9:00', '301', '敲不开门'), row('2020-02-09', '9:00', '301', '入户登记')), {
      asOf: '2020-02-01',
    });
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'severity'])).toEqual([[3, 'A', 'rule', 'warning']]);
    expect(r.households).toMatchObject({ total: 1, verified: 0 });
    expect(r.visits).toMatchObject({ count: 1, dwellings: 1 });
  });

  it('never calls a repeated dwelling a duplicate: every attempt counts', () => {
    const r = tallyWorkbook(
      log(
        row('2020-01-29', '9:00', '301', '敲不开门'),
        row('2020-01-29', '9:00', '301', '敲不开门'),
        row('2020-01-30', '12:00', '３０１', '入户登记'),
      ),
    );
    expect(r.problems.byCode).toEqual({});
    expect(r.visits).toMatchObject({ count: 3, dwellings: 1 });
  });

  it('the visitor is personal data: never in the result', () => {
    const r = tallyWorkbook(log(row('2020-01-29', '9:00', '301', '敲不开门')));
    expect(r.visits).toMatchObject({ count: 1 }); // the row, visitor and all, was read
    expect(JSON.stringify(r)).not.toContain('王工');
  });
});
