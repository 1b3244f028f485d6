import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TallyResult } from '../../../../lib/result.ts';
import { readWorkbookFile } from '../../../../src/node/files/read-workbook.ts';
import { runCli, tempDir, writeXlsx } from '../../../helpers/cli.ts';

// The register of issue 2, as a team writes it: both scripts, full-width digits, 十二号楼 / 12# / 12栋,
// phones with spaces, one dwelling twice, a blank row in the middle, a 合计 row at the bottom.
const register = [
  ['工作组', '小区', '楼号', '单元', '门牌号', '户主姓名', '联系电话', '核查状态', '走访次数'],
  ['第一组', '金都小区北区', '十二号楼', 1, '301', '王伟', '138 1234 5678', '入户登记', 1],
  ['第一组', '金都小區北區', '12#', '1单元', 302, '李芳', '139 0000 1111', '電話登記', 1],
  ['第一组', '金都小区北区', '１２栋', '1', '303', '', '', '敲不开门', 2],
  ['', '', '', '', '', '', '', '', ''],
  ['第二组', '金都小区北区', '12', '1', '301', '王伟', '13812345678', '入户登记', 1],
  ['第二组', '银杏苑', '3号楼', '', '101', '刘洋', '', '不在家', 1],
  ['合计', '', '', '', '', '', '', '', ''],
];

describe('paicha tally', () => {
  it('prints exact counts as JSON and writes the generated sheets beside the input', async () => {
    const dir = await tempDir();
    const input = join(dir, 'register.xlsx');
    await writeXlsx(input, [{ name: '住户', values: register }]);
    const before = await readFile(input);
    const { code, stdout } = await runCli(['tally', 'register.xlsx', '--json', '--out', 'register.paicha.xlsx'], dir);
    const r = JSON.parse(stdout) as TallyResult;
    expect(code).toBe(1); // the duplicate is an error
    expect(r.households).toMatchObject({ total: 4, verified: 2, unreached: 2 });
    expect(r.households.byCompound.map((c) => [c.compound, c.total])).toEqual([
      ['金都小区北区', 3],
      ['银杏苑', 1],
    ]);
    expect(r.problems.items.filter((p) => p.code === 'duplicate').map((p) => [p.sheet, p.row, p.column])).toEqual([['住户', 6, 'E']]);
    expect(r.problems.items.find((p) => p.code === 'duplicate')!.message).toMatch(/第6行.*第2行/);
    expect(r.problems.byCode['total-row']).toBe(1);
    expect(await readFile(input)).toEqual(before);
    const out = await readWorkbookFile(join(dir, 'register.paicha.xlsx'));
    expect(out.sheets.map((s) => s.name)).toEqual(['汇总-住户', '待跟进', '问题清单', '日报']);
  });

  it('with --json alone prints and writes nothing', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'r.xlsx'), [{ name: '住户', values: register }]);
    await runCli(['tally', 'r.xlsx', '--json'], dir);
    await expect(stat(join(dir, 'r.paicha.xlsx'))).rejects.toThrow();
  });

  it('never writes over its input, and --in-place adds only its own sheets', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'r.xlsx'), [{ name: '住户', values: register }]);
    const refused = await runCli(['tally', 'r.xlsx', '--out', 'r.xlsx', '--locale', 'en'], dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('never rewrites its input');
    const inPlace = await runCli(['tally', 'r.xlsx', '--in-place'], dir);
    // paicha splices its sheets into the file: nothing of the user's is lost, so there is no warning.
    expect(inPlace.stderr).not.toContain('will not keep');
    const after = await readWorkbookFile(join(dir, 'r.xlsx'));
    expect(after.sheets.map((s) => s.name)).toEqual(['住户', '汇总-住户', '待跟进', '问题清单', '日报']);
    expect(after.sheets[0]!.values.slice(0, 3)).toEqual(register.slice(0, 3).map((r) => r.map((c) => c)));
    // A second run finds its own sheets by their marker and rewrites only them.
    const again = await runCli(['tally', 'r.xlsx', '--in-place', '--json'], dir);
    expect((JSON.parse(again.stdout) as TallyResult).households.total).toBe(4);
    expect((await readWorkbookFile(join(dir, 'r.xlsx'))).sheets.length).toBe(5);
  });

  it('names the problem cell in the chosen locale', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'r.xlsx'), [
      {
        name: 'Households',
        values: [
          ['Compound', 'Building', 'Room'],
          ['Jindu', '', '101'],
        ],
      },
    ]);
    const { stdout, code } = await runCli(['check', 'r.xlsx', '--locale', 'en'], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('Households!B2');
    expect(stdout).toContain('"Building" is required. Please fill it in.');
  });

  it.each(['tally', 'check', 'report', 'init', 'demo', 'rollup'])(
    '%s --help prints usage and exit codes in the --locale asked for',
    async (cmd) => {
      const dir = await tempDir();
      const en = await runCli([cmd, '--help', '--locale', 'en'], dir);
      expect(en.code).toBe(0);
      expect(en.stdout).toContain(`Usage: paicha ${cmd}`);
      expect(en.stdout).toMatch(/[Ee]xit codes?/);
      const hans = await runCli([cmd, '--help'], dir);
      expect(hans.stdout).toContain(`用法：paicha ${cmd}`);
      expect(hans.stdout).toContain('退出码');
      const hant = await runCli([cmd, '--help', '--locale', 'zh-Hant'], dir);
      expect(hant.stdout).toContain('退出碼');
    },
  );

  it('answers a usage error with exit code 2 and a pointer to --help', async () => {
    const r = await runCli(['tally', '--locale', 'fr', 'x.xlsx'], await tempDir());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('paicha tally：--locale 只能是 zh-Hans, zh-Hant, en，不能是“fr”\n用法见 paicha tally --help。\n');
    const en = await runCli(['tally', 'x.xlsx', '--max-problems', 'many', '--locale', 'en'], await tempDir());
    expect(en.stderr).toBe('paicha tally: --max-problems takes a whole number, not "many"\nRun paicha tally --help for usage.\n');
    const unknown = await runCli(['tally', 'x.xlsx', '--colour', '--locale', 'zh-Hant'], await tempDir());
    expect(unknown.stderr).toBe('paicha tally：沒有 --colour 這個選項\n用法見 paicha tally --help。\n');
    expect((await runCli(['nonsense'], await tempDir())).code).toBe(2);
    const missing = await runCli(['tally', 'nope.xlsx'], await tempDir());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.xlsx');
  });
});

