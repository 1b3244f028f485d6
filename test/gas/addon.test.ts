import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { exampleSheets, exampleWorkbookBuffer } from '../../examples/workbook.ts';
import iconv from 'iconv-lite';
import { runCli, tempDir } from '../helpers/cli.ts';
import { writeWorkbook } from '../src/node/files/helpers.ts';
import type { Cell } from '../../lib/cells/result.ts';
import {
  AuthMode,
  createEmulator,
  loadBundle,
  loadScripts,
  type Emulator,
  type MenuRecord,
  type SpreadsheetSeed,
} from './emulator/index.ts';
import { openWithAddon, useBuiltBundle } from './bundle.ts';

const dir = useBuiltBundle();
const PACKAGE = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
  version: string;
  homepage?: string;
};
const GENERATED = ['汇总-住户', '待跟进', '汇总-捐赠', '公示-捐赠', '汇总-重点人员', '今日随访', '问题清单', '日报'];
const USER_SHEETS = exampleSheets().map((s) => s.name);

const itemsOf = (menu: MenuRecord) => menu.items.flatMap((i) => (i.type === 'item' ? [[i.caption, i.functionName]] : []));
/** Formulas paicha wrote other than its own links. */
const foreignFormulas = (emu: Emulator, sheets: readonly string[]) =>
  sheets.flatMap((n) => Object.values(emu.sheet(n).formulas).filter((f) => !f.startsWith('=HYPERLINK(')));

// The spreadsheet opens: the menu is there to click.
const open = (seed: SpreadsheetSeed, userLocale = 'zh_CN') => openWithAddon(dir, seed, userLocale);

const example = (): SpreadsheetSeed => ({ locale: 'zh_CN', sheets: exampleSheets().map((s) => ({ name: s.name, values: s.values })) });

/** A register of `n` households in the shape getValues returns. */
function register(n: number): Cell[][] {
  const rows: Cell[][] = [['工作组', '小区', '楼号', '单元', '门牌号', '核查状态', '走访次数']];
  for (let i = 0; i < n; i++)
    rows.push([
      `第${(i % 4) + 1}组`,
      `小区${i % 7}`,
      1 + (i % 30),
      1 + (i % 3),
      String(100 + (i % 997)) + '-' + Math.floor(i / 997),
      i % 5 === 0 ? '敲不开门' : '入户登记',
      1,
    ]);
  return rows;
}

describe('the add-on menu', () => {
  const FUNCTIONS = ['checkData', 'tallyAll', 'setupSheets', 'showDailyReport', 'showDashboard', 'showHelp'];

  it.each([
    ['zh_CN', ['检查数据', '统计汇总', '创建模板表', '日报', '看板', '帮助/关于']],
    ['zh_TW', ['檢查資料', '統計彙總', '建立範本表', '日報', '看板', '說明/關於']],
    ['en_US', ['Check data', 'Tally', 'Create template sheets', 'Daily report', 'Dashboard', 'Help / About']],
  ])('onOpen in AuthMode.NONE builds the menu in %s and touches nothing that needs authorization', (locale, labels) => {
    const emu = createEmulator({ spreadsheet: example(), userLocale: locale });
    const rt = loadBundle(dir, emu);
    rt.call('onOpen', { authMode: AuthMode.NONE });
    expect(emu.denied()).toEqual([]);
    const menu = emu.ui.menus[0]!;
    expect(itemsOf(menu)).toEqual(labels.map((l, i) => [l, FUNCTIONS[i]]));
    expect(emu.calls()['Range.getValues'] ?? 0).toBe(0);
  });

  it('onInstall builds the same menu', () => {
    const emu = createEmulator({ spreadsheet: example() });
    loadBundle(dir, emu).call('onInstall', { authMode: AuthMode.FULL });
    expect(itemsOf(emu.ui.menus[0]!).map((i) => i[1])).toEqual(FUNCTIONS);
  });

  it("shows under Extensions → the script project's name, so the project is named 排查 paicha", () => {
    const emu = createEmulator({ spreadsheet: example() });
    const rt = loadBundle(dir, emu);
    rt.onOpen();
    expect(emu.menuPaths()[0]).toBe('Extensions › Untitled project › 检查数据');
    emu.renameProject('排查 paicha');
    rt.onOpen();
    expect(emu.menuPaths()).toEqual(
      ['检查数据', '统计汇总', '创建模板表', '日报', '看板', '帮助/关于'].map((l) => `Extensions › 排查 paicha › ${l}`),
    );
  });
});

