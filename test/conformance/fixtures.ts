// The workbooks every adapter is run on. A new register adds its fixture here, and every adapter is
// then held to the same output for it.
import type { Cell } from '../../lib/cells/result.ts';
import { exampleSheets } from '../../examples/workbook.ts';
import { donationRows } from '../../examples/donations.ts';
import { dutyStory, shopStory } from '../../examples/shops.ts';
import { visitLogRows } from '../../examples/visits.ts';
import { readRealWorkbook, REAL_FILES } from '../helpers/realdata.ts';

export type Fixture = {
  readonly name: string;
  readonly sheets: readonly { readonly name: string; readonly values: readonly (readonly Cell[])[] }[];
  /** One sheet of text only: a .csv file holds exactly this, so the .csv path applies. */
  readonly csv: boolean;
};

/** A register as a team really keeps it: spellings, forms, a repeated dwelling, a total and a blank row. */
const MESSY_REGISTER: Cell[][] = [
  ['工作组', '小区', '楼号', '单元', '门牌号', '户主姓名', '联系电话', '身份证号', '核查状态', '走访次数', '最近走访', '备注'],
  ['第一组', '金都小区', '十二号楼', '1', '301', '王伟', '138 1234 5678', '', '入户登记', '1', '2020-02-01', ''],
  ['第一组', '金都小區', '12#', '1单元', '302', '李芳', '+86 139-0000-1111', '', '電話登記', '2', '2020/2/2', ''],
  ['第一组', ' 金都小区　', '１２栋', '一单元', '0303', '张敏', '1381234', '', '敲不开门', '2', '2月2日', '晚上再去'],
  ['第一组', '金都小区', '12号', '1', '301', '王伟', '', '', '入户登记', '1', '2020-02-01', ''],
  ['', '', '', '', '', '', '', '', '', '', '', ''],
  ['第二组', '银杏苑', '3', '', '101', '刘洋', '13512345678', '420102198001011234', '不在家', '三', '2020年2月3日', ''],
  ['第二组', '銀杏苑', '3号楼', '', '102', '陈静', '', '', '空置', '1', '', ''],
  ['第二组', '银杏苑', '3', '', '103', '', '', '', '出差了', '1', '2020-02-30', ''],
  ['第二组', '银杏苑', '', '', '104', '', '#REF!', '', '无人居住', 'x', '', ''],
  ['第三组', '桂花园', '5', '2', '201', '周杰', '', '', '拒绝登记', '4', '2020-02-02', '=HYPERLINK("http://x")'],
  ['第三组', '桂花园', '5', '2', '202', '', '', '', '', '', '', ''],
  ['合计', '', '', '', '', '', '', '', '', '', '', ''],
];

/** The example ledger as a .csv holds it: every cell text. */
const textLedger = (): Cell[][] =>
  donationRows().map((r) =>
    r.map((c) => (c === null || c === undefined ? '' : c instanceof Date ? c.toISOString().slice(0, 10) : String(c))),
  );

export function fixtures(): Fixture[] {
  const real = readRealWorkbook(REAL_FILES.hubeiCash0122);
  return [
    { name: 'the demo workbook (examples/)', sheets: exampleSheets(), csv: false },
    { name: 'a messy household register', sheets: [{ name: '住户登记', values: MESSY_REGISTER }], csv: true },
    { name: 'a donation ledger typed as text', sheets: [{ name: '捐款捐物', values: textLedger() }], csv: true },
    { name: 'a published donation ledger (Hubei Red Cross, 22–25 Jan 2020)', sheets: real, csv: false },
    { name: 'the visit log of the seed story (examples/visits.ts)', sheets: [{ name: '走访记录', values: visitLogRows() }], csv: false },
    {
      name: 'street shop checks and the duty log (examples/shops.ts)',
      sheets: [
        { name: '门店排查', values: shopStory().rows },
        { name: '工作台账', values: dutyStory().rows },
      ],
      csv: false,
    },
  ];
}
