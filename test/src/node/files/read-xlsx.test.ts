import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx, readXlsxContents } from '../../../../src/node/files/read-xlsx.ts';
import { editXlsx, realdata, tempDir, writeWorkbook } from './helpers.ts';

const dir = await tempDir();
const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

// One workbook with every kind of cell a team's sheet holds.
const kinds = await writeWorkbook(join(dir, 'kinds.xlsx'), (wb) => {
  const ws = wb.addWorksheet('住户登记');
  ws.getCell('A1').value = '金都小区住户登记表';
  ws.mergeCells('A1:D1');
  ws.addRow([]);
  ws.getRow(3).values = ['楼号', '门牌号', '人数', '登记日期', '已核实', '备注'];
  ws.getRow(4).values = [12, '0301', 3, utc(2020, 2, 1), true, '\u00a0张三\u3000'];
  ws.getCell('D4').numFmt = 'yyyy-mm-dd';
  ws.getCell('A5').value = { richText: [{ text: '金都', font: { bold: true } }, { text: '小区' }] };
  ws.getCell('B5').value = { text: '详情', hyperlink: 'https://example.org' };
  ws.getCell('C5').value = { formula: 'C4*2', result: 6 };
  ws.getCell('D5').value = { formula: 'D4+1', result: utc(2020, 2, 2) };
  ws.getCell('D5').numFmt = 'yyyy-mm-dd';
  ws.getCell('E5').value = { formula: 'VLOOKUP(A5,Z:Z,1,0)', result: { error: '#N/A' } };
  ws.getCell('E5').numFmt = 'yyyy-mm-dd';
  ws.getCell('F5').value = { formula: '#REF!+1', result: { error: '#REF!' } };
  ws.getCell('A6').value = { error: '#DIV/0!' };
  ws.getCell('B6').value = { formula: 'IF(1,"","x")', result: '' };
  ws.getCell('C6').value = { formula: 'TRUE()', result: true };
  ws.getCell('C6').numFmt = 'yyyy-mm-dd';
  ws.getCell('D6').value = '=IMPORTXML("http://x","//a")';
  ws.getCell('H9').style = { font: { bold: true } }; // styled but empty: not used
  wb.addWorksheet('空表');
  const hidden = wb.addWorksheet('隐藏');
  hidden.state = 'hidden';
  hidden.getCell('B2').value = 1;
});

describe('readXlsx', () => {
  it('gives the getValues() rectangle of every kind of cell', async () => {
    const sheets = await readXlsx(kinds, { reader: 'exceljs' });
    expect(sheets.map((s) => s.name)).toEqual(['住户登记', '空表', '隐藏']);
    expect(sheets[0]!.values).toEqual([
      ['金都小区住户登记表', '', '', '', '', ''],
      ['', '', '', '', '', ''],
      ['楼号', '门牌号', '人数', '登记日期', '已核实', '备注'],
      [12, '0301', 3, utc(2020, 2, 1), true, '\u00a0张三\u3000'],
      ['金都小区', '详情', 6, utc(2020, 2, 2), '#N/A', '#REF!'],
      ['#DIV/0!', '', true, '=IMPORTXML("http://x","//a")', '', ''],
    ]);
    expect(sheets[1]!.values).toEqual([['']]);
    expect(sheets[2]!.values).toEqual([
      ['', ''],
      ['', 1],
    ]);
  });

  it('keeps dates as UTC midnight of the day shown, whatever the zone', async () => {
    const [sheet] = await readXlsx(kinds);
    const d = sheet!.values[3]![3] as Date;
    expect(d.toISOString()).toBe('2020-02-01T00:00:00.000Z');
  });

  it('reads a date in a Chinese built-in format (2020年1月29日) as a Date', async () => {
    const [goods] = await readXlsx(realdata('hubei-rc-goods-use-2020-01-29.xlsx'));
    expect(goods!.values[1]![1]).toEqual(utc(2020, 1, 29));
  });

  it('reads the Wuhan ledger: U+3000 padding kept, the stated total row last', async () => {
    const [ledger] = await readXlsx(realdata('wuhan-rc-cash-abc-account-2020-01-22_28.xlsx'));
    expect(ledger!.values).toHaveLength(748);
    expect(ledger!.values[1]).toEqual(['捐赠人', '金额']);
    expect(ledger!.values[4]).toEqual(['金地（集团）股份有限公司　　　　　　　　　　　　　　　　　　', 10000000]);
    expect(ledger!.values[747]).toEqual(['共计746人次', '总金额61609585.05']);
  });

  it('reports the sheets paicha marked as generated', async () => {
    const path = await writeWorkbook(join(dir, 'marked.xlsx'), (wb) => {
      wb.addWorksheet('住户').getCell('A1').value = 1;
      wb.addWorksheet('汇总-住户').getCell('A1').value = 2;
      wb.addWorksheet("Bob's").getCell('A1').value = 3;
      wb.definedNames.add("'汇总-住户'!$A$1", '_paicha_generated');
      wb.definedNames.add("'Bob''s'!$A$1", '_paicha_generated');
      wb.definedNames.add("'gone'!$A$1", '_paicha_generated');
    });
    for (const reader of ['exceljs', 'fast'] as const) {
      expect((await readXlsxContents(path, { reader })).generatedSheets).toEqual(['汇总-住户', "Bob's"]);
    }
  });
});

