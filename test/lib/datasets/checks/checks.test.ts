import { describe, expect, it } from 'vitest';
import { CHECK_HEADER } from '../../../../examples/people.ts';
import { analyzeSheets, checkRecord, tallyWorkbook, type Cell } from '../../../../lib/index.ts';
import { flatten } from '../../../helpers/flatten.ts';

// Two 王伟 live in 金都小区 (1-101 and 2-201); 李娜 has an ID number in the register.
const PEOPLE: Cell[][] = [
  ['姓名', '身份证号', '联系电话', '小区', '楼号', '门牌号', '人员类别', '抵达日期'],
  ['王伟', '', '13812345678', '金都小区', '1', '101', '返乡', '2020-01-28'],
  ['王伟', '', '13987654321', '金都小区', '2', '201', '返乡', '2020-01-30'],
  ['李娜', '420102198506110024', '', '金都小区', '3', '301', '密接', '2020-02-01'],
  ['赵敏', '', '', '银杏苑', '1', '101', '外来', '2020-01-29'],
];
const run = (checks: Cell[][], asOf = '2020-02-03') =>
  tallyWorkbook(
    [
      { name: '重点人员', values: PEOPLE },
      { name: '随访记录', values: [CHECK_HEADER, ...checks] },
    ],
    { asOf },
  );

describe('a check finds its person', () => {
  it('by ID number, whatever name it was written under', () => {
    const r = run([['2020-02-03', '李 娜', '420102198506110024', '', '', 36.5, '无', '电话', '小刘']]);
    expect(r.people).toMatchObject({ checkedToday: 1, missedToday: 3 });
    expect(r.problems.items).toEqual([]);
  });

  it('by name when the name is one person’s, in either script', () => {
    const r = run([['2020-02-03', '趙敏', '', '', '', '36.8℃', '無', '上门', '小陈']]);
    expect(r.people!.checkedToday).toBe(1);
    expect(r.people!.watch.find((w) => w.row === 5)!.lastCheck).toBe('2020-02-03');
  });

  it('by phone, then by room, when two people share the name', () => {
    const r = run([
      ['2020-02-03', '王伟', '', '139 8765 4321', '', 36.6, '无', '电话', '小刘'],
      ['2020-02-02', '王伟', '', '', '101', 36.6, '无', '上门', '小刘'],
    ]);
    expect(r.problems.items).toEqual([]);
    const byRow = new Map(r.people!.watch.map((w) => [w.row, w.lastCheck]));
    expect(byRow.get(2)).toBe('2020-02-02');
    expect(byRow.get(3)).toBe('2020-02-03');
  });

  it('or is a warning naming the row: nobody of that name, or two it cannot tell apart', () => {
    const r = run([
      ['2020-02-03', '林芳芳', '', '', '', 36.4, '无', '上门', '小刘'],
      ['2020-02-03', '王伟', '', '', '', 36.6, '无', '电话', '小刘'],
      ['2020-02-03', '李娜', '420102197212300514', '', '', 36.6, '无', '电话', '小刘'],
    ]);
    expect(flatten(r.problems.items, ['sheet', 'row', 'column', 'field', 'code', 'severity', 'value'])).toEqual([
      ['随访记录', 2, 'B', 'name', 'rule', 'warning', '林**'],
      ['随访记录', 3, 'B', 'name', 'rule', 'warning', '王*'],
      // The ID number says it is someone else than the 李娜 of the register.
      ['随访记录', 4, 'B', 'name', 'rule', 'warning', '李*'],
    ]);
    expect(r.problems.items[1]!.message).toContain('有 2 位同名人员');
    expect(r.people!.checkedToday).toBe(0);
  });
});

