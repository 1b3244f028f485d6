import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TallyResult } from '../../../../lib/result.ts';
import { runCli, tempDir, writeXlsx } from '../../../helpers/cli.ts';

const register = [
  ['工作组', '小区', '楼号', '门牌号', '户主姓名', '联系电话', '核查状态'],
  ['第一组', '金都小区', 12, '301', '王伟', '138 1234 5678', '入户登记'],
  ['第一组', '金都小区', 12, '302', '李芳', '13900001111', '敲不开门'],
  ['第二组', '<b>银杏苑</b>', 3, '101', '刘洋', '', '电话登记'],
];
const ledger = '日期,捐赠人,类别,金额\n2020-02-01,某公司,捐款,"12,000.5"\n2020-02-02,张三 13812345678,捐款,300\n';

/** A register and a ledger in a folder of their own, as a team keeps them. */
async function files() {
  const dir = await tempDir();
  await mkdir(join(dir, 'data'));
  await writeXlsx(join(dir, 'data', 'households.xlsx'), [{ name: '住户', values: register }]);
  await writeFile(join(dir, 'data', 'donations.csv'), ledger);
  return dir;
}

describe('paicha tally --html', () => {
  it('writes NAME.paicha.html beside the first input, next to the summary workbook', async () => {
    const dir = await files();
    const { code, stdout } = await runCli(['tally', 'data/households.xlsx', 'data/donations.csv', '--html'], dir);
    expect(code).toBe(0);
    expect((await readdir(join(dir, 'data'))).sort()).toEqual([
      'donations.csv',
      'households.paicha.html',
      'households.paicha.xlsx',
      'households.xlsx',
    ]);
    expect(stdout).toContain(`→ ${join(dir, 'data', 'households.paicha.html')}`);
    const page = await readFile(join(dir, 'data', 'households.paicha.html'), 'utf8');
    expect(page).toMatch(/^<!doctype html>\n<html lang="zh-Hans">/);
    expect(page).toContain('<title>排查看板 · 统计日 2020-02-03</title>'); // the CLI's today in tests
    expect(page).toContain('<dd class="big">2</dd><dd>共 3 户</dd>');
    expect(page).toContain('12,300<small>.50</small>');
    expect(page).toContain('&lt;b&gt;银杏苑&lt;/b&gt;');
    expect(page).not.toMatch(/王伟|张三|13812345678|138 1234 5678/);
  });

  it('with --json writes the page and nothing else, and prints only the JSON', async () => {
    const dir = await files();
    const { stdout } = await runCli(['tally', 'data/households.xlsx', '--html', '--json', '--as-of', '2020-02-06', '--locale', 'en'], dir);
    expect((JSON.parse(stdout) as TallyResult).households.total).toBe(3);
    expect((await readdir(join(dir, 'data'))).sort()).toEqual(['donations.csv', 'households.paicha.html', 'households.xlsx']);
    const page = await readFile(join(dir, 'data', 'households.paicha.html'), 'utf8');
    expect(page).toContain('<title>Screening dashboard · As of 2020-02-06</title>');
  });

  it('is in the help', async () => {
    const { stdout } = await runCli(['tally', '--help'], await tempDir());
    expect(stdout).toContain('--html');
    expect(stdout).toContain('NAME.paicha.html');
  });
});

describe('paicha demo', () => {
  it('writes the dashboard of the example beside its workbooks and says where', async () => {
    const dir = await tempDir();
    const { stdout } = await runCli(['demo'], dir);
    const path = join(dir, 'out', 'paicha-demo.paicha.html');
    expect(stdout).toContain(`看板: ${path}`);
    const page = await readFile(path, 'utf8');
    expect(page).toContain('<title>排查看板 · 统计日 2020-02-06</title>');
    expect(page).toContain('<dd class="big">551</dd><dd>共 719 户</dd>');
  });
});
