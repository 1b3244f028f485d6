// Writing the summary over an earlier paicha output first checks that every sheet in it is paicha's:
// that needs the workbook part's sheet names and marker, not the cells of its (long) sheets.
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { GeneratedSheet } from '../../../../src/workbook.ts';
import { writeGeneratedXlsx } from '../../../../src/node/files/write-xlsx.ts';
import { readXlsxContents } from '../../../../src/node/files/read-xlsx.ts';
import * as sheetScan from '../../../../src/node/files/xlsx/sheet.ts';
import { tempDir } from './helpers.ts';

vi.mock('../../../../src/node/files/xlsx/sheet.ts', async (importOriginal) => {
  const real = await importOriginal<typeof sheetScan>();
  return { ...real, scanSheet: vi.fn(real.scanSheet) };
});

const summary = (n: number): GeneratedSheet => ({
  name: '汇总-住户',
  values: [['名称', '户数'], ...Array.from({ length: n }, (_, i) => [`${i + 1}号楼`, i])],
  formats: ['text', 'integer'],
  frozenRows: 1,
});

describe('writing over an earlier paicha output', () => {
  it('reads none of its sheets to know it may be replaced, and replaces it', async () => {
    const path = join(await tempDir(), 'register.paicha.xlsx');
    await writeGeneratedXlsx(path, [summary(3)]);
    vi.mocked(sheetScan.scanSheet).mockClear();
    await writeGeneratedXlsx(path, [summary(5)]);
    expect(vi.mocked(sheetScan.scanSheet)).not.toHaveBeenCalled();
    const { sheets, generatedSheets } = await readXlsxContents(path);
    expect(generatedSheets).toEqual(['汇总-住户']);
    expect(sheets[0]!.values).toHaveLength(6);
  });
});