describe('paicha init and demo', () => {
  it('writes a template that paicha reads back as an empty register', async () => {
    const dir = await tempDir();
    expect((await runCli(['init', 't.xlsx'], dir)).code).toBe(0);
    const t = await readWorkbookFile(join(dir, 't.xlsx'));
    expect(t.sheets[0]!.values[0]).toContain('核查状态');
    expect((await runCli(['init', 't.xlsx'], dir)).code).toBe(2); // will not overwrite
    const { code, stdout } = await runCli(['tally', 't.xlsx', '--json'], dir);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as TallyResult).households.total).toBe(0);
  });

  it('demo generates the example, tallies it and prints the story’s 719 households', async () => {
    const dir = await tempDir();
    const { code, stdout } = await runCli(['demo', '--json'], dir);
    expect(code).toBe(0);
    const r = JSON.parse(stdout) as TallyResult;
    expect(r.households.total).toBe(719);
    expect(r.households.byCompound.find((c) => c.compound === '金都小区')).toMatchObject({ total: 507, buildings: 12 });
    expect((await stat(join(dir, 'out', 'paicha-demo.paicha.xlsx'))).size).toBeGreaterThan(0);
  });
});

describe('paicha --as-of', () => {
  it.each(['2020-13-45', '2020-02-30', '2020-2-3', '2020-02-01T24:00'])(
    'refuses %s as a usage error, before reading anything',
    async (asOf) => {
      const dir = await tempDir();
      await writeXlsx(join(dir, 'r.xlsx'), [{ name: '住户', values: register }]);
      const run = await runCli(['tally', 'r.xlsx', '--json', '--as-of', asOf, '--locale', 'en'], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`--as-of takes a day YYYY-MM-DD or a day and time YYYY-MM-DDTHH:MM, not "${asOf}"`);
      expect(run.stdout).toBe('');
    },
  );

  it('takes a day and time; the report is headed with the day', async () => {
    const dir = await tempDir();
    await writeXlsx(join(dir, 'r.xlsx'), [{ name: '住户', values: register }]);
    const run = await runCli(['report', 'r.xlsx', '--as-of', '2020-02-01T23:00'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('【排查日报】2020-02-01');
  });
});
