// `--in-place` splices paicha's sheets into the user's file: every part of the user's is still there,
// its compressed bytes unchanged; the parts paicha appends to keep every entry they had; a second run
// replaces paicha's sheets without leaving anything behind; Excel's peers open the result.
import { execFileSync } from 'node:child_process';
import { copyFile, chmod, open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleWorkbookBuffer } from '../../../../../examples/workbook.ts';
import type { GeneratedSheet } from '../../../../../src/workbook.ts';
import { FileWorkbook } from '../../../../../src/node/files/file-workbook.ts';
import { readXlsxContents } from '../../../../../src/node/files/read-xlsx.ts';
import { listZipEntries, readAt } from '../../../../../src/node/files/zip.ts';
import { realdata, snapshot, tempDir, zipText } from '../helpers.ts';
import { convert } from './soffice.ts';

const dir = await tempDir();

const coverage: GeneratedSheet = {
  name: '汇总-住户',
  values: [
    ['层级', '名称', '户数', '登记率'],
    ['小区', '金都小区', 507, 0.757],
    ['小区', '银杏苑', 96, 0.8125],
  ],
  formats: ['text', 'text', 'integer', 'percent'],
  frozenRows: 1,
  charts: [{ kind: 'bar', title: '登记率 · 小区', labelColumn: 1, valueColumns: [3], rows: 2 }],
};
const problems = (sheet: string): GeneratedSheet => ({
  name: '问题清单',
  values: [
    ['级别', '表', '单元格', '说明'],
    ['错误', sheet, 'B3', '请补填。'],
  ],
  formats: ['text', 'text', 'text', 'text'],
  frozenRows: 1,
  links: [{ row: 1, column: 2, target: { sheet, row: 3, column: 'B' } }],
});

/** Every zip entry's name and its stored (compressed) bytes. */
async function storedParts(path: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  const file = await open(path, 'r');
  try {
    for (const e of (await listZipEntries(path)) ?? []) {
      const header = await readAt(file, e.localHeaderOffset, 30);
      out.set(e.name, await readAt(file, e.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28), e.compressedSize));
    }
  } finally {
    await file.close();
  }
  return out;
}

// The parts paicha appends its entries to; every other part of the user's is copied as it was.
const APPENDED = /^(xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|\[Content_Types\]\.xml|xl\/styles\.xml|xl\/sharedStrings\.xml)$/;

async function inPlace(path: string, sheets: readonly GeneratedSheet[]): Promise<void> {
  const wb = await FileWorkbook.open(path);
  expect(await wb.inPlaceLosses()).toEqual([]);
  wb.writeGenerated(sheets);
  await wb.save({ mode: 'in-place' });
}

async function userFiles(): Promise<string[]> {
  const files: string[] = [];
  for (const name of ['hubei-rc-goods-use-2020-01-29.xlsx', 'wuhan-rc-cash-abc-account-2020-01-22_28.xlsx']) {
    const path = join(dir, name);
    await copyFile(realdata(name), path);
    await chmod(path, 0o644);
    files.push(path);
  }
  const demo = join(dir, 'demo.xlsx');
  await writeFile(demo, await exampleWorkbookBuffer());
  files.push(demo);
  // LibreOffice's own .xlsx (its styles, its shared strings, its document properties).
  convert([demo], 'xlsx:Calc MS Excel 2007 XML', join(dir, 'lo'), join(dir, 'lo-profile'));
  files.push(join(dir, 'lo', 'demo.xlsx'));
  return files;
}

describe('tally --in-place', () => {
  it('copies every part of the user byte for byte, and the sheets read as before', async () => {
    for (const path of await userFiles()) {
      const before = await storedParts(path);
      const grids = (await readXlsxContents(path)).sheets;
      const cells = await snapshot(path);
      await inPlace(path, [coverage, problems(grids[0]!.name)]);
      const after = await storedParts(path);
      for (const [name, bytes] of before) {
        expect(after.has(name), `${path}: ${name} kept`).toBe(true);
        if (!APPENDED.test(name)) expect(after.get(name)!.equals(bytes), `${path}: ${name} byte for byte`).toBe(true);
      }
      const read = await readXlsxContents(path);
      expect(read.sheets.slice(0, grids.length)).toEqual(grids);
      expect(read.sheets.slice(grids.length).map((s) => s.name)).toEqual(['汇总-住户', '问题清单']);
      expect(read.sheets[grids.length]!.values).toEqual(coverage.values);
      expect(read.generatedSheets).toEqual(['汇总-住户', '问题清单']);
      // ExcelJS, reading the whole file, sees the user's cells, formulas and formats unchanged.
      const reread = await snapshot(path);
      for (const name of Object.keys(cells)) expect(reread[name]).toEqual(cells[name]);
      // The problem cell links within the workbook.
      const sheets = (await listZipEntries(path))!.map((e) => e.name).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
      const ours = await zipText(path, sheets[sheets.length - 1]!);
      expect(ours).toContain(`<hyperlink ref="C2" location="'${grids[0]!.name}'!B3"/>`);
    }
  }, 240_000);

  it('replaces its own sheets on the next run, leaving no part of the old ones behind', async () => {
    const path = join(dir, 'twice.xlsx');
    await writeFile(path, await exampleWorkbookBuffer());
    await inPlace(path, [coverage, problems('住户登记')]);
    const first = [...(await storedParts(path)).keys()].sort();
    const workbookOnce = await zipText(path, 'xl/workbook.xml');
    await inPlace(path, [
      { ...coverage, values: [...coverage.values, ['小区', '东湖新村', 72, 0.764]], charts: [{ ...coverage.charts![0]!, rows: 3 }] },
    ]);
    const second = [...(await storedParts(path)).keys()].sort();
    expect(second.length).toBe(first.length);
    const read = await readXlsxContents(path);
    expect(read.sheets.map((s) => s.name)).toEqual(['住户登记', '捐款捐物', '重点人员登记', '健康监测', '汇总-住户', '问题清单']);
    expect(read.sheets[4]!.values).toHaveLength(4);
    expect(read.generatedSheets).toEqual(['问题清单', '汇总-住户']);
    const workbook = await zipText(path, 'xl/workbook.xml');
    expect(workbook.match(/_xlnm\.Print_Titles/g)).toHaveLength(workbookOnce.match(/_xlnm\.Print_Titles/g)!.length);
    expect(workbook.match(/_paicha_generated/g)).toHaveLength(1);
    expect(await zipText(path, second.find((n) => n.startsWith('xl/charts/'))!)).toContain('$B$2:$B$4');
  });

  it('gives a file LibreOffice opens, prints and saves back with the user sheets as they were', async () => {
    const path = join(dir, 'lo-check.xlsx');
    await writeFile(path, await exampleWorkbookBuffer());
    const grids = (await readXlsxContents(path)).sheets;
    await inPlace(path, [coverage, problems('住户登记')]);
    convert([path], 'pdf', join(dir, 'pdf'), join(dir, 'lo-profile'));
    const text = execFileSync('pdftotext', [join(dir, 'pdf', 'lo-check.pdf'), '-'], { encoding: 'utf8' });
    for (const word of ['金都小区', '登记率 · 小区', '请补填']) expect(text).toContain(word);
    convert([path], 'xlsx:Calc MS Excel 2007 XML', join(dir, 'lo-back'), join(dir, 'lo-profile'));
    const back = await readXlsxContents(join(dir, 'lo-back', 'lo-check.xlsx'));
    expect(back.sheets.slice(0, grids.length)).toEqual(grids);
    expect(back.sheets[grids.length]!.values).toEqual(coverage.values);
  }, 240_000);
});
