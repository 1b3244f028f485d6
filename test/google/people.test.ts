// The watch register through the Sheets API: read, tallied and written back with the real googleapis
// client against the loopback emulator, as `paicha tally ID --write` does it.
import { describe, expect, it } from 'vitest';
import type { TallyResult } from '../../lib/result.ts';
import { SMALL_WATCH } from '../helpers/watch.ts';
import { runCli, useSheetsEmulator } from './helpers.ts';

const CHECKS = [
  ['日期', '姓名', '体温', '症状'],
  ['2020-02-03', '王伟', '36.6℃', '无'],
  ['2020-02-02', '李娜', 37.6, '发热'],
];

describe('a watch register in a Google spreadsheet', () => {
  const google = useSheetsEmulator();

  it('--write adds 汇总-重点人员 and 今日随访 with masked names, linked to the register rows', async () => {
    const id = google.emu.createSpreadsheet({
      title: '重点人员',
      sheets: [
        { title: '重点人员登记', values: SMALL_WATCH },
        { title: '健康监测', values: CHECKS },
      ],
    });
    const run = await runCli(google.emu, ['tally', id, '--write', '--json', '--as-of', '2020-02-03'], { cwd: google.dir });
    expect(run.stderr).toBe('');
    expect((JSON.parse(run.stdout) as TallyResult).people).toMatchObject({ underWatch: 2, checkedToday: 1, fever: 1 });
    expect(google.emu.sheetTitles(id)).toEqual(['重点人员登记', '健康监测', '汇总-重点人员', '今日随访', '问题清单', '日报']);
    expect(
      google.emu
        .getSheetValues(id, '汇总-重点人员')
        .slice(1)
        .map((r) => [r[0], r[3]]),
    ).toEqual([
      ['发热', '李*'],
      [null, '王*'],
    ]); // an empty cell reads back as null
    expect(
      google.emu
        .getSheetValues(id, '今日随访')
        .slice(1)
        .map((r) => [r[0], r[1], r[3]]),
    ).toEqual([['银杏苑', '小陈', '李*']]);
    expect(google.emu.getCell(id, '今日随访', 'L2')?.link).toMatch(/range=A3$/);
    const written = ['汇总-重点人员', '今日随访', '日报']
      .flatMap((n) => google.emu.getSheetValues(id, n).flat())
      .map(String)
      .join('\n');
    for (const secret of ['420102199003071232', '1234 5678', '13812345678', '13900001111', '王伟', '李娜'])
      expect(written).not.toContain(secret);
  });
});
