import { describe, expect, it } from 'vitest';
import { PEOPLE_HEADER } from '../../../../examples/people.ts';
import { analyzeSheets, personRecord, tallyWorkbook, templateSheets, type Cell } from '../../../../lib/index.ts';
import { flatten } from '../../../helpers/flatten.ts';

// A watch register as a team writes it: both scripts, short words (返乡, 密接), dates typed three ways,
// the origin as typed. As of 3 Feb: 王伟 arrived 21 Jan (day 14, his last), 李娜 is a close contact from
// 26 Jan, 张强 is still to come, 赵敏 was released by the committee, 陈静 came 10 Jan (released 24 Jan).
// The example's register (examples/people.ts) less its 随访人 column: a team that does not write who calls.
const HEADER = PEOPLE_HEADER.filter((h) => h !== '随访人');
const ROWS: Cell[][] = [
  [
    '王伟',
    '男',
    '420102199003071232',
    '138 1234 5678',
    '金都小区',
    '1号楼',
    '',
    '101',
    '返乡人员',
    '武汉',
    '1月21日',
    '',
    '',
    '居家隔离',
    '',
  ],
  ['李娜', '女', '', '', '金都小區', '1', '', '102', '密接', '湖北孝感', '2020/1/25', '2020-01-26', '', '集中隔离', ''],
  ['张强', '男', '', '', '银杏苑', '2', '', '201', '外来', '武汉市', '2020-02-10', '', '', '拟返回', ''],
  ['赵敏', '女', '', '', '银杏苑', '2', '', '202', '重點人員', '北京', '2020-01-30', '', '', '已解除', ''],
  ['陈静', '女', '', '', '东湖新村', '3', '', '301', '返鄉', '湖北省武汉市江岸区', '2020-01-10', '', '', '居家隔离', ''],
];
const register = (rows: readonly Cell[][] = ROWS): { name: string; values: Cell[][] }[] => [
  { name: '重点人员登记', values: [HEADER, ...rows] },
];

