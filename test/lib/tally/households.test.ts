import { describe, expect, it } from 'vitest';
import { tallyWorkbook } from '../../../lib/index.ts';
import { flatten } from '../../helpers/flatten.ts';

// A register written the way real teams write it.
const messy = [
  ['工作组', '小区', '楼号', '单元', '门牌号', '户主姓名', '联系电话', '核查状态', '走访次数'],
  ['第一组', '金都小区', '十二号楼', '1', '301', '王伟', '138 1234 5678', '入户登记', 1],
  ['第一组', '金都小區', '12#', '1单元', 302, '李芳', '+86 139-0000-1111', '電話登記', 2],
  ['第一组', ' 金都小区　', '１２栋', '一单元', '0303', '张敏', '', '敲不开门', 2],
  ['第一组', '金都小区', '12号', 1, '301', '王伟', '', '入户登记', 1], // the dwelling of row 2, entered again
  ['', '', '', '', '', '', '', '', ''],
  ['第二组', '银杏苑', 3, '', '101', '刘洋', '13512345678', '不在家', 1],
  ['第二组', '銀杏苑', '3号楼', '', '102', '陈静', '', '空置', 1],
  ['合计', '', '', '', '', '', '', '', ''],
];

describe('tallyWorkbook on households', () => {
  const r = tallyWorkbook([{ name: '住户', values: messy }], { asOf: '2020-02-03' });

  it('counts every dwelling once, with one compound per real compound', () => {
    expect(r.households).toMatchObject({ total: 5, verified: 3, unreached: 2, rate: 0.6 });
    expect(r.households.byCompound.map((c) => [c.compound, c.total, c.verified, c.buildings])).toEqual([
      ['金都小区', 3, 2, 1],
      ['银杏苑', 2, 1, 1],
    ]);
    expect(r.households.byStatus).toMatchObject({ visited: 1, phoned: 1, vacant: 1, no_answer: 1, not_home: 1, pending: 0 });
    expect(r.households.byBuilding.map((b) => [b.compound, b.building, b.total])).toEqual([
      ['金都小区', '12', 3],
      ['银杏苑', '3', 2],
    ]);
    expect(r.households.byGroup.map((g) => [g.group, g.total, g.verified])).toEqual([
      ['第一组', 3, 2],
      ['第二组', 2, 1],
    ]);
  });

  it('reports the duplicate with both rows, skips the total row and the blank row', () => {
    expect(flatten(r.problems.items, ['sheet', 'row', 'column', 'code', 'severity'])).toEqual([
      ['住户', 5, 'E', 'duplicate', 'error'],
      ['住户', 9, '', 'total-row', 'info'],
      ['住户', 0, '', 'blank-row', 'info'],
    ]);
    const dup = r.problems.items[0]!;
    expect(dup.message).toContain('第5行');
    expect(dup.message).toContain('第2行');
    expect(r.problems).toMatchObject({ errors: 1, warnings: 0, infos: 2, byCode: { duplicate: 1, 'total-row': 1, 'blank-row': 1 } });
  });

  it('gives the same tally with Traditional headers and status words', () => {
    const hant = messy.map((row, i) =>
      i === 0
        ? ['工作組', '小區', '樓號', '單元', '門牌號', '戶主姓名', '聯繫電話', '核查狀態', '走訪次數']
        : row.map((c) =>
            typeof c === 'string' ? c.replace('入户登记', '入戶登記').replace('敲不开门', '敲不開門').replace('空置', '空置') : c,
          ),
    );
    const t = tallyWorkbook([{ name: '住户', values: hant }], { asOf: '2020-02-03' });
    expect(t.households).toEqual(r.households);
  });

  it('gives the same tally with English headers', () => {
    const en = [['Group', 'Compound', 'Building', 'Unit', 'Room', 'Head', 'Phone', 'Status', 'Attempts'], ...messy.slice(1)];
    expect(tallyWorkbook([{ name: '住户', values: en }]).households).toEqual(r.households);
  });

  it('keeps the counted row of a dwelling independent of row order: a verified row wins', () => {
    const a = [
      messy[0]!,
      ['第一组', '金都小区', 1, 1, '101', '', '', '敲不开门', 1],
      ['第一组', '金都小区', 1, 1, '101', '', '', '入户登记', 2],
    ];
    const b = [a[0]!, a[2]!, a[1]!];
    const ta = tallyWorkbook([{ name: 's', values: a }]).households;
    expect(ta).toMatchObject({ total: 1, verified: 1 });
    expect(tallyWorkbook([{ name: 's', values: b }]).households).toEqual(ta);
  });
});

