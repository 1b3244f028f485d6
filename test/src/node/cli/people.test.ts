import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TallyResult } from '../../../../lib/result.ts';
import { readWorkbookFile } from '../../../../src/node/files/read-workbook.ts';
import { runCli, tempDir, writeXlsx } from '../../../helpers/cli.ts';
import { SMALL_WATCH } from '../../../helpers/watch.ts';

// A watch register (test/helpers/watch.ts) and its check log in one .xlsx, read by the CLI as a team's file is.
const checks = [
  ['日期', '姓名', '身份证号', '体温', '症状'],
  ['2020-02-03', '王伟', '420102199003071232', '36.6℃', '无'],
  ['2020-02-02', '李娜', '', '37.6', '发热'],
];

describe('paicha tally on a watch register', () => {
  it('counts the watch as of --as-of, for --watch-days, and writes the two watch sheets without an ID number or phone', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'watch.xlsx'), [
      { name: '重点人员', values: SMALL_WATCH },
      { name: '健康监测', values: checks },
    ]);
    const run = await runCli(['tally', 'watch.xlsx', '--json', '--as-of', '2020-02-03', '--out', 'out.xlsx'], dir);
    expect(run.code).toBe(0);
    const r = JSON.parse(run.stdout) as TallyResult;
    expect(r.people).toMatchObject({ total: 2, underWatch: 2, endingToday: 1, checkedToday: 1, missedToday: 1, fever: 1 });
    const short = JSON.parse(
      (await runCli(['tally', 'watch.xlsx', '--json', '--as-of', '2020-02-03', '--watch-days', '7'], dir)).stdout,
    ) as TallyResult;
    expect(short.people).toMatchObject({ underWatch: 1, released: 1 });

    const out = await readWorkbookFile(join(dir, 'out.xlsx'));
    const watch = out.sheets.find((s) => s.name === '汇总-重点人员')!;
    expect(watch.values.slice(1).map((row) => [row[0], row[1], row[3]])).toEqual([
      ['发热', '银杏苑', '李*'],
      ['', '金都小区', '王*'],
    ]);
    const text = out.sheets
      .filter((s) => !['重点人员', '健康监测'].includes(s.name))
      .flatMap((s) => s.values.flat())
      .map(String)
      .join('\n');
    for (const secret of ['420102199003071232', '13812345678', '138 1234 5678', '13900001111', '王伟', '李娜'])
      expect(text).not.toContain(secret);
  });

  it('refuses a watch of 0 days as a usage error', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'watch.xlsx'), [{ name: '重点人员', values: SMALL_WATCH }]);
    const run = await runCli(['tally', 'watch.xlsx', '--json', '--watch-days', '0'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--watch-days');
  });
});
