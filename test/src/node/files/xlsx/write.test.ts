// The summary workbook as other programs see it: links into the input file, print setup, and
// LibreOffice opening it, printing it to PDF and saving it back with every value as written.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GeneratedSheet } from '../../../../../src/workbook.ts';
import { readXlsxContents } from '../../../../../src/node/files/read-xlsx.ts';
import { writeGeneratedXlsx } from '../../../../../src/node/files/write-xlsx.ts';
import { tempDir, zipText } from '../helpers.ts';
import { convert } from './soffice.ts';

const dir = await tempDir();

const problems: GeneratedSheet = {
  name: '问题清单',
  values: [
    ['级别', '表', '单元格', '说明与处理办法'],
    ['错误', '住户登记', 'E5', '第5行与第3行是同一住户（金都小区 12 3 301），只计一次。请删掉重复的一行，或改正填错的那一行。'],
    ['错误', "Bob's 表", 'B2', '多行\n说明'],
  ],
  formats: ['text', 'text', 'text', 'text'],
  frozenRows: 1,
  links: [
    { row: 1, column: 2, target: { sheet: '住户登记', row: 5, column: 'E' } },
    { row: 2, column: 2, target: { sheet: "Bob's 表", row: 2, column: 'B' } },
  ],
};
const wide: GeneratedSheet = {
  name: '汇总-住户',
  values: [
    [
      '层级',
      '名称',
      '户数',
      '已核实',
      '入户登记',
      '电话登记',
      '空置已核实',
      '未核实',
      '敲不开门',
      '不在家',
      '疑似无人居住',
      '拒绝登记',
      '待核查',
      '登记率',
      '楼栋数',
    ],
    ['小区', '金都小区', 507, 384, 217, 112, 55, 123, 38, 23, 14, 17, 31, 0.757, 12],
    ['小区', '银杏苑', 96, 78, 50, 15, 13, 18, 7, 4, 5, 1, 1, 0.8125, 4],
  ],
  formats: [
    'text',
    'text',
    'integer',
    'integer',
    'integer',
    'integer',
    'integer',
    'integer',
    'integer',
    'integer',
    'integer',
    'integer',
    'integer',
    'percent',
    'integer',
  ],
  frozenRows: 1,
  charts: [{ kind: 'bar', title: '登记率 · 小区', labelColumn: 1, valueColumns: [13], rows: 2 }],
};
const byDay: GeneratedSheet = {
  name: '汇总-捐赠',
  values: [
    ['日期', '捐款', '累计'],
    [new Date(Date.UTC(2020, 0, 27)), 1000.5, 1000.5],
    [new Date(Date.UTC(2020, 0, 28)), 20000, 21000.5],
  ],
  formats: ['date', 'yuan', 'yuan'],
  frozenRows: 1,
  charts: [{ kind: 'line', title: '捐赠累计', labelColumn: 0, valueColumns: [2], rows: 2 }],
};

describe('the summary workbook', () => {
  it('links each problem cell into the input file, relative to the summary', async () => {
    await mkdir(join(dir, 'data'), { recursive: true });
    const out = join(dir, 'links.xlsx');
    await writeGeneratedXlsx(out, [problems], { inputs: [join(dir, 'data', 'households 2020.xlsx')] });
    const sheet = await zipText(out, 'xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<hyperlinks><hyperlink ref="C2" r:id="rId1"/><hyperlink ref="C3" r:id="rId2"/></hyperlinks>');
    const rels = await zipText(out, 'xl/worksheets/_rels/sheet1.xml.rels');
    expect(rels).toContain(`Target="data/households%202020.xlsx#'住户登记'!E5" TargetMode="External"`);
    expect(rels).toContain(`Target="data/households%202020.xlsx#'Bob''s 表'!B2" TargetMode="External"`);
  });

  it('links into the right file when sheets of several inputs were tallied together', async () => {
    const out = join(dir, 'two.xlsx');
    const sheet = {
      ...problems,
      values: problems.values.map((r, i) => (i === 0 ? r : [r[0]!, `a.xlsx › ${String(r[1])}`, r[2]!, r[3]!])),
      links: [{ row: 1, column: 2, target: { sheet: 'b.xlsx › 住户登记', row: 5, column: 'E' } }],
    };
    await writeGeneratedXlsx(out, [sheet], { inputs: [join(dir, 'a.xlsx'), join(dir, 'b.xlsx')] });
    expect(await zipText(out, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain(`Target="b.xlsx#'住户登记'!E5"`);
  });

  it('prints to the page width, wide sheets landscape, with the header row on every page', async () => {
    const out = join(dir, 'print.xlsx');
    await writeGeneratedXlsx(out, [problems, wide]);
    expect(await zipText(out, 'xl/worksheets/sheet1.xml')).toContain(
      '<pageSetup paperSize="9" orientation="portrait" fitToWidth="1" fitToHeight="0"/>',
    );
    const wideXml = await zipText(out, 'xl/worksheets/sheet2.xml');
    expect(wideXml).toContain('orientation="landscape"');
    expect(wideXml).toContain('<pageSetUpPr fitToPage="1"/>');
    const workbook = await zipText(out, 'xl/workbook.xml');
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'问题清单'!$1:$1</definedName>`);
    expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="1">'汇总-住户'!$1:$1</definedName>`);
    // A wrapped message makes its row as tall as its lines.
    expect(await zipText(out, 'xl/worksheets/sheet1.xml')).toMatch(/<row r="2" ht="32" customHeight="1">/);
  });

  it('opens in LibreOffice, prints to PDF, and saves back with every value as written', async () => {
    const out = join(dir, 'lo.xlsx');
    const sheets = [wide, byDay, problems];
    await writeGeneratedXlsx(out, sheets);
    const profile = join(dir, 'lo-profile');
    const pdfDir = join(dir, 'pdf');
    convert([out], 'pdf', pdfDir, profile);
    const pdf = join(pdfDir, 'lo.pdf');
    expect(existsSync(pdf)).toBe(true);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    for (const word of ['金都小区', '75.7%', '21,000.50', '2020-01-28', '只计一次', '登记率 · 小区', '捐赠累计'])
      expect(text).toContain(word);
    const back = join(dir, 'lo-back');
    convert([out], 'xlsx:Calc MS Excel 2007 XML', back, profile);
    const read = await readXlsxContents(join(back, 'lo.xlsx'));
    expect(read.sheets.map((s) => s.name)).toEqual(sheets.map((s) => s.name));
    read.sheets.forEach((s, i) => expect(s.values).toEqual(sheets[i]!.values));
    expect(read.generatedSheets).toEqual(sheets.map((s) => s.name));
  }, 240_000);
});