describe('the watch register, as of a day', () => {
  it('counts each person once by where their watch stands', () => {
    const p = tallyWorkbook(register(), { asOf: '2020-02-03' }).people!;
    expect(p).toMatchObject({
      total: 5,
      underWatch: 2,
      released: 2,
      notStarted: 1,
      endingToday: 1,
      checkedToday: 0,
      missedToday: 2,
      fever: 0,
    });
    expect(p.byCategory).toEqual({ returnee: 2, incoming: 1, close_contact: 1, key_person: 1 });
    expect(p.byOrigin).toEqual([
      { origin: '湖北省武汉市', count: 3 },
      { origin: '北京市', count: 1 },
      { origin: '湖北省孝感市', count: 1 },
    ]);
    // 金都小區 is 金都小区: one compound, shown as most rows spell it.
    expect(p.byCompound).toEqual([
      { compound: '东湖新村', underWatch: 0 },
      { compound: '金都小区', underWatch: 2 },
      { compound: '银杏苑', underWatch: 0 },
    ]);
  });

  it('lists who is under watch by row, with no name, ID number or phone', () => {
    const p = tallyWorkbook(register(), { asOf: '2020-02-03' }).people!;
    expect(p.watch).toEqual([
      {
        sheet: '重点人员登记',
        row: 2,
        compound: '金都小区',
        category: 'returnee',
        start: '2020-01-21',
        end: '2020-02-03',
        lastCheck: null,
        alert: 'missed',
      },
      {
        sheet: '重点人员登记',
        row: 3,
        compound: '金都小区',
        category: 'close_contact',
        start: '2020-01-26',
        end: '2020-02-08',
        lastCheck: null,
        alert: 'missed',
      },
    ]);
    const json = JSON.stringify(p);
    for (const secret of ['王伟', '李娜', '420102199003071232', '13812345678', '1234 5678']) expect(json).not.toContain(secret);
  });

  it('releases 王伟 the day after his 14th day, and starts 张强 on his arrival', () => {
    const feb4 = tallyWorkbook(register(), { asOf: '2020-02-04' }).people!;
    expect(feb4).toMatchObject({ underWatch: 1, released: 3, endingToday: 0 });
    const feb10 = tallyWorkbook(register(), { asOf: '2020-02-10' }).people!;
    expect(feb10).toMatchObject({ underWatch: 1, notStarted: 0, released: 4 });
    expect(feb10.watch.map((w) => [w.row, w.start, w.end])).toEqual([[4, '2020-02-10', '2020-02-23']]);
  });

  it('takes a watch of another length, and an explicit end date over the computed one', () => {
    expect(tallyWorkbook(register(), { asOf: '2020-02-03', watchDays: 7 }).people).toMatchObject({ underWatch: 0, released: 4 });
    const ended = ROWS.map((r, i) => (i === 1 ? r.map((c, j) => (j === 12 ? '2020-02-02' : c)) : r));
    expect(tallyWorkbook(register(ended), { asOf: '2020-02-03' }).people).toMatchObject({ underWatch: 1, released: 3 });
  });

  it('asks for a start date it cannot do without, and for an end date before the start', () => {
    const rows: Cell[][] = [
      ['刘洋', '男', '', '', '金都小区', '2', '', '201', '返乡', '武汉', '', '', '', '居家隔离', ''],
      ['周杰', '男', '', '', '金都小区', '2', '', '202', '密接', '武汉', '2020-01-30', '', '2020-01-20', '居家隔离', ''],
    ];
    const r = tallyWorkbook(register(rows), { asOf: '2020-02-03' });
    expect(flatten(r.problems.items, ['row', 'column', 'field', 'code', 'severity'])).toEqual([
      [2, 'L', 'watchStart', 'rule', 'warning'],
      [3, 'M', 'watchEnd', 'rule', 'warning'],
    ]);
    expect(r.problems.items[0]!.message).toContain('算不出 14 天观察期');
    expect(r.problems.items[1]!.message).toContain('早于开始日期 2020-01-30');
    // 刘洋 is counted but not under watch; 周杰 is watched 14 days from 30 Jan.
    expect(r.people).toMatchObject({ total: 2, underWatch: 1 });
    expect(r.people!.watch[0]!.end).toBe('2020-02-12');
  });

  it('counts a person with one ID number once across sheets, and says which rows repeat (masked)', () => {
    const again = [...ROWS[0]!];
    again[11] = '2020-01-25';
    const r = tallyWorkbook([...register(), { name: '重点人员（二）', values: [HEADER, again] }], { asOf: '2020-02-03' });
    expect(r.people!.total).toBe(5);
    expect(flatten(r.problems.items, ['sheet', 'row', 'column', 'code', 'value'])).toEqual([
      ['重点人员（二）', 2, 'C', 'duplicate', '420102********1232'],
    ]);
    // The later start counts: someone who came back twice is watched from the second return.
    expect(r.people!.watch.find((w) => w.row === 2)!.start).toBe('2020-01-25');
  });

  it('says which words a category cell takes, and still watches the person', () => {
    const rows = [['孙丽', '女', '', '', '金都小区', '1', '', '103', '亲戚', '武汉', '2020-02-01', '', '', '', '']];
    const r = tallyWorkbook(register(rows), { asOf: '2020-02-03' });
    expect(flatten(r.problems.items, ['row', 'column', 'code'])).toEqual([[2, 'I', 'enum']]);
    expect(r.problems.items[0]!.message).toContain('返乡人员、外来人员、密切接触者、重点人员');
    expect(r.people).toMatchObject({ total: 1, underWatch: 1 });
  });

  it('reads Traditional headers and shuffled rows to the same tally', () => {
    const trad = [
      '姓名',
      '性別',
      '身分證號',
      '聯繫電話',
      '小區',
      '樓號',
      '單元',
      '門牌號',
      '人員類別',
      '來自',
      '抵達日期',
      '隔離開始',
      '隔離結束',
      '管控措施',
      '備註',
    ];
    const base = tallyWorkbook(register(), { asOf: '2020-02-03' }).people;
    expect(tallyWorkbook([{ name: '重点人员登记', values: [trad, ...ROWS] }], { asOf: '2020-02-03' }).people).toEqual(base);
    const shuffled = [ROWS[3]!, ROWS[0]!, ROWS[4]!, ROWS[2]!, ROWS[1]!];
    const p = tallyWorkbook(register(shuffled), { asOf: '2020-02-03' }).people!;
    expect({ ...p, watch: p.watch.map(({ row: _row, ...w }) => w) }).toEqual({
      ...base,
      watch: base!.watch.map(({ row: _row, ...w }) => w),
    });
  });

  it('says a 姓名 holding a number that is no number (Infinity, NaN) cannot be read, rather than dropping the person', () => {
    for (const bad of [Number.POSITIVE_INFINITY, Number.NaN]) {
      const r = tallyWorkbook([
        {
          name: '重点人员',
          values: [
            ['小区', '姓名', '类别'],
            ['金都小区', bad, '返乡人员'],
          ],
        },
      ]);
      expect(
        flatten(
          r.problems.items.filter((i) => i.severity === 'error'),
          ['row', 'column', 'field', 'code'],
        ),
      ).toEqual([[2, 'B', 'name', 'type']]);
    }
  });

  it('makes only records its schema accepts', () => {
    const a = analyzeSheets(register(), { asOf: '2020-02-03' });
    expect(a.tallies.people.records()).toHaveLength(5);
    for (const p of a.tallies.people.records()) expect(personRecord.safeParse(p).success).toBe(true);
  });
});

