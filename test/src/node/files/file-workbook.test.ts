import { chmod, copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SheetOwnershipError, type GeneratedSheet } from '../../../../src/workbook.ts';
import { FileWriteError } from '../../../../src/node/files/errors.ts';
import { fixExcelJs } from '../../../../src/node/files/exceljs-internals.ts';
import { FileWorkbook, XLSX_IN_PLACE_LOSSES, detectInPlaceLosses } from '../../../../src/node/files/file-workbook.ts';
import { readXlsxContents } from '../../../../src/node/files/read-xlsx.ts';
import { editXlsx, realdata, snapshot, tempDir, writeWorkbook, zipText } from './helpers.ts';

const dir = await tempDir();
// Snapshots read with the mended ExcelJS, as paicha reads; the in-place save uses it too.
beforeAll(() => fixExcelJs());

const summary = (name: string, rows = 2): GeneratedSheet => ({
  name,
  values: [['小区', '户数', '登记率'], ...Array.from({ length: rows }, (_, i) => [`金都小区${i}`, 100 + i, 0.5])],
  formats: ['text', 'integer', 'percent'],
  frozenRows: 1,
});

// A team's workbook: formulas of every kind, merges, dates, rich text, links, a hidden sheet,
// a drop-down, and a summary sheet paicha wrote on an earlier run between two user sheets.
const teamWorkbook = (path: string): Promise<string> =>
  writeWorkbook(path, (wb) => {
    const ws = wb.addWorksheet('住户登记');
    ws.getCell('A1').value = '金都小区住户登记表';
    ws.mergeCells('A1:E1');
    ws.addRow(['楼号', '门牌号', '人数', '登记日期', '核查状态']);
    ws.addRow([12, '0301', 3, new Date(Date.UTC(2020, 1, 1)), '入户登记']);
    ws.addRow([12, '0302', 2, new Date(Date.UTC(2020, 1, 2)), '敲不开门']);
    ws.getColumn(4).numFmt = 'yyyy"年"m"月"d"日"';
    ws.getCell('C5').value = { formula: 'SUM(C3:C4)', result: 5 };
    ws.getCell('F3').value = { formula: 'C3*2', result: 6, shareType: 'shared', ref: 'F3:F4' } as ExcelJS.CellValue;
    ws.getCell('F4').value = { sharedFormula: 'F3', result: 4 } as ExcelJS.CellValue;
    ws.getCell('D5').value = { formula: 'VLOOKUP(A9,A1:A2,1,0)', result: { error: '#N/A' } } as ExcelJS.CellValue;
    ws.getCell('D5').numFmt = 'yyyy-mm-dd';
    ws.getCell('E5').value = { formula: "'汇总-住户'!B2", result: 100 };
    ws.getCell('A6').value = { richText: [{ text: '备注：', font: { bold: true } }, { text: '三单元' }] };
    ws.getCell('B6').value = { text: '地图', hyperlink: 'https://example.org/map' };
    ws.getCell('E3').dataValidation = { type: 'list', allowBlank: true, formulae: ['"入户登记,敲不开门"'] };
    wb.addWorksheet('汇总-住户').addRow(['旧的汇总']);
    const donations = wb.addWorksheet('捐赠');
    donations.addRow(['捐赠人', '金额']);
    donations.addRow(['=IMPORTXML("http://x","//a")', 100]);
    const hidden = wb.addWorksheet('设置');
    hidden.state = 'hidden';
    hidden.getCell('A1').value = '状态列表';
    wb.definedNames.add("'汇总-住户'!$A$1", '_paicha_generated');
    wb.definedNames.add("'住户登记'!$A$2:$E$4", '住户表');
  });