describe('problem reports', () => {
  const sheet = [
    ['小区', '楼号', '门牌号', '联系电话', '常住人数', '核查状态'],
    ['金都小区', '12号楼', '301', '1381234', 3, '入户登记'],
    ['金都小区', '', '302', '', 'three', '看情况'],
    ['金都小区', '12号楼', '#REF!', '', 2, '入户登记'],
  ];

  it('names sheet, row, column letter and value for every problem', () => {
    const r = tallyWorkbook([{ name: '一组', values: sheet }]);
    expect(flatten(r.problems.items, ['sheet', 'row', 'column', 'field', 'code', 'severity'])).toEqual([
      ['一组', 2, 'D', 'phone', 'format', 'warning'],
      ['一组', 3, 'B', 'building', 'required', 'error'],
      ['一组', 3, 'E', 'residents', 'format', 'warning'],
      ['一组', 3, 'F', 'status', 'enum', 'error'],
      ['一组', 4, 'C', 'room', 'formula-error', 'error'],
    ]);
    expect(r.households.total).toBe(1);
  });

  it.each([
    ['zh-Hans', '必填项', '请补上'],
    ['zh-Hant', '必填項', '請補上'],
    ['en', 'required', 'Please fill it in'],
  ] as const)('renders messages in %s, saying what to do', (locale, word, action) => {
    const r = tallyWorkbook([{ name: '一组', values: sheet }], { locale });
    const required = r.problems.items.find((p) => p.code === 'required')!;
    expect(required.message).toContain(word);
    expect(required.message).toContain(action);
    expect([required.row, required.column]).toEqual([3, 'B']); // the place beside the message, not in it
  });

  it('masks personal values in problem reports', () => {
    const r = tallyWorkbook([{ name: '一组', values: [sheet[0]!, ['金都小区', '1', '301', '138123456789', 1, '入户登记']] }]);
    const phone = r.problems.items.find((p) => p.field === 'phone')!;
    expect(phone.value).not.toContain('123456789');
  });

  it('reports a missing required column with the names it may have, once', () => {
    const r = tallyWorkbook(
      [
        {
          name: 'x',
          values: [
            ['小区', '门牌号', '核查状态'],
            ['金都小区', '301', '入户登记'],
          ],
        },
      ],
      { locale: 'en' },
    );
    expect(flatten(r.problems.items, ['row', 'field', 'code'])).toEqual([[1, 'building', 'missing-column']]);
    expect(r.problems.items[0]!.message).toContain('Building');
  });

  it('finds a header below title rows and reports columns it does not know', () => {
    const r = tallyWorkbook([
      {
        name: 'x',
        values: [['某社区住户排查表'], ['2020年2月1日'], ['小区', '楼号', '门牌号', '车牌号'], ['金都小区', 1, '101', '鄂A12345']],
      },
    ]);
    expect(r.households.total).toBe(1);
    expect(flatten(r.problems.items, ['row', 'column', 'code', 'value'])).toEqual([[3, 'D', 'unknown-column', '车牌号']]);
  });

  it('accepts user overrides for a team’s own header', () => {
    const values = [
      ['小区', 'Haus', '门牌号'],
      ['金都小区', 1, '101'],
    ];
    expect(tallyWorkbook([{ name: 'x', values }]).problems.byCode['missing-column']).toBe(1);
    expect(tallyWorkbook([{ name: 'x', values }], { columns: { Haus: 'building' } }).households.total).toBe(1);
  });
});

describe('template rows', () => {
  it('skips rows that only carry a pre-filled group and compound, and checks a row with anything else', () => {
    const values = [
      ['序号', '工作组', '小区', '楼号', '门牌号', '备注'],
      [1, '第一组', '金都小区', 1, '101', ''],
      [2, '第一组', '金都小区', '', '', ''],
      [3, '第一组', '金都小区', '', '', ''],
      [4, '第一组', '金都小区', '', '', '空房，待核实'],
    ];
    const r = tallyWorkbook([{ name: 's', values }]);
    expect(r.households.total).toBe(1);
    expect(
      flatten(
        r.problems.items.filter((p) => p.severity !== 'info'),
        ['row', 'column', 'code'],
      ),
    ).toEqual([
      [5, 'D', 'required'],
      [5, 'E', 'required'],
    ]);
    expect(r.problems.items.find((p) => p.code === 'blank-row')!.message).toContain('2');
  });
});
