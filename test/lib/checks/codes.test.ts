import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { exampleSheets } from '../../../examples/workbook.ts';
import { duplicates } from '../../../lib/checks/duplicates.ts';
import { fileReading } from '../../../lib/checks/file-reading.ts';
import { formulaErrors } from '../../../lib/checks/formula-errors.ts';
import { header } from '../../../lib/checks/header.ts';
import { mojibake } from '../../../lib/checks/mojibake.ts';
import { skippedRows } from '../../../lib/checks/skipped-rows.ts';
import { statedTotals } from '../../../lib/checks/stated-totals.ts';
import { defineDataset } from '../../../lib/datasets/define.ts';
import { readRecords } from '../../../lib/datasets/read-records.ts';
import { DATASETS, defineRegistry } from '../../../lib/datasets/registry.ts';
import { resolveOptions } from '../../../lib/options.ts';
import { PROBLEM_CODES, type ProblemCode } from '../../../lib/problems/catalogue.ts';
import type { Emitter, ProblemSink } from '../../../lib/problems/collector.ts';
import { cellReading } from '../../../lib/table/read-rows.ts';
import type { InputSheet } from '../../../lib/table/sheet.ts';
import { analyze } from '../../../lib/workbook/analyze.ts';
import { nodeGbkEncoder } from '../../../src/node/files/gbk.ts';
import { readRealWorkbook, REAL_FILES } from '../../helpers/realdata.ts';

// Every module that adds problems declares its codes (after zod's parity tests): the declarations are
// in the catalogue, and a run over messy registers adds no code its module did not declare.

const CHECKS: readonly Emitter[] = [fileReading, duplicates, statedTotals, mojibake, formulaErrors, header, skippedRows, cellReading];
const EMITTERS: readonly Emitter[] = [...CHECKS, ...DATASETS.datasets];

// The one code no lib module adds: the add-on refuses a sheet too large for one run (src/gas/actions.ts).
const OUTSIDE_LIB: readonly ProblemCode[] = ['too-large'];

const garble = (s: string): string => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');

// Registers and ledgers written to break every rule once: each line says what it is there for.
const MESSY: InputSheet[] = [
  {
    name: '住户',
    values: [
      ['小区', '楼号', '单元', '门牌号', '联系电话', '常住人数', '核查状态', '走访次数', '最近走访', '身份证号', '户主姓名', 'xyz'],
      ['金都', '十二号楼', '', '301', '12345', 3, '入户登记', 0, '2030-01-01', 110101199003077777, '王伟'], // phone format, verified with 0 attempts, future date, ID as a number; xyz unknown
      ['金都', '12', '', '301', '', 'x', 'abc', '', '', '', new Date(Date.UTC(2020, 1, 1))], // a duplicate dwelling; residents format; status enum; a date for a name
      ['金都', '', '1-2', '102', '', '', '', '', '', '', ''], // building required; unit format
      ['金都', '2', '', '#REF!', '', '', '', '', '', '', ''], // a formula error
      ['金都', '3', '', '201', '', 40, '空置', 1, '', '', ''], // vacant with residents, and out of range
      ['金都', '3', '', '202', '', '', '入户等记', 1, '', '', ''], // a misspelt status, read by a guess
      ['', '', '', '', '', '', '', '', '', '', ''],
      ['合计', '', '', '', '', '', '', '', '', '', ''],
      [garble('银杏苑'), '3', '', '101', '', '', '', '', '', '', ''], // mojibake
      [garble('金都小区'), '3', '', '102', '', '', '', '', '', '', ''], // mojibake that repairs exactly onto a compound of the sheet
      ['金都小区', '3', '', '103', '', '', '', '', '', '', ''],
      ['金都', '4', '', '101', '', '', '', '', '', '', '\u001b]0;x\u0007'], // a terminal escape pasted into a name
    ],
  },
  {
    name: '捐赠',
    values: [
      ['日期', '捐赠人', '类别', '金额', '物资名称', '数量', '折价', '收据编号'],
      ['', '张三', '捐款', 0, '', '', '', 'A1'], // date required; a typed 0
      ['2020-02-01', '李四', '捐款', 100, '', '', '', 'A1'], // a repeated receipt
      ['2020-02-01', '王五', '捐款', '', '', '', '', ''], // cash without an amount
      ['2099-01-01', '赵六', '捐物', '', '', '', '', ''], // goods without item, value; future date
      ['合计', '', '', 100, '', '', '', ''], // a stated total that matches
      ['总计', '', '', 999, '', '', '', ''], // and one that does not
    ],
  },
  {
    name: '门店排查',
    values: [
      ['日期', '门店名称', '所属小区', '已查人数', '体温异常', '营业状态', '上报时间'],
      ['', '金都超市', '金都小区', 3, 0, '营业', '19:00'], // date required
      ['2020-02-03', '金都超市', '金都小区', 3, 1, '营业', '19:00'], // a fever (rule)
      ['2020-02-03', '金都超市', '金都小區', 3, 0, '营业', '19:30'], // the same shop twice on one day
    ],
  },
  {
    name: '工作台账',
    values: [
      ['日期', '小区', '消杀', '出入登记', '垃圾清运', '封闭管理', '发现问题', '上报时间'],
      ['', '金都小区', '是', 100, '是', '正常', '无', '19:00'], // date required
      ['2020-02-03', '金都小区', '是', 100, '是', '正常', '无', ''], // no report time (rule)
      ['2020-02-03', '金都小區', '2次', 120, '是', '正常', '无', '19:30'], // the same compound twice on one day
    ],
  },
  {
    name: '重点人员',
    values: [
      ['姓名', '身份证号', '小区', '楼号', '门牌号', '人员类别', '抵达日期', '隔离结束'],
      ['王伟', '420102199003071232', '金都', '1', '101', '返乡', '2020-01-28', ''],
      ['王伟', '420102199003071232', '金都', '1', '101', '返乡', '2020-01-29', ''], // the same ID number again
      ['李娜', '', '金都', '9', '909', '密接', '', ''], // no start date; not a dwelling of the household register
    ],
  },
  {
    name: '随访',
    values: [
      ['日期', '姓名', '体温', '症状'],
      ['2020-02-03', '王伟', 36.5, '无'],
      ['2020-02-03', '林芳芳', 31, '无'], // matches nobody; a reading no living person has
      ['2030-02-03', '王伟', 36.5, '无'], // after the as-of day
    ],
  },
  {
    name: '走访',
    values: [
      ['日期', '时间', '小区', '楼号', '门牌号', '走访结果'],
      ['', '10:00', '金都', '12', '301', '敲不开门'], // no date, none above to take
      ['2020-02-01', '10:00', '金都', '12', '301', '入户登记'],
      ['', '19:35', '金都', '12', '301', '敲不开门'], // the day from above; a failure after verified
      ['2030-01-01', '9:00', '金都', '3', '202', '✓'], // a future date; verified, the way not given
    ],
  },
  {
    name: '只有捐赠人',
    values: [
      ['捐赠人', '日期'],
      ['张三', '2020-02-01'],
    ],
  }, // a ledger with nothing to add up
  {
    name: '缺列',
    values: [
      ['小区', '单元', '户主姓名'],
      ['金都', '1', '王伟'],
    ],
  }, // required columns missing
  { name: '说明', values: [['这张表是说明，不是登记表']] }, // not a register
  // a CSV whose quote never closed, as the file adapter reports it
  {
    name: '未闭合',
    values: [
      ['小区', '楼号', '门牌号'],
      ['金都', '5', '101'],
    ],
    problems: [{ code: 'unclosed-quote', row: 3, column: 'A', value: '"金都' }],
  },
];