// The streaming reader parses sheets itself; on every file it must give what the document reader gives.
describe('streaming and document readers agree', () => {
  const cjk = async (): Promise<string> =>
    writeWorkbook(join(dir, 'cjk.xlsx'), (wb) => {
      // Far more than one 16 KB inflate chunk of 3-byte characters, so some are split between chunks.
      const ws = wb.addWorksheet('捐赠');
      for (let r = 1; r <= 3000; r++) ws.addRow([`湖北省红十字会捐赠人第${r}号　金都小区`, r * 1.5, `备注：莲花清瘟胶囊${r}盒`]);
    });
  const sheetOrder = async (): Promise<string> =>
    writeWorkbook(join(dir, 'order.xlsx'), (wb) => {
      for (const name of ['甲', '乙', '丙']) wb.addWorksheet(name).getCell('A1').value = name;
      (wb.getWorksheet('甲') as unknown as { orderNo: number }).orderNo = 5;
    });

  // What Excel, WPS and other writers put in files that ExcelJS itself never writes.
  const foreignBase = async (): Promise<string> =>
    writeWorkbook(join(dir, 'foreign-base.xlsx'), (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = '标题';
      ws.mergeCells('A1:C1');
      ws.getCell('A2').value = '金都小区';
      ws.getCell('B2').value = 1;
    });
  const foreign = async (): Promise<string> =>
    editXlsx(await foreignBase(), join(dir, 'foreign.xlsx'), {
      'xl/worksheets/sheet1.xml': (xml) =>
        xml
          // a value left under a merge, which Sheets does not show
          .replace(/<c r="B1"[^>]*\/>/, '<c r="B1" t="inlineStr"><is><t>under the merge</t></is></c>')
          // an inline string in runs with an escaped CR, a boolean, an error, a str cell, a shared formula
          .replace(
            '</sheetData>',
            '<row r="3"><c r="A3" t="inlineStr"><is><r><t>第</t></r><r><t>_x000D_三行</t></r></is></c><c r="B3" t="b"><v>0</v></c><c r="C3" t="e"><v>#NAME?</v></c></row>' +
              '<row r="6"><c r="B6" t="str"><v>文本 &amp; 符号</v></c><c r="D6"><f t="shared" si="0"/><v>7</v></c></row></sheetData>',
          ),
      'xl/sharedStrings.xml': (xml) => xml.replace('<t>金都小区</t>', '<t>金都小区</t><rPh sb="0" eb="2"><t>きんと</t></rPh>'),
    });
  // Rows and cells without `r` (allowed by the standard): ExcelJS's document reader throws on them.
  const noRefs = async (): Promise<string> =>
    editXlsx(await foreignBase(), join(dir, 'no-refs.xlsx'), {
      'xl/worksheets/sheet1.xml': (xml) =>
        xml.replace('</sheetData>', '<row><c t="inlineStr"><is><t>无编号</t></is></c><c><v>2</v></c></row></sheetData>'),
    });

  const cases: [string, () => Promise<string>][] = [
    ['what other writers write: values under merges, runs, phonetics, escapes', foreign],
    ['every kind of cell', async () => kinds],
    ['CJK text across chunk boundaries', cjk],
    ['tab order differs from part order', sheetOrder],
    ['hubei goods ledger (WPS, merged title and note rows)', async () => realdata('hubei-rc-goods-use-2020-01-29.xlsx')],
    ['wuhan cash ledger (sheet parts out of order)', async () => realdata('wuhan-rc-cash-abc-account-2020-01-22_28.xlsx')],
  ];
  it.each(cases)('%s', async (_name, file) => {
    const path = await file();
    const document = await readXlsxContents(path, { reader: 'exceljs' });
    const fast = await readXlsxContents(path);
    expect(fast).toEqual(document);
  });

  it('reads what other writers write as Sheets shows it', async () => {
    const [sheet] = await readXlsx(await foreign());
    expect(sheet!.values).toEqual([
      ['标题', '', '', ''],
      ['金都小区', 1, '', ''],
      ['第\r三行', false, '#NAME?', ''],
      ['', '', '', ''],
      ['', '', '', ''],
      ['', '文本 & 符号', '', 7],
    ]);
  });

  it('reads rows without references, falling back to streaming when ExcelJS cannot', async () => {
    const path = await noRefs();
    await expect(readXlsx(path, { reader: 'exceljs' })).rejects.toThrow(/row number/);
    const expected = [
      ['标题', ''],
      ['金都小区', 1],
      ['无编号', 2],
    ];
    expect((await readXlsx(path))[0]!.values).toEqual(expected);
    expect((await readXlsx(path))[0]!.values).toEqual(expected);
  });

  it('reads a zip whose entries are stored uncompressed', async () => {
    const base = await writeWorkbook(join(dir, 'stored-base.xlsx'), (wb) => {
      wb.addWorksheet('住户').getCell('A1').value = '金都小区';
      wb.addWorksheet('捐赠').getCell('A1').value = 100;
    });
    const path = await editXlsx(base, join(dir, 'stored.xlsx'), {}, { store: true });
    expect(await readXlsx(path)).toEqual([
      { name: '住户', values: [['金都小区']] },
      { name: '捐赠', values: [[100]] },
    ]);
  });

  it('decodes CJK split between chunks (ExcelJS alone turns them into U+FFFD)', async () => {
    const [sheet] = await readXlsx(await cjk());
    expect(sheet!.values.flat().some((c) => typeof c === 'string' && c.includes('\ufffd'))).toBe(false);
    expect(sheet!.values[2999]).toEqual(['湖北省红十字会捐赠人第3000号　金都小区', 4500, '备注：莲花清瘟胶囊3000盒']);
  });
});