const userSheets = (snap: Record<string, unknown>, generated: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(Object.entries(snap).filter(([name]) => !generated.includes(name)));

describe('FileWorkbook as the Workbook port', () => {
  it('lists, reads and tells generated sheets from the user’s', async () => {
    const wb = await FileWorkbook.open(await teamWorkbook(join(dir, 'port.xlsx')));
    expect(wb.format).toBe('xlsx');
    expect(wb.sheetNames()).toEqual(['住户登记', '汇总-住户', '捐赠', '设置']);
    expect(wb.isGenerated('汇总-住户')).toBe(true);
    expect(wb.isGenerated('住户登记')).toBe(false);
    const [households] = wb.read(['住户登记']);
    expect(households!.values[2]).toEqual([12, '0301', 3, new Date(Date.UTC(2020, 1, 1)), '入户登记', 6]);
    expect(households!.values[4]).toEqual(['', '', 5, '#N/A', 100, '']);
    expect(() => wb.read(['没有这张表'])).toThrow(/没有这张表/);
  });

  it('collects generated sheets in memory and shows them through the port', async () => {
    const wb = await FileWorkbook.open(await teamWorkbook(join(dir, 'collect.xlsx')));
    wb.writeGenerated([summary('汇总-住户'), summary('待跟进')]);
    expect(wb.sheetNames()).toEqual(['住户登记', '汇总-住户', '捐赠', '设置', '待跟进']);
    expect(wb.isGenerated('待跟进')).toBe(true);
    expect(wb.read(['汇总-住户'])[0]!.values).toEqual(summary('汇总-住户').values);
    expect(wb.output().map((s) => s.name)).toEqual(['汇总-住户', '待跟进']);
  });

  it('refuses a sheet name the user owns, before collecting anything', async () => {
    const wb = await FileWorkbook.open(await teamWorkbook(join(dir, 'owned.xlsx')));
    const error = (() => {
      try {
        wb.writeGenerated([summary('待跟进'), summary('捐赠'), summary('设置')]);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(SheetOwnershipError);
    expect((error as SheetOwnershipError).sheets).toEqual(['捐赠', '设置']);
    expect(wb.output()).toEqual([]);
    // Excel compares sheet names without case.
    const csv = await FileWorkbook.open(await writeCsv('Summary.csv', 'a,b\n'));
    expect(() => csv.writeGenerated([summary('SUMMARY')])).toThrow(SheetOwnershipError);
  });

  it('refuses names Excel cannot hold', async () => {
    const wb = await FileWorkbook.open(await teamWorkbook(join(dir, 'names.xlsx')));
    for (const bad of ['', '汇总/住户', 'a'.repeat(32), "'quoted'"]) expect(() => wb.writeGenerated([summary(bad)])).toThrow(/sheet name/);
    expect(() => wb.writeGenerated([summary('日报'), summary('日报')])).toThrow(/twice/);
  });
});

describe('FileWorkbook.save new-file', () => {
  it('writes only the generated sheets, and never over the input', async () => {
    const input = await teamWorkbook(join(dir, 'new-file.xlsx'));
    const before = await readFile(input);
    const wb = await FileWorkbook.open(input);
    wb.writeGenerated([summary('汇总-住户'), summary('待跟进')]);
    const out = join(dir, 'new-file.paicha.xlsx');
    expect(await wb.save({ mode: 'new-file', path: out })).toEqual({ path: out, sheets: ['汇总-住户', '待跟进'] });
    const written = await readXlsxContents(out);
    expect(written.sheets.map((s) => s.name)).toEqual(['汇总-住户', '待跟进']);
    expect(written.generatedSheets).toEqual(['汇总-住户', '待跟进']);
    const error = await wb.save({ mode: 'new-file', path: input }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileWriteError);
    expect((error as FileWriteError).code).toBe('would-overwrite-input');
    expect(await readFile(input)).toEqual(before);
  });
});

describe('FileWorkbook.save in-place', () => {
  it('replaces generated sheets in their tab, adds new ones, and keeps every user cell and formula', async () => {
    const path = await teamWorkbook(join(dir, 'in-place.xlsx'));
    const before = await snapshot(path);
    const wb = await FileWorkbook.open(path);
    wb.writeGenerated([summary('汇总-住户', 3), summary('待跟进')]);
    expect(await wb.save({ mode: 'in-place' })).toEqual({ path, sheets: ['汇总-住户', '待跟进'] });

    const after = await snapshot(path);
    expect(Object.keys(after)).toEqual(['住户登记', '汇总-住户', '捐赠', '设置', '待跟进']);
    expect(userSheets(after, ['汇总-住户', '待跟进'])).toEqual(userSheets(before, ['汇总-住户']));
    const reread = await readXlsxContents(path);
    expect(reread.generatedSheets).toEqual(['汇总-住户', '待跟进']);
    expect(reread.sheets[1]!.values).toEqual(summary('汇总-住户', 3).values);
    // The date-formatted #N/A is written back as an error, not `<v>NaN</v>`.
    const xml = await zipText(path, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<c r="D5"[^>]*t="e"><f>VLOOKUP\(A9,A1:A2,1,0\)<\/f><v>#N\/A<\/v><\/c>/);
    expect(xml).not.toContain('NaN');
    // User defined names survive; the marker names exactly the generated sheets.
    const workbookXml = await zipText(path, 'xl/workbook.xml');
    expect(workbookXml).toContain('<definedName name="住户表">');
    expect(workbookXml).toContain("<definedName name=\"_paicha_generated\">'汇总-住户'!$A$1,'待跟进'!$A$1</definedName>");
  });

  it('keeps the published ledgers’ values, formulas and formats', async () => {
    for (const name of ['hubei-rc-goods-use-2020-01-29.xlsx', 'wuhan-rc-cash-abc-account-2020-01-22_28.xlsx']) {
      const path = join(dir, name);
      await copyFile(realdata(name), path);
      await chmod(path, 0o644);
      const before = await snapshot(path);
      const grids = (await readXlsxContents(path)).sheets;
      const wb = await FileWorkbook.open(path);
      wb.writeGenerated([summary('汇总-捐赠')]);
      await wb.save({ mode: 'in-place' });
      expect(userSheets(await snapshot(path), ['汇总-捐赠'])).toEqual(before);
      expect((await readXlsxContents(path)).sheets.slice(0, grids.length)).toEqual(grids);
    }
  });

  it('refuses a sheet the user created since the file was opened, writing nothing', async () => {
    const path = await teamWorkbook(join(dir, 'race.xlsx'));
    const wb = await FileWorkbook.open(path);
    wb.writeGenerated([summary('待跟进')]);
    await writeWorkbook(path, (book) => book.addWorksheet('待跟进').addRow(['我的表']));
    const before = await readFile(path);
    await expect(wb.save({ mode: 'in-place' })).rejects.toBeInstanceOf(SheetOwnershipError);
    expect(await readFile(path)).toEqual(before);
  });

  it('refuses .xls and .csv inputs and suggests --out', async () => {
    const xls = join(dir, 'ledger.xls');
    await copyFile(realdata('hubei-rc-cash-2020-01-22_25.xls'), xls);
    for (const path of [xls, await writeCsv('households.csv', '小区,楼号\n')]) {
      const wb = await FileWorkbook.open(path);
      wb.writeGenerated([summary('汇总-住户')]);
      const error = await wb.save({ mode: 'in-place' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileWriteError);
      expect((error as FileWriteError).code).toBe('in-place-unsupported');
      expect((error as Error).message).toMatch(/--out/);
    }
  });

  it('loses nothing where paicha splices its sheets in; lists what ExcelJS cannot keep where it must rewrite the file', async () => {
    expect(XLSX_IN_PLACE_LOSSES.length).toBeGreaterThanOrEqual(8);
    expect(XLSX_IN_PLACE_LOSSES.join(' ')).toMatch(/chart[\s\S]*pivot[\s\S]*macro/);
    const goods = await FileWorkbook.open(realdata('hubei-rc-goods-use-2020-01-29.xlsx'));
    expect(await goods.inPlaceLosses()).toEqual([]);
    expect(await detectInPlaceLosses(realdata('hubei-rc-goods-use-2020-01-29.xlsx'))).toEqual([
      expect.stringMatching(/custom document properties/),
    ]);
    expect(await detectInPlaceLosses(realdata('wuhan-rc-cash-abc-account-2020-01-22_28.xlsx'))).toEqual([
      expect.stringMatching(/printer settings/),
    ]);
    // Strict OOXML is left to ExcelJS, which then says what it drops.
    const strict = await editXlsx(realdata('hubei-rc-goods-use-2020-01-29.xlsx'), join(dir, 'strict.xlsx'), {
      'xl/workbook.xml': (xml) =>
        xml.replace('http://schemas.openxmlformats.org/spreadsheetml/2006/main', 'http://purl.oclc.org/ooxml/spreadsheetml/main'),
    });
    expect(await (await FileWorkbook.open(strict)).inPlaceLosses()).toEqual([expect.stringMatching(/custom document properties/)]);
  });
});

async function writeCsv(name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}
