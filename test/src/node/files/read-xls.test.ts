import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { readXls } from '../../../../src/node/files/read-xls.ts';
import { realdata, tempDir } from './helpers.ts';

const dir = await tempDir();

describe('readXls on the published Hubei ledgers', () => {
  it('reads hubei-rc-cash-2020-01-22_25.xls: header on row 3, 60 data rows, numeric amounts', async () => {
    const [sheet, ...others] = await readXls(realdata('hubei-rc-cash-2020-01-22_25.xls'));
    expect(others).toEqual([]);
    expect(sheet!.name).toBe('接收捐款总数');
    const rows = sheet!.values;
    expect(rows[0]).toEqual(['', '2020年新型肺炎捐款信息', '', '', '']);
    expect(rows[1]).toEqual(['', '', '', '', '单位：元']);
    expect(rows[2]).toEqual(['序号', '捐赠日期', '捐赠(单位/姓名）', '捐赠金额（元）', '备注']);
    const data = rows.slice(3).filter((r) => typeof r[0] === 'number');
    expect(data).toHaveLength(60);
    expect(data.map((r) => r[0])).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(data.every((r) => typeof r[3] === 'number')).toBe(true);
    expect(data[0]).toEqual([1, '2020.01.22', '王宽', 100, '']);
    // A blank row, then the total row in the second column, as published (a float from SUM).
    expect(rows.slice(-2)).toEqual([
      ['', '', '', '', ''],
      ['', '合计', '', 3482232.1100000003, ''],
    ]);
    expect(rows.every((r) => r.length === 5)).toBe(true);
  });

  it('reads hubei-rc-cash-2020-02-04.xls: 1,845 rows, amounts from 0.01 to 5,000,000', async () => {
    const [sheet] = await readXls(realdata('hubei-rc-cash-2020-02-04.xls'));
    const rows = sheet!.values;
    const data = rows.filter((r) => typeof r[0] === 'number');
    expect(data).toHaveLength(1845);
    const amounts = data.map((r) => r[3] as number);
    expect(Math.min(...amounts)).toBe(0.01);
    expect(Math.max(...amounts)).toBe(5000000);
    expect(rows.at(-1)).toEqual(['', '', '合计', 9360600.01999999, '']);
  });

  it('keeps names exactly as typed (these ledgers have no padding; the written file below has)', async () => {
    const rows = (await readXls(realdata('hubei-rc-cash-2020-02-04.xls')))[0]!.values;
    const names = rows.map((r) => r[2]);
    expect(names).toContain('古力娜尔·依明');
    expect(names).toContain('努日曼古丽·艾买提转来新疆喀什疏勒县阿拉甫乡5村工作队捐款');
  });
});

describe('readXls on written BIFF8 files', () => {
  it('gives dates as UTC midnight, errors as text, NBSP/U+3000 kept, merges with the top-left value only', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['标题', null, null],
      ['\u00a0金都小区\u3000', 43852, true],
      [null, null, 12],
    ]);
    ws['B2']!.z = 'yyyy-mm-dd';
    ws['A3'] = { t: 'e', v: 0x2a };
    ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: 2 } }];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '登记');
    const path = join(dir, 'written.xls');
    await writeFile(path, XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    expect(await readXls(path)).toEqual([
      {
        name: '登记',
        values: [
          ['标题', '', ''],
          ['\u00a0金都小区\u3000', new Date(Date.UTC(2020, 0, 22)), true],
          ['#N/A', '', 12],
        ],
        merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
      },
    ]);
  });
});