describe('帮助/关于', () => {
  it('shows the version from package.json, what each item does, where the data stays, the two permissions and how to update', () => {
    const { emu, rt } = open({ locale: 'zh_CN' });
    rt.clickMenu('帮助/关于');
    expect(emu.calls()['Range.getValues'] ?? 0).toBe(0); // it reads no sheet
    const [dialog] = emu.ui.dialogs;
    expect(dialog).toMatchObject({ kind: 'modal', title: `排查 paicha ${PACKAGE.version}` });
    const text = dialog!.content.replace(/<[^>]+>/g, ' ');
    for (const item of ['检查数据', '统计汇总', '创建模板表', '日报', '看板', '帮助/关于']) expect(text).toContain(item);
    expect(text).toContain('把问题写进“问题清单”');
    expect(text).toContain(
      '只读取这个表格，只写入它自己创建的表（汇总-住户、待跟进、进度、汇总-捐赠、公示-捐赠、门店日报、台账汇总、汇总-重点人员、今日随访、问题清单、日报）',
    );
    expect(text).toContain('不把任何数据发送到表格以外');
    expect(text).toContain('（spreadsheets.currentonly）：只能读写这一个表格');
    expect(text).toContain('（script.container.ui）');
    expect(text).toContain('拿到新版本的 paicha.gs、paicha-core.gs');
    expect(text).toContain('改成“排查 paicha”');
    expect(dialog!.content).not.toMatch(/<script|on\w+=/i);
    // The only link is the project page, when package.json names one.
    expect(dialog!.content.match(/href="[^"]*"/g) ?? []).toEqual(PACKAGE.homepage ? [`href="${PACKAGE.homepage}"`] : []);
  });

  it.each([
    ['zh_TW', '說明/關於', '只讀取這個表格'],
    ['en_US', 'Help / About', 'reads only this spreadsheet'],
  ])("speaks the spreadsheet's language (%s)", (locale, item, data) => {
    const { emu, rt } = open({ locale });
    rt.clickMenu(item);
    expect(emu.ui.dialogs[0]!.content).toContain(data);
  });
});

describe('tallyAll', () => {
  it('writes every generated sheet and leaves every user sheet as it was', () => {
    const { emu, rt } = open(example());
    const before = emu.snapshot();
    rt.clickMenu('统计汇总');
    const after = emu.snapshot();
    expect(after.sheets.map((s) => s.name)).toEqual([...USER_SHEETS, ...GENERATED]);
    for (const name of USER_SHEETS) expect(emu.sheet(name)).toEqual(before.sheets.find((s) => s.name === name));
    const summary = emu.values('汇总-住户');
    expect(summary[0]!.slice(0, 4)).toEqual(['层级', '名称', '户数', '已核实']);
    expect(summary.at(-1)!.slice(0, 3)).toEqual(['合计', '', 719]);
    expect(emu.sheet('汇总-住户').charts.length).toBe(1);
    expect(emu.sheet('汇总-住户').frozenRows).toBe(1);
    // The watch sheets, as of today: the example's watch of February 2020 is long over.
    expect(emu.values('汇总-重点人员')[0]!.slice(0, 4)).toEqual(['提醒', '小区', '楼栋单元门牌', '姓名']);
    expect(emu.values('今日随访')).toEqual([expect.arrayContaining(['小区', '随访人', expect.stringMatching(/^\d{4}-\d\d-\d\d 体温$/)])]);
  });

  it('gives identical generated sheets on a second run', () => {
    const { emu, rt } = open(example());
    rt.clickMenu('统计汇总');
    const first = emu.snapshot();
    rt.clickMenu('统计汇总');
    expect(emu.snapshot()).toEqual(first);
  });

  it('makes the same number of service calls for 1,000 and 100,000 rows, one getValues and one setValues a sheet', () => {
    const counts = [1_000, 100_000].map((n) => {
      const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '住户登记', values: register(n) }] });
      rt.clickMenu('统计汇总');
      return emu.calls();
    });
    const total = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);
    expect(total(counts[0]!)).toBe(total(counts[1]!));
    // A generated sheet is sized to its grid: shrunk below 1,000 rows, grown above; one call either way.
    const resize = (c: Record<string, number>) => (c['Sheet.insertRowsAfter'] ?? 0) + (c['Sheet.deleteRows'] ?? 0);
    const rest = (c: Record<string, number>) =>
      Object.fromEntries(Object.entries(c).filter(([k]) => k !== 'Sheet.insertRowsAfter' && k !== 'Sheet.deleteRows'));
    expect(resize(counts[0]!)).toBe(resize(counts[1]!));
    expect(rest(counts[0]!)).toEqual(rest(counts[1]!));
    expect(counts[1]!['Range.getValues']).toBe(1);
    expect(counts[1]!['Range.setValues']).toBe(4); // households only: 汇总-住户, 待跟进, 问题清单, 日报
  });

  it('leaves a user sheet named 汇总-住户 untouched and says so', () => {
    const seed = example();
    const own = { name: '汇总-住户', values: [['我们自己的汇总'], [42]] };
    const { emu, rt } = open({ ...seed, sheets: [...seed.sheets!, own] });
    rt.clickMenu('统计汇总');
    expect(emu.values('汇总-住户')).toEqual([['我们自己的汇总'], [42]]);
    expect(emu.ui.alerts.map((a) => a.prompt ?? a.title).join()).toContain('汇总-住户');
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['待跟进', '问题清单', '日报']));
  });

  it('日报 shows the report but leaves a user sheet named 日报 untouched and says so', () => {
    const seed = example();
    const own = { name: '日报', values: [['我们自己的日报'], ['今天一切正常']] };
    const { emu, rt } = open({ ...seed, sheets: [...seed.sheets!, own] });
    rt.clickMenu('日报');
    expect(emu.values('日报')).toEqual([['我们自己的日报'], ['今天一切正常']]);
    expect(emu.ui.alerts.map((a) => a.prompt ?? a.title).join()).toContain('日报');
    expect(emu.ui.dialogs.map((d) => d.kind)).toEqual(['modal']);
  });

  it('writes text that looks like a formula as literal text', () => {
    const values: Cell[][] = [
      ['小区', '楼号', '门牌号', '工作组'],
      ['=IMPORTXML("http://x","//a")', 1, '101', '+1'],
      ['-金都', 1, '102', '@SUM(A1)'],
    ];
    const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '住户', values }] });
    rt.clickMenu('统计汇总');
    expect(foreignFormulas(emu, ['汇总-住户', '待跟进', '问题清单', '日报'])).toEqual([]);
    expect(emu.values('汇总-住户').map((r) => r[1])).toContain('=IMPORTXML("http://x","//a")');
    expect(emu.values('待跟进').flat()).toEqual(expect.arrayContaining(['+1', '@SUM(A1)', '-金都']));
  });

  it('answers a second click while a run holds the lock with a toast, writing nothing', () => {
    const { emu, rt } = open(example());
    const release = emu.locks.hold('document');
    rt.clickMenu('统计汇总');
    release();
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(USER_SHEETS);
    expect(emu.ui.toasts.at(-1)!.message).toContain('正在运行');
  });
});

