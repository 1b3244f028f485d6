import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { tallyWorkbook } from '../../../../lib/index.ts';
import { readWorkbookFile } from '../../../../src/node/files/read-workbook.ts';
import { tempDir, writeWorkbook } from './helpers.ts';

const dir = await tempDir();
const rows = [
  ['小区', '楼号', '门牌号', '核查状态'],
  ['金都小区', '1号楼', '101', '入户登记'],
  [null, null, '102', '敲不开门'],
  [null, '2号楼', '201', '入户登记'],
];
// A1-style areas as a team draws them: 小区 down A2:A4, 1号楼 down B2:B3.
const areas = ['A2:A4', 'B2:B3'];

async function tallied(path: string) {
  const { sheets } = await readWorkbookFile(path);
  return tallyWorkbook(sheets, { asOf: '2020-02-03' });
}

describe('merged 小区/楼号 cells in a file', () => {
  it('an .xlsx with 小区 merged down its rows: every covered row is counted, no required error', async () => {
    const path = join(dir, 'merged.xlsx');
    await writeWorkbook(path, (wb) => {
      const ws = wb.addWorksheet('住户登记');
      for (const r of rows) ws.addRow(r);
      for (const a of areas) ws.mergeCells(a);
    });
    const r = await tallied(path);
    expect(r.problems.items.filter((p) => p.code === 'required')).toEqual([]);
    expect(r.households.byBuilding.map((b) => [b.compound, b.building, b.total])).toEqual([
      ['金都小区', '1', 2],
      ['金都小区', '2', 1],
    ]);
  });

  it('an .xls (BIFF8) with the same merges: the same tally', async () => {
    const ws = XLSX.utils.aoa_to_sheet(rows);
    ws['!merges'] = areas.map((a) => XLSX.utils.decode_range(a));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '住户登记');
    const path = join(dir, 'merged.xls');
    await writeFile(path, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    const r = await tallied(path);
    expect(r.problems.items.filter((p) => p.code === 'required')).toEqual([]);
    expect(r.households).toMatchObject({ total: 3, verified: 2, unreached: 1 });
  });
});
