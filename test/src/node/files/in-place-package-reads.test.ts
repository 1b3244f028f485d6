// `paicha tally --in-place` asks whether it can splice before tallying (to warn of losses) and again
// when it saves: the user's package is listed and its workbook parts inflated once for both.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { exampleWorkbookBuffer } from '../../../../examples/workbook.ts';
import { FileWorkbook } from '../../../../src/node/files/file-workbook.ts';
import { readXlsxContents } from '../../../../src/node/files/read-xlsx.ts';
import * as inPlace from '../../../../src/node/files/xlsx/write/in-place.ts';
import { tempDir } from './helpers.ts';

vi.mock('../../../../src/node/files/xlsx/write/in-place.ts', async (importOriginal) => {
  const real = await importOriginal<typeof inPlace>();
  return { ...real, canSplice: vi.fn(real.canSplice) };
});

describe('an in-place save', () => {
  it('reads the package to decide on a splice once, for the loss warning and the save together', async () => {
    const path = join(await tempDir(), 'register.xlsx');
    await writeFile(path, await exampleWorkbookBuffer());
    const wb = await FileWorkbook.open(path);
    expect(await wb.inPlaceLosses()).toEqual([]);
    wb.writeGenerated([
      {
        name: '汇总-住户',
        values: [
          ['名称', '户数'],
          ['金都小区', 3],
        ],
        formats: ['text', 'integer'],
        frozenRows: 1,
      },
    ]);
    await wb.save({ mode: 'in-place' });
    expect(vi.mocked(inPlace.canSplice)).toHaveBeenCalledTimes(1);
    // The save did splice: the user's sheets are there, and the summary beside them.
    const saved = await readXlsxContents(path);
    expect(saved.generatedSheets).toEqual(['汇总-住户']);
    expect(saved.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['住户登记', '捐款捐物', '汇总-住户']));
    // Saved again after the file changed, the question is asked afresh.
    await wb.save({ mode: 'in-place' });
    expect(vi.mocked(inPlace.canSplice)).toHaveBeenCalledTimes(2);
  });
});
