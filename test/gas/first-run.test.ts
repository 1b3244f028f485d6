// A team that got its spreadsheet from a "make a copy" link (…/copy) has the script bound and nothing
// else set up: the add-on must work there as it is. The first 统计汇总 without a register asks before
// creating anything.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleSheets } from '../../examples/workbook.ts';
import { PROJECT_NAME } from '../../src/gas/menu-items.ts';
import { useBuiltBundle } from './bundle.ts';
import { createEmulator, loadScripts, ScriptEditor, type Emulator, type Runtime, type SpreadsheetSeed } from './emulator/index.ts';

const dir = useBuiltBundle();
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const GENERATED = ['汇总-住户', '待跟进', '汇总-捐赠', '公示-捐赠', '问题清单', '日报'];

/** The bound script as saved in the editor; a copy of the spreadsheet carries the same files. */
const scripts = () => [
  { name: 'Code.gs', code: read('paicha.gs') },
  { name: 'paicha-core.gs', code: read('paicha-core.gs') },
];
const manifest = () => JSON.parse(read('appsscript.json'));
const load = (emu: Emulator): Runtime => loadScripts(scripts(), emu, {}, manifest());

function open(seed: SpreadsheetSeed, userLocale = 'zh_CN'): { emu: Emulator; rt: Runtime } {
  const emu = createEmulator({ spreadsheet: seed, userLocale, projectName: PROJECT_NAME });
  const rt = load(emu);
  rt.onOpen();
  return { emu, rt };
}

const blank = (locale = 'zh_CN'): SpreadsheetSeed => ({ locale });
/** A blank spreadsheet's sheets once 是 has created the templates: one for every register. */
const WITH_TEMPLATES = ['工作表1', '住户登记', '走访记录', '捐款捐物', '门店排查', '工作台账', '重点人员登记', '健康监测'];

describe('统计汇总 in a spreadsheet with no register yet', () => {
  it('asks first; 是 creates the template sheets (one for every register), and nothing else, ready for the next 统计汇总', () => {
    const { emu, rt } = open(blank());
    emu.ui.respond({ button: 'YES' });
    rt.clickMenu(['Extensions', PROJECT_NAME, '统计汇总']);
    expect(emu.ui.alerts).toEqual([
      expect.objectContaining({
        title: '还没有登记表',
        buttons: 'YES_NO',
        response: 'YES',
        prompt: expect.stringContaining('要现在创建空白模板表吗？填好后再点“统计汇总”。'),
      }),
    ]);
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(WITH_TEMPLATES);
    expect(emu.values('住户登记')[0]).toEqual(expect.arrayContaining(['小区', '楼号', '门牌号', '核查状态']));
    expect(emu.sheet('住户登记').frozenRows).toBe(1);
    expect(emu.ui.toasts.at(-1)!.message).toBe(
      '已创建：住户登记、走访记录、捐款捐物、门店排查、工作台账、重点人员登记、健康监测。填好后再点“统计汇总”。',
    );

    // The volunteers fill in a row; the next 统计汇总 tallies without asking again.
    const header = emu.values('住户登记')[0]!;
    const row = header.map((h) => ({ 小区: '金都小区', 楼号: 12, 门牌号: '301', 核查状态: '入户登记' })[h as string] ?? '');
    rt.edit(`住户登记!A2:${String.fromCharCode(64 + header.length)}2`, [row]);
    rt.clickMenu('统计汇总');
    expect(emu.ui.alerts.length).toBe(1);
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual([...WITH_TEMPLATES, '汇总-住户', '待跟进', '问题清单', '日报']);
    expect(emu.values('汇总-住户').at(-1)!.slice(0, 4)).toEqual(['合计', '', 1, 1]);
  });

  it('否 leaves the spreadsheet exactly as it was and says how to create them later', () => {
    const { emu, rt } = open(blank());
    const before = emu.snapshot();
    emu.ui.respond({ button: 'NO' });
    rt.clickMenu('统计汇总');
    expect(emu.ui.alerts.map((a) => a.response)).toEqual(['NO']);
    expect(emu.snapshot()).toEqual(before);
    expect(emu.ui.toasts.at(-1)!.message).toBe('没有创建或改动任何表。需要时可点“创建模板表”。');
  });

  it.each([
    ['zh_TW', '還沒有登記表', '住戶登記'],
    ['en_US', 'No register yet', 'Households'],
  ])("asks in the spreadsheet's language (%s)", (locale, title, sheet) => {
    const { emu, rt } = open(blank(locale), locale);
    emu.ui.respond({ button: 'YES' });
    rt.clickMenu(locale === 'en_US' ? 'Tally' : '統計彙總');
    expect(emu.ui.alerts[0]!.title).toBe(title);
    expect(emu.snapshot().sheets.map((s) => s.name)).toContain(sheet);
  });

  it('does not ask when a sheet is a register, even an empty one', () => {
    const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '登记', values: [['小区', '楼号', '门牌号', '核查状态']] }] });
    rt.clickMenu('统计汇总');
    expect(emu.ui.alerts).toEqual([]);
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(expect.arrayContaining(['汇总-住户', '问题清单']));
  });
});

describe('sharing by a "make a copy" link', () => {
  it("a copy of a blank spreadsheet with the add-on: the other team's first 统计汇总 offers the templates", () => {
    const original = createEmulator({ spreadsheet: blank(), projectName: PROJECT_NAME });
    const editor = new ScriptEditor(original);
    editor.replace('Code.gs', read('paicha.gs'));
    editor.replace(editor.addScript('paicha-core'), read('paicha-core.gs'));
    editor.showManifest();
    editor.replace('appsscript.json', read('appsscript.json'));
    editor.save();

    const copy = original.makeCopy({ userEmail: 'volunteer@another-team.example' });
    const rt = load(copy);
    rt.onOpen();
    expect(copy.menuPaths()[0]).toBe('Extensions › 排查 paicha › 检查数据');
    copy.ui.respond({ button: 'YES' });
    rt.clickMenu('统计汇总');
    expect(copy.snapshot().sheets.map((s) => s.name)).toEqual(WITH_TEMPLATES);
    expect(original.snapshot().sheets.map((s) => s.name)).toEqual(['工作表1']);
  });

  it("a copy of a team's working spreadsheet tallies at once and rewrites the copied summary sheets as paicha's own", () => {
    const { emu: original, rt } = open({ locale: 'zh_CN', sheets: exampleSheets().map((s) => ({ name: s.name, values: s.values })) });
    rt.clickMenu('统计汇总');
    const copy = original.makeCopy();
    const copied = load(copy);
    copied.onOpen();
    copied.clickMenu('统计汇总');
    expect(copy.ui.alerts).toEqual([]); // neither the first-run question nor "a sheet of yours has that name"
    const generated = (emu: Emulator) =>
      emu
        .snapshot()
        .sheets.filter((s) => GENERATED.includes(s.name))
        .map((s) => [s.name, s.values]);
    expect(generated(copy)).toEqual(generated(original));
  });
});