describe('the register and the household register', () => {
  const households = {
    name: '住户登记',
    values: [
      ['小区', '楼号', '门牌号', '核查状态'],
      ['金都小区', 1, '101', '入户登记'],
      ['金都小区', 1, '102', '入户登记'],
    ],
  };

  it('warns about a person whose address is not a dwelling of the household register', () => {
    const r = tallyWorkbook([households, ...register(ROWS.slice(0, 3))], { asOf: '2020-02-03' });
    expect(flatten(r.problems.items, ['sheet', 'row', 'column', 'field', 'code', 'severity'])).toEqual([
      ['重点人员登记', 4, 'H', 'room', 'rule', 'warning'],
    ]);
    expect(r.problems.items[0]!.message).toContain('住户登记表里找不到');
  });

  it('leaves the people alone when the workbook has no household register', () => {
    expect(tallyWorkbook(register(ROWS.slice(0, 3)), { asOf: '2020-02-03' }).problems.items).toEqual([]);
  });
});

describe('the templates', () => {
  it('offer a watch register and a check log that paicha reads back as their own, empty', () => {
    // Each template is found by what paicha reads it as, whatever the order of the others.
    const pick = (locale: 'zh-Hans' | 'zh-Hant' | 'en', id: string) =>
      templateSheets(locale).find((t) => analyzeSheets([{ name: t.name, values: [[...t.header]] }]).sheets[0]?.dataset === id);
    for (const locale of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const people = pick(locale, 'people');
      const checks = pick(locale, 'checks');
      const a = analyzeSheets([
        { name: people!.name, values: [[...people!.header]] },
        { name: checks!.name, values: [[...checks!.header]] },
      ]);
      expect(a.sheets.map((s) => s.dataset)).toEqual(['people', 'checks']);
      expect(a.problems.items).toEqual([]);
    }
    const people = pick('zh-Hans', 'people');
    const checks = pick('zh-Hans', 'checks');
    expect(people!.header.slice(0, 4)).toEqual(['姓名', '性别', '身份证号', '联系电话']);
    expect(Object.values(people!.choices)).toEqual([
      ['返乡人员', '外来人员', '密切接触者', '重点人员'],
      ['居家隔离', '集中隔离', '健康监测', '拟返回', '已解除'],
    ]);
    expect(checks!.header).toEqual([
      '日期',
      '姓名',
      '身份证号',
      '联系电话',
      '小区',
      '楼号',
      '单元',
      '门牌号',
      '体温',
      '症状',
      '随访方式',
      '随访人',
    ]);
    // ID numbers and phones kept as text, so no digit is lost.
    expect(people!.textColumns.map((i) => people!.header[i])).toEqual(['身份证号', '联系电话', '门牌号']);
  });
});
