// Ledgers full of personal data, and the scanner that looks for it in public outputs.
import type { Cell } from '../../lib/cells/result.ts';
import type { InputSheet } from '../../lib/table/sheet.ts';

/** A phone or ID as planted in a ledger, and the digits that must never be published whole. */
export type Secret = { readonly typed: string; readonly digits: string };

const digitsOf = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)).replace(/\D/g, '');

const secret = (typed: string, digits = digitsOf(typed)): Secret => ({ typed, digits });

// The forms phones and IDs take inside names and item text that the public list masks.
export const MASKED_FORMS: readonly Secret[] = [
  secret('13812345678'),
  secret('139 0000 1201', '13900001201'),
  secret('137-0011-2233', '13700112233'),
  secret('+86 136 2233 4455', '13622334455'),
  secret('(+86)13511112222', '13511112222'),
  secret('１５８２２２２３３３３', '15822223333'),
  secret('+86-150-3333-4444', '15033334444'),
  secret('0086 18844445555', '18844445555'),
  secret('027-88886666', '88886666'),
  secret('02787654321', '87654321'),
  secret('0755 23456789', '23456789'),
  secret('420106198001011237'),
  secret('11010519491231002X', '11010519491231002'),
  secret('420106800101123'),
];

// Forms the scrubber once missed (lib/privacy/mask.ts), found by these tests and now masked.
export const LEAKED_FORMS: readonly Secret[] = [
  secret('+8613812345678', '13812345678'),
  secret('8613912345678', '13912345678'),
  secret('(027)88886666', '88886666'),
  secret('027 8888 6666', '88886666'),
  secret('138.1234.5678', '13812345678'),
  secret('4201 0619 8001 0112 37', '420106198001011237'),
];

/** Names of donors who asked not to be named, and of donations withheld from the public list. */
export type LedgerSecrets = {
  readonly phones: readonly Secret[];
  readonly anonymous: readonly string[];
  readonly withheld: readonly string[];
};

/**
 * A donation ledger and a household register with phone and ID columns, phones inside donor names,
 * items and destinations, and donors who chose anonymity in each way a ledger can say it.
 */
export function personalLedger(forms: readonly Secret[] = MASKED_FORMS): { sheets: InputSheet[]; secrets: LedgerSecrets } {
  const header = [
    '日期',
    '捐赠人',
    '类别',
    '金额',
    '物资名称',
    '数量',
    '折价',
    '公示',
    '是否匿名',
    '流向',
    '联系电话',
    '身份证号',
    '地址',
    '备注',
  ];
  const rows: Cell[][] = [header];
  forms.forEach((f, i) => {
    const day = `2020-02-0${(i % 3) + 1}`;
    // The phone in the name, in the item, in the destination, and in the columns that are never published.
    rows.push([
      day,
      `捐赠人${i}号 ${f.typed}`,
      '捐款',
      100 + i,
      '',
      '',
      '',
      '是',
      '',
      '',
      f.typed,
      '420106198001011237',
      `武汉市江岸区${f.typed}`,
      f.typed,
    ]);
    rows.push([day, `单位${i}`, '捐物', '', `口罩（联系人 ${f.typed}）`, 10, 500, '是', '', `协和医院 ${f.typed}`, '', '', '', '']);
  });
  const anonymous = ['张伟', '李娜', '王强', '赵磊'];
  rows.push(['2020-02-01', '张伟', '捐款', 5000, '', '', '', '匿名', '', '', '13800001111', '', '', '']);
  rows.push(['2020-02-02', '李娜', '捐款', 800, '', '', '', '是', '是', '', '', '', '', '']);
  rows.push(['2020-02-03', '匿名（王强）', '捐款', 300, '', '', '', '', '', '', '', '', '', '']);
  rows.push(['2020-02-03', '赵磊', '捐物', '', 'N95口罩', 200, 4000, '匿名', '', '金银潭医院', '', '', '', '']);
  const withheld = ['刘敏'];
  rows.push(['2020-02-03', '刘敏', '捐款', 1000, '', '', '', '否', '', '', '', '', '', '']);
  const register: Cell[][] = [
    ['小区', '楼号', '门牌号', '户主姓名', '联系电话', '身份证号', '核查状态', '备注'],
    ['金都小区', 1, '101', '王伟', '13812345678', '420106198001011237', '入户登记', ''],
    [`金都小区（物业 ${forms[0]?.typed ?? ''}）`, 2, '201', '李芳', '139 0000 1201', '', '敲不开门', '邻居电话 13700112233'],
  ];
  return {
    sheets: [
      { name: '捐款捐物', values: rows },
      { name: '住户登记', values: register },
    ],
    secrets: { phones: [...forms, secret('13800001111'), secret('420106198001011237')], anonymous, withheld },
  };
}

/** What a scan found: each hit names the output, the place and the secret. */
export function scanPublic(where: string, texts: readonly { at: string; text: string }[], s: LedgerSecrets, publicList: boolean): string[] {
  const hits: string[] = [];
  for (const { at, text } of texts) {
    const digits = digitsOf(text);
    for (const p of s.phones)
      if (p.digits.length >= 7 && digits.includes(p.digits)) hits.push(`${where} ${at}: ${p.typed} in ${JSON.stringify(text)}`);
    for (const n of s.anonymous) if (text.includes(n)) hits.push(`${where} ${at}: anonymous donor ${n} in ${JSON.stringify(text)}`);
    if (publicList)
      for (const n of s.withheld) if (text.includes(n)) hits.push(`${where} ${at}: withheld donor ${n} in ${JSON.stringify(text)}`);
  }
  return hits;
}

/** Every cell of a grid as text, with its A1-ish place. */
export const cellsOf = (values: readonly (readonly unknown[])[]): { at: string; text: string }[] =>
  values.flatMap((row, r) =>
    row.map((c, i) => ({ at: `R${r + 1}C${i + 1}`, text: c instanceof Date ? c.toISOString() : String(c ?? '') })),
  );

export const linesOf = (lines: readonly string[]): { at: string; text: string }[] =>
  lines.map((text, i) => ({ at: `line ${i + 1}`, text }));