describe('checkData', () => {
  const values: Cell[][] = [
    ['小区', '楼号', '门牌号', '核查状态'],
    ['金都小区', '', '101', '入户登记'],
    ['金都小区', 1, '102', '看情况'],
    ['金都小区', 1, '103', '入户登记'],
  ];

  it('writes 问题清单 with a link to each problem cell and highlights cells without changing them', () => {
    const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '住户', values }] });
    const before = emu.sheet('住户');
    rt.clickMenu('检查数据');
    const links = Object.values(emu.sheet('问题清单').formulas);
    expect(links).toEqual([expect.stringMatching(/^=HYPERLINK\("#gid=\d+&range=B2","B2"\)$/), expect.stringMatching(/range=D3/)]);
    const after = emu.sheet('住户');
    expect(after.values).toEqual(before.values);
    expect(after.notes).toEqual(before.notes);
    expect(after.conditionalRules.length).toBe(1);
    expect(after.conditionalRules[0]!.ranges.length).toBe(2);
    rt.clickMenu('检查数据');
    expect(emu.sheet('住户').conditionalRules.length).toBe(1); // replaced, not piled up
  });
});

describe('live check on edit', () => {
  it('reads the header rows and the edited row only, and shows the problem in a toast', () => {
    const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '住户', values: register(5_000) }] });
    emu.resetCalls();
    rt.edit('住户!F3000', '看情况');
    expect(emu.calls()['Range.getValues']).toBe(2);
    expect(emu.ui.toasts.at(-1)!.message).toContain('F3000');
  });

  it('offers the word to type for a misspelt status, and leaves the cell as typed', () => {
    const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '住户', values: register(20) }] });
    rt.edit('住户!F12', '入户等记');
    const toast = emu.ui.toasts.at(-1)!.message;
    expect(toast).toContain('F12');
    expect(toast).toContain('是否应为“入户登记”');
    expect(toast).toContain('不计入登记率');
    expect(emu.sheet('住户').values[11]![5]).toBe('入户等记');
  });

  it('reads the edited row on the spreadsheet clock: a typed date is its own day, and one after today is said', () => {
    const rows = register(20).map((r, i) => [...r, i === 0 ? '最近走访' : '2020-02-01']);
    const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '住户', values: rows }] });
    rt.edit('住户!H12', '2090-01-01');
    expect(emu.ui.toasts.at(-1)?.message ?? '').toMatch(/^H12 日期晚于统计日 \d{4}-\d{2}-\d{2}/);
    // Sheets makes the text a Date at midnight in the spreadsheet's zone (+08:00): read on UTC it was
    // 2100-12-31, a day in range, and nothing was said.
    rt.edit('住户!H13', '2101-01-01');
    expect(emu.ui.toasts.at(-1)?.message ?? '').toContain('H13 “最近走访”的值“2101-01-01”超出合理范围');
  });

  it('asks for the way when a status is only ticked, and says nothing for a plain failure word', () => {
    const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '住户', values: register(20) }] });
    rt.edit('住户!F12', '✓');
    expect(emu.ui.toasts.at(-1)!.message).toContain('没写方式');
    const shown = emu.ui.toasts.length;
    rt.edit('住户!F13', '电话关机');
    expect(emu.ui.toasts.length).toBe(shown);
  });
});

