// The number of Sheets API requests per spreadsheet does not grow with its number of rows.
import { describe, expect, it } from 'vitest';
import type { TallyResult } from '../../lib/result.ts';
import { runCli, useSheetsEmulator } from './helpers.ts';

function register(rows: number): (string | number)[][] {
  const out: (string | number)[][] = [['工作组', '小区', '楼号', '单元', '门牌号', '核查状态', '走访次数']];
  for (let i = 0; i < rows; i++) {
    out.push([
      `第${1 + (i % 4)}组`,
      `小区${1 + (i % 4)}`,
      1 + (i % 12),
      1 + (i % 3),
      String(1000 + i),
      i % 10 === 0 ? '敲不开门' : '入户登记',
      1,
    ]);
  }
  return out;
}

describe('requests per spreadsheet', () => {
  const google = useSheetsEmulator();

  it('are the same for 1,000 and 100,000 rows: two reads, and two writes with --write', async () => {
    const kinds: Record<number, string[]> = {};
    for (const rows of [1_000, 100_000]) {
      const id = google.emu.createSpreadsheet({
        title: `${rows}`,
        sheets: [
          { title: '住户登记', values: register(rows) },
          { title: '备注', values: [['x']] },
        ],
      });
      const run = await runCli(google.emu, ['tally', id, '--write', '--json', '--as-of', '2020-02-03', '--max-problems', '10'], {
        cwd: google.dir,
      });
      expect(run.stderr).toBe('');
      expect((JSON.parse(run.stdout) as TallyResult).households.total).toBe(rows);
      expect(google.emu.getSheetValues(id, '待跟进')).toHaveLength(rows / 10 + 1);
      kinds[rows] = google.emu.kindsFor(id);
      expect(google.emu.countFor(id)).toBe(4);
    }
    expect(kinds[100_000]).toEqual(kinds[1_000]);
    expect(kinds[1_000]).toEqual(['get', 'values.batchGet', 'batchUpdate', 'values.batchUpdate']);
  });
});