describe('a check log alone', () => {
  it('is read and counted without a register to match against, and says nothing of matching', () => {
    // As the add-on's live check reads a sheet being edited: that sheet only.
    const r = tallyWorkbook(
      [{ name: '随访记录', values: [CHECK_HEADER, ['2020-02-03', '林芳芳', '', '', '', 36.4, '无', '上门', '小刘']] }],
      { asOf: '2020-02-03' },
    );
    expect(r.checks).toEqual({ count: 1, fever: 0, byDay: [{ date: '2020-02-03', checks: 1, fever: 0 }] });
    expect(r.people).toBeUndefined();
    expect(r.problems.items).toEqual([]);
  });

  it('is matched against an empty register: every check is a warning', () => {
    const r = tallyWorkbook(
      [
        { name: '重点人员', values: [PEOPLE[0]!] },
        { name: '随访记录', values: [CHECK_HEADER, ['2020-02-03', '林芳芳', '', '', '', 36.4, '无', '上门', '小刘']] },
      ],
      { asOf: '2020-02-03' },
    );
    expect(r.problems.items.map((p) => [p.sheet, p.row, p.code])).toEqual([['随访记录', 2, 'rule']]);
  });
});

describe('what a check reads', () => {
  it('reads temperatures as typed; Fahrenheit and a missing point are problems with the Celsius hint', () => {
    const r = run([
      ['2020-02-03', '赵敏', '', '', '', '36,8', '', '', ''],
      ['2020-02-03', '李娜', '', '', '', '华氏98.6', '', '', ''],
      ['2020-02-03', '李娜', '', '', '', 365, '', '', ''],
      ['2020-02-03', '李娜', '', '', '', 31, '', '', ''],
    ]);
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'severity'])).toEqual([
      [3, 'F', 'format', 'error'],
      [4, 'F', 'format', 'error'],
      [5, 'F', 'range', 'warning'],
    ]);
    expect(r.problems.items[0]!.message).toContain('是否应为“37”');
    expect(r.problems.items[1]!.message).toContain('是否应为“36.5”');
    expect(r.problems.items[2]!.message).toContain('34–43 ℃');
    // A check with an unreadable reading still happened.
    expect(r.people!.checkedToday).toBe(2);
  });

  it('finds a fever from the reading (37.3 and over) or the symptoms, during the watch only', () => {
    const r = run([
      ['2020-02-02', '赵敏', '', '', '', 37.3, '无', '', ''],
      ['2020-02-03', '李娜', '', '', '', 36.5, '发烧、咳嗽', '', ''],
      ['2020-01-20', '王伟', '', '', '101', 38.2, '', '', ''], // before his watch began
    ]);
    expect(r.people!.fever).toBe(2);
    expect(r.people!.watch.filter((w) => w.alert === 'fever').map((w) => w.row)).toEqual([4, 5]);
    expect(r.checks).toEqual({
      count: 3,
      fever: 3,
      byDay: [
        { date: '2020-01-20', checks: 1, fever: 1 },
        { date: '2020-02-02', checks: 1, fever: 1 },
        { date: '2020-02-03', checks: 1, fever: 1 },
      ],
    });
  });

  it('alerts on a person not checked two days running, not on one checked today', () => {
    const r = run([['2020-02-03', '赵敏', '', '', '', 36.5, '', '', '']], '2020-02-03');
    const alerts = new Map(r.people!.watch.map((w) => [w.row, w.alert]));
    // 王伟 (1-101) is on day 7 with no check; 李娜 is on day 3; 赵敏 was checked today.
    expect([alerts.get(2), alerts.get(4), alerts.get(5)]).toEqual(['missed', 'missed', null]);
  });

  it('warns of a check dated after the as-of day and leaves it out of today', () => {
    const r = run([['2020-02-05', '赵敏', '', '', '', 36.5, '', '', '']]);
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'severity'])).toEqual([[2, 'A', 'rule', 'warning']]);
    expect(r.people!.watch.find((w) => w.row === 5)!.lastCheck).toBeNull();
  });

  it('makes only records its schema accepts', () => {
    const a = analyzeSheets(
      [{ name: '随访记录', values: [CHECK_HEADER, ['2月3日', '赵敏', '', '', '', '三十六度五', '咳嗽、乏力', '电话', '小刘']] }],
      { asOf: '2020-02-03' },
    );
    const records = a.tallies.checks.records;
    expect(records.map((c) => [c.date, c.temperature, c.symptoms])).toEqual([['2020-02-03', 36.5, ['cough', 'fatigue']]]);
    for (const c of records) expect(checkRecord.safeParse(c).success).toBe(true);
  });
});