function audited(sheets: readonly InputSheet[]) {
  const seen = new Map<string, Set<ProblemCode>>();
  analyze(sheets, resolveOptions({ asOf: '2020-02-03', encodeGbk: nodeGbkEncoder(), maxProblems: 10 }), DATASETS, (emitter, code) => {
    let codes = seen.get(emitter.id);
    if (!codes) seen.set(emitter.id, (codes = new Set()));
    codes.add(code);
  });
  return seen;
}

describe('problem codes', () => {
  it.each(EMITTERS.map((e) => [e.id, e] as const))('%s declares only codes of the catalogue', (_, emitter) => {
    expect(emitter.codes.length).toBeGreaterThan(0);
    for (const code of emitter.codes) expect(PROBLEM_CODES).toContain(code);
  });

  it('every code of the catalogue is declared by a module of lib (or is the add-on’s own)', () => {
    const declared = new Set(EMITTERS.flatMap((e) => e.codes));
    expect(PROBLEM_CODES.filter((c) => !declared.has(c))).toEqual(OUTSIDE_LIB);
  });

  it('a run over messy registers adds through each module only the codes it declared', () => {
    const seen = audited([...exampleSheets(), ...MESSY]);
    const byId = new Map(EMITTERS.map((e) => [e.id, e]));
    for (const [id, codes] of seen) for (const code of codes) expect(byId.get(id)?.codes, `${id} added ${code}`).toContain(code);
  });

  it('the messy registers make every code lib declares, so each declaration is used', () => {
    const seen = audited([...exampleSheets(), ...MESSY, ...Object.values(REAL_FILES).flatMap((f) => readRealWorkbook(f))]);
    const made = new Set([...seen.values()].flatMap((codes) => [...codes]));
    expect(PROBLEM_CODES.filter((c) => !made.has(c))).toEqual(OUTSIDE_LIB);
    // Datasets declare what their rules and the checks they call add, and nothing they never do.
    for (const d of DATASETS.datasets) expect([...(seen.get(d.id) ?? [])].sort()).toEqual([...d.codes].sort());
  });

  it('an audit names a module adding a code it did not declare (which its types refuse)', () => {
    const sink = { add: () => undefined, count: () => undefined, listing: true } as ProblemSink<'duplicate'>;
    // @ts-expect-error a sink takes only the codes its module declared
    sink.add({ code: 'rule', sheet: 's', row: 2, column: 'A', field: '', value: '', params: { rule: 'cash-amount' } });
    const sloppy = defineDataset({
      id: 'sloppy',
      columns: {
        item: { kind: 'text', label: { 'zh-Hans': '物品', 'zh-Hant': '物品', en: 'Item' }, aliases: ['物品'] },
        pieces: { kind: 'integer', label: { 'zh-Hans': '件数', 'zh-Hant': '件數', en: 'Pieces' }, aliases: ['件数'] },
      },
      codes: [],
      tally: () => ({ add: () => undefined, finish: () => 0 }),
      read: (sheet, tally) => {
        (sheet.problems as unknown as ProblemSink).add({
          code: 'rule',
          sheet: sheet.name,
          row: 2,
          column: 'A',
          field: 'item',
          value: '',
          params: { rule: 'goods-item' },
        });
        return readRecords(sheet, tally, { toRecord: (rec, row) => ({ row, item: rec.item }) });
      },
    });
    const added: [string, ProblemCode, boolean][] = [];
    analyze(
      [
        {
          name: 's',
          values: [
            ['物品', '件数'],
            ['口罩', 1],
          ],
        },
      ],
      resolveOptions(),
      defineRegistry([sloppy]),
      (e, code) => added.push([e.id, code, e.codes.includes(code)]),
    );
    expect(added).toEqual([['sloppy', 'rule', false]]);
  });
});
