import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { GeneratedSheet } from '../../../../src/workbook.ts';
import { FileWriteError } from '../../../../src/node/files/errors.ts';
import { readXlsxContents } from '../../../../src/node/files/read-xlsx.ts';
import { generatedSheetNames, writeGeneratedXlsx } from '../../../../src/node/files/write-xlsx.ts';
import { tempDir, writeWorkbook, zipText } from './helpers.ts';

const dir = await tempDir();

// Texts a spreadsheet would run as formulas if written as such (OWASP "CSV injection" list).
const INJECTIONS = ['=IMPORTXML("http://x","//a")', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=1+1', '=HYPERLINK("http://x","点我")'];

const donations: GeneratedSheet = {
  name: '公示-捐赠',
  values: [
    ['捐赠人', '金额', '占比', '日期', '笔数', '备注'],
    ...INJECTIONS.map((donor, i) => [donor, 1000.5 + i, 0.125, new Date(Date.UTC(2020, 0, 22 + i)), i + 1, '']),
    ['湖北省红十字会（代收）武汉市金都小区业主委员会全体业主', 61609585.05, 1, new Date(Date.UTC(2020, 1, 4)), 746, null],
  ],
  formats: ['text', 'yuan', 'percent', 'date', 'integer', 'text'],
  frozenRows: 1,
  charts: [{ kind: 'bar', title: '金额', labelColumn: 0, valueColumns: [1], rows: INJECTIONS.length }],
};
const report: GeneratedSheet = { name: '日报', values: [['日报'], ['登记率100%']], formats: ['text'], frozenRows: 0 };

describe('writeGeneratedXlsx', () => {
  const path = join(dir, 'summary.xlsx');

  it('writes every text that looks like a formula as the same literal string', async () => {
    await writeGeneratedXlsx(path, [donations, report]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('公示-捐赠')!;
    INJECTIONS.forEach((text, i) => {
      const cell = ws.getCell(i + 2, 1);
      expect(cell.value).toBe(text);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
    });
    // No formula anywhere in the file: not one <f> element.
    const xml = await zipText(path, 'xl/worksheets/sheet1.xml');
    expect(xml).not.toMatch(/<f[\s>]/);
    expect((await readXlsxContents(path)).sheets[0]!.values.slice(1, 1 + INJECTIONS.length).map((r) => r[0])).toEqual(INJECTIONS);
  });

  it('formats the header, the frozen rows and each column', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('公示-捐赠')!;
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getRow(2).getCell(1).font?.bold).not.toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([2, 3, 4, 5, 1].map((c) => ws.getCell(2, c).numFmt)).toEqual(['"¥"#,##0.00', '0.0%', 'yyyy-mm-dd', '0', undefined]);
    expect(ws.getCell(2, 4).value).toEqual(new Date(Date.UTC(2020, 0, 22)));
    expect((wb.getWorksheet('日报')!.views ?? []).filter((v) => v.state === 'frozen')).toEqual([]);
  });

  it('makes columns wide enough for CJK text, within bounds', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    const ws = wb.getWorksheet('公示-捐赠')!;
    const donor = ws.getColumn(1).width!;
    expect(donor).toBeGreaterThanOrEqual(50); // 26 CJK characters ≈ 52 digit widths, capped at 60
    expect(donor).toBeLessThanOrEqual(60);
    expect(ws.getColumn(3).width).toBeGreaterThanOrEqual(8);
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual('61,609,585.05'.length);
  });

  it('marks its sheets as generated and draws its chart over the data rows', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(generatedSheetNames(wb)).toEqual(['公示-捐赠', '日报']);
    expect(await zipText(path, 'xl/workbook.xml')).toContain(
      "<definedName name=\"_paicha_generated\">'公示-捐赠'!$A$1,'日报'!$A$1</definedName>",
    );
    const chart = await zipText(path, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain("<c:f>'公示-捐赠'!$B$2:$B$9</c:f>");
    expect(chart).toContain("<c:f>'公示-捐赠'!$A$2:$A$9</c:f>");
    expect(await zipText(path, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('../drawings/drawing1.xml');
  });

  it('writes control characters and escape look-alikes so they read back as they were', async () => {
    const texts = ['第一行\r\n第二行', 'a\u0001b\u001fc\u007f', '_x000D_ typed', 'tab\there'];
    const odd = join(dir, 'control.xlsx');
    await writeGeneratedXlsx(odd, [{ name: 'S', values: texts.map((t) => [t]), formats: ['text'], frozenRows: 0 }]);
    expect((await readXlsxContents(odd)).sheets[0]!.values.map((r) => r[0])).toEqual(texts);
    expect((await readXlsxContents(odd, { reader: 'exceljs' })).sheets[0]!.values.map((r) => r[0])).toEqual(texts);
  });

  it('writes what has no cell form as text instead of corrupting the file', async () => {
    const odd = join(dir, 'odd.xlsx');
    const long = '长'.repeat(40000);
    await writeGeneratedXlsx(odd, [
      { name: 'S', values: [[Number.NaN, Number.POSITIVE_INFINITY, new Date(Number.NaN), long]], formats: [], frozenRows: 0 },
    ]);
    const [sheet] = (await readXlsxContents(odd)).sheets;
    expect(sheet!.values[0]!.slice(0, 3)).toEqual(['NaN', 'Infinity', 'Invalid Date']);
    expect((sheet!.values[0]![3] as string).length).toBe(32767);
  });

  it('replaces an earlier paicha output, but never a workbook of the user', async () => {
    await writeGeneratedXlsx(path, [report]);
    expect((await readXlsxContents(path)).sheets.map((s) => s.name)).toEqual(['日报']);

    const users = await writeWorkbook(join(dir, 'users.xlsx'), (wb) => wb.addWorksheet('住户').addRow(['金都小区']));
    const before = await readFile(users);
    const error = await writeGeneratedXlsx(users, [report]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as FileWriteError).code).toBe('not-paicha-output');
    expect((error as Error).message).toMatch(/住户[\s\S]*--out/);
    expect(await readFile(users)).toEqual(before);

    const text = join(dir, 'notes.xlsx');
    await writeFile(text, 'not a workbook');
    await expect(writeGeneratedXlsx(text, [report])).rejects.toBeInstanceOf(FileWriteError);
    await expect(writeGeneratedXlsx(join(dir, 'out.csv'), [report])).rejects.toThrow(/\.xlsx/);
  });
});