describe('the Apps Script library', () => {
  it('Paicha.tallyWorkbook from another script returns what `paicha tally --json` prints for the same data', async () => {
    const emu = createEmulator({ spreadsheet: example() });
    const caller = [
      {
        name: 'Code.js',
        code: `function run() { var ss = SpreadsheetApp.getActiveSpreadsheet(); var sheets = ss.getSheets().map(function (s) { return { name: s.getName(), values: s.getDataRange().getValues() }; }); return JSON.stringify(Paicha.tallyWorkbook(sheets, { asOf: '2020-02-03' })); }`,
      },
    ];
    const viaLibrary = JSON.parse(loadScripts(caller, emu, { libraries: { Paicha: dir } }).call('run') as string);

    const tmp = await tempDir();
    await writeFile(join(tmp, 'example.xlsx'), await exampleWorkbookBuffer());
    const cli = await runCli(['tally', 'example.xlsx', '--json', '--as-of', '2020-02-03'], tmp);
    expect(viaLibrary).toEqual(JSON.parse(cli.stdout));
    expect(viaLibrary.households.total).toBe(719);
  });

  it('Paicha.tallyWorkbook finds mojibake as the CLI does: a register read with the wrong encoding gives the same result', async () => {
    const garble = (s: string) => iconv.decode(Buffer.from(s, 'utf8'), 'gbk');
    const register = exampleSheets()[0]!
      .values.slice(0, 40)
      .map((r) => r.map((c) => (typeof c === 'string' ? garble(c) : c)));
    const emu = createEmulator({ spreadsheet: { locale: 'zh_CN', sheets: [{ name: '住户登记', values: register }] } });
    const caller = [
      {
        name: 'Code.js',
        code: `function run() { var s = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; return JSON.stringify(Paicha.tallyWorkbook([{ name: s.getName(), values: s.getDataRange().getValues() }], { asOf: '2020-02-03' })); }`,
      },
    ];
    const viaLibrary = JSON.parse(loadScripts(caller, emu, { libraries: { Paicha: dir } }).call('run') as string);

    const tmp = await tempDir();
    await writeWorkbook(join(tmp, 'garbled.xlsx'), (wb) => wb.addWorksheet('住户登记').addRows(register.map((r) => [...r])));
    const cli = await runCli(['tally', 'garbled.xlsx', '--json', '--as-of', '2020-02-03'], tmp);
    const mojibake = (r: { problems: { items: { code: string }[] } }) => r.problems.items.filter((p) => p.code === 'mojibake').length;
    expect(mojibake(JSON.parse(cli.stdout))).toBeGreaterThan(5);
    expect(viaLibrary).toEqual(JSON.parse(cli.stdout));
  });
});
