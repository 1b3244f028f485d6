// Nothing a cell (or a file name) holds reaches the terminal raw: `report`, `check`, the summary of
// `tally` and every message print control characters as visible \uXXXX escapes.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { showControls } from '../../../../lib/cells/controls.ts';
import { runCli, tempDir } from '../../../helpers/cli.ts';

const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;

describe('control characters on the terminal', async () => {
  const dir = await tempDir();
  const name = 'reg\x1b[2Jister.csv';
  await writeFile(
    join(dir, name),
    [
      '小区,楼号,门牌号,户主姓名,核查状态,备注',
      '金都小区,1,101,王伟,入户登记,晚上有灯',
      '金都小区,\x1b]0;pwned\x07,102,李芳,入户登记,',
      '\u202e区小都金,2,201,张三,敲不开门,\x9b31m红字',
      '金都小区,3,301,刘洋,入\x07户登记,',
    ].join('\n'),
  );

  it.each([
    ['check', ['check', name]],
    ['check --json', ['check', name, '--json']],
    ['tally (the summary)', ['tally', name, '--out', 'out.xlsx']],
    ['report', ['report', name]],
    ['an error naming the file', ['tally', name, '--out', 'x\x1b[31m.csv']],
  ])('%s', async (_, args) => {
    const run = await runCli(args, dir);
    expect(run.code).toBeLessThan(3);
    expect(`${run.stdout}${run.stderr}`.match(RAW)?.[0]).toBeUndefined();
    // Problems and messages show what was there; the daily report holds counts only.
    if (args[0] !== 'report') expect(`${run.stdout}${run.stderr}`).toContain('\\u001b');
    if (args.includes('--json')) expect(JSON.parse(run.stdout).errors).toBeGreaterThan(0);
  });

  it('escapes visibly rather than dropping: the text around the control stays', async () => {
    const run = await runCli(['check', name, '--locale', 'en'], dir);
    expect(run.stdout).toContain(showControls('"\x1b]0;pwned\x07" holds control characters'));
  });
});
