import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeXlsx } from '../../../helpers/cli.ts';

const register = [
  ['小区', '楼号', '门牌号', '核查状态'],
  ['金都小区', '1号楼', '101', '入户登记'],
];

describe('inputs that are no register', () => {
  it('a file with no register exited 0 and wrote an empty .paicha.xlsx: now exit 2 naming the file, the sheets and their first rows, writing nothing', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'staff.xlsx'), [
      {
        name: '名单',
        values: [
          ['姓名', '年龄'],
          ['张三', 30],
        ],
      },
      { name: '备忘', values: [] },
    ]);
    for (const command of ['tally', 'report', 'check']) {
      const run = await runCli([command, 'staff.xlsx'], dir);
      expect([command, run.code, run.stdout]).toEqual([command, 2, '']);
      expect(run.stderr).toContain('staff.xlsx');
      expect(run.stderr).toContain('“名单”（姓名、年龄）');
      expect(run.stderr).toContain('“备忘”（空）');
      expect(run.stderr).toContain('没有 paicha 认得的登记表');
    }
    expect(await readdir(dir)).toEqual(['staff.xlsx']);
    const en = await runCli(['tally', 'staff.xlsx', '--locale', 'en'], dir);
    expect(en.stderr).toContain('Sheets looked at, with their first row: "名单" (姓名, 年龄); "备忘" (empty)');
  });

  it('a first row holding a phone number is shown masked', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'phones.csv'), '13812345678,王伟\n');
    const run = await runCli(['tally', 'phones.csv'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).not.toContain('13812345678');
    expect(run.stderr).toContain('（138****5678、王伟）');
  });

  it('`paicha tally NAME.paicha.xlsx` wrote NAME.paicha.paicha.xlsx: now its own output is recognized by the marker', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'register.xlsx'), [{ name: '住户登记', values: register }]);
    expect((await runCli(['tally', 'register.xlsx'], dir)).code).toBe(0);
    const again = await runCli(['tally', 'register.paicha.xlsx'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('它是 paicha 生成的汇总（带有 paicha 的标记），不是登记表');
    expect(again.stderr).toContain('paicha tally register.xlsx');
    expect((await readdir(dir)).sort()).toEqual(['register.paicha.xlsx', 'register.xlsx']);
  });

  it('a workbook with paicha sheets added in place is still an input: its own sheets are read', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'register.xlsx'), [{ name: '住户登记', values: register }]);
    expect((await runCli(['tally', 'register.xlsx', '--in-place'], dir)).code).toBe(0);
    const again = await runCli(['tally', 'register.xlsx', '--json'], dir);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).households.total).toBe(1);
  });
});
