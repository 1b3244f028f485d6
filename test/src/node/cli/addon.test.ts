// `paicha addon [DIR]`: the add-on as files a person pastes into Extensions → Apps Script.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADDON_DIR, buildAddon } from '../../../../src/build/addon.ts';
import { runCli, tempDir } from '../../../helpers/cli.ts';

const FILES = ['paicha.gs', 'paicha-core.gs', 'dashboard.html', 'help.html', 'appsscript.json', 'README.txt'];

beforeAll(async () => {
  await buildAddon(); // dist/addon, as npm run build writes it and the package ships it
}, 120_000);

describe('paicha addon', () => {
  it('writes the files into DIR and prints their sizes and the paste steps', async () => {
    const cwd = await tempDir();
    const { code, stdout, stderr } = await runCli(['addon', 'for-the-team'], cwd);
    expect([code, stderr]).toEqual([0, '']);
    for (const f of FILES) expect(readFileSync(join(cwd, 'for-the-team', f), 'utf8'), f).toBe(readFileSync(join(ADDON_DIR, f), 'utf8'));
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(join(cwd, 'for-the-team'));
    expect(lines.slice(1, 1 + FILES.length).map((l) => l.trim().split(/ +/)[0])).toEqual(FILES);
    const size = (f: string) => `${(readFileSync(join(ADDON_DIR, f)).length / 1024).toFixed(1)} KB`;
    expect(lines[1]).toMatch(new RegExp(`paicha\\.gs +${size('paicha.gs').replace('.', '\\.')}$`));
    expect(stdout).toContain('把 paicha 装进你的 Google 表格');
    expect(stdout).toContain('3. 左侧已有一个脚本文件（Code.gs，中文界面下可能叫“代码.gs”）：点它旁边的 ⋮ →“重命名”，改名为 paicha；');
  });

  it('writes into ./paicha-addon by default and speaks --locale', async () => {
    const cwd = await tempDir();
    const { code, stdout } = await runCli(['addon', '--locale', 'en'], cwd);
    expect(code).toBe(0);
    expect(readFileSync(join(cwd, 'paicha-addon', 'paicha.gs'), 'utf8')).toContain('function tallyAll()');
    expect(stdout).toContain('4. Click + next to Files → Script, name it paicha-core, and paste the whole of paicha-core.gs.');
  });

  it('rewrites its own files in an existing folder and leaves the others', async () => {
    const cwd = await tempDir();
    await runCli(['addon', 'x'], cwd);
    writeFileSync(join(cwd, 'x', 'paicha.gs'), 'old');
    writeFileSync(join(cwd, 'x', 'notes.txt'), 'ours');
    expect((await runCli(['addon', 'x'], cwd)).code).toBe(0);
    expect(readFileSync(join(cwd, 'x', 'paicha.gs'), 'utf8')).toContain('function onOpen(e)');
    expect(readFileSync(join(cwd, 'x', 'notes.txt'), 'utf8')).toBe('ours');
  });

  it('refuses a DIR that is a file, and two DIRs, with a usage error', async () => {
    const cwd = await tempDir();
    writeFileSync(join(cwd, 'taken'), '');
    const file = await runCli(['addon', 'taken', '--locale', 'en'], cwd);
    expect([file.code, file.stderr]).toEqual([2, 'paicha addon: taken exists and is not a folder\nRun paicha addon --help for usage.\n']);
    expect((await runCli(['addon', 'a', 'b'], cwd)).code).toBe(2);
  });
});
