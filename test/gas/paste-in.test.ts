// The add-on as a person installs it by hand: the files `npm run build` and `paicha addon` write, pasted
// one by one into the Apps Script editor of the spreadsheet as README.txt says, then every item of the
// menu clicked where the spreadsheet shows it (Extensions › 排查 paicha › …).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { exampleSheets } from '../../examples/workbook.ts';
import { PROJECT_NAME } from '../../src/gas/menu-items.ts';
import { useBuiltBundle } from './bundle.ts';
import { createEmulator, loadScripts, ScriptEditor, type Emulator, type Runtime, type SpreadsheetSeed } from './emulator/index.ts';

const dir = useBuiltBundle();
const read = (name: string) => readFileSync(join(dir, name), 'utf8');
const VERSION = (JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
const GENERATED = ['汇总-住户', '待跟进', '汇总-捐赠', '公示-捐赠', '问题清单', '日报'];
const SCOPES = ['https://www.googleapis.com/auth/script.container.ui', 'https://www.googleapis.com/auth/spreadsheets.currentonly'];
const STUBS = [
  'onOpen',
  'onInstall',
  'checkData',
  'tallyAll',
  'setupSheets',
  'showDailyReport',
  'showDashboard',
  'showHelp',
  'onEdit',
  'tallyWorkbook',
  'checkWorkbook',
];

const example = (): SpreadsheetSeed => ({ locale: 'zh_CN', sheets: exampleSheets().map((s) => ({ name: s.name, values: s.values })) });

/** README.txt's steps 1–7 in the editor: rename, paste paicha.gs, add paicha-core.gs, dashboard.html and help.html, paste the manifest, save. */
function installByHand(emu: Emulator): { editor: ScriptEditor; rt: Runtime } {
  const editor = new ScriptEditor(emu);
  editor.rename(PROJECT_NAME);
  editor.replace(editor.renameFile('Code.gs', 'paicha'), read('paicha.gs'));
  editor.replace(editor.addScript('paicha-core'), read('paicha-core.gs'));
  editor.replace(editor.addHtml('dashboard'), read('dashboard.html'));
  editor.replace(editor.addHtml('help'), read('help.html'));
  editor.showManifest();
  editor.replace('appsscript.json', read('appsscript.json'));
  return { editor, rt: editor.save() };
}

const generatedValues = (emu: Emulator) =>
  emu
    .snapshot()
    .sheets.filter((s) => GENERATED.includes(s.name))
    .map((s) => [s.name, s.values]);

describe('pasting the add-on by hand', () => {
  it('pasted file by file as README.txt says, every menu item runs from Extensions › 排查 paicha', () => {
    const emu = createEmulator({ spreadsheet: example(), userLocale: 'zh_CN' });
    const editor = new ScriptEditor(emu);
    expect(editor.files).toEqual(['Code.gs']);
    editor.rename(PROJECT_NAME);
    expect(editor.renameFile('Code.gs', 'paicha')).toBe('paicha.gs');
    editor.replace('paicha.gs', read('paicha.gs'));
    // Saved with only the first file: the project loads, and the menu says which file is missing.
    const half = editor.save();
    expect(half.functions()).toEqual(expect.arrayContaining([...STUBS, 'paichaAddon_']));
    expect(() => half.onOpen()).toThrow(/缺少 paicha-core\.gs[\s\S]*paicha-core\.gs is missing/);

    editor.replace(editor.addScript('paicha-core'), read('paicha-core.gs'));
    // File → New → HTML file (+ → HTML): the editor adds .html; the page is read only when 看板 opens.
    expect(editor.addHtml('dashboard')).toBe('dashboard.html');
    editor.replace('dashboard.html', read('dashboard.html'));
    editor.replace(editor.addHtml('help'), read('help.html'));
    editor.showManifest();
    editor.replace('appsscript.json', read('appsscript.json'));
    expect(editor.files).toEqual(['appsscript.json', 'paicha.gs', 'paicha-core.gs', 'dashboard.html', 'help.html']);
    const rt = editor.save();
    rt.onOpen(); // the spreadsheet is reloaded

    const items = ['检查数据', '统计汇总', '创建模板表', '日报', '看板', '帮助/关于'];
    expect(emu.menuPaths()).toEqual(items.map((i) => `Extensions › 排查 paicha › ${i}`));
    // Every item of the menu, including any added later, does something a person sees.
    for (const path of emu.menuPaths()) {
      const before = { snapshot: emu.snapshot(), shown: emu.ui.toasts.length + emu.ui.dialogs.length + emu.ui.alerts.length };
      rt.clickMenu(path.split(' › '));
      expect(rt.lastExecution?.topLevelCalls, path).toBe(0);
      const shown = emu.ui.toasts.length + emu.ui.dialogs.length + emu.ui.alerts.length;
      expect(shown > before.shown || JSON.stringify(emu.snapshot()) !== JSON.stringify(before.snapshot), path).toBe(true);
    }
    expect(emu.denied()).toEqual([]);
    const names = emu.snapshot().sheets.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(GENERATED));
    expect(emu.values('汇总-住户').at(-1)!.slice(0, 3)).toEqual(['合计', '', 719]);
    expect(emu.ui.dialogs.map((d) => d.title)).toEqual(['日报', '排查看板', `排查 paicha ${VERSION}`]);
  });

  it('gives the same spreadsheet whatever order the files are in', () => {
    const orders = [
      ['Code.gs', 'paicha-core.gs'],
      ['paicha-core.gs', 'Code.gs'],
    ];
    const results = orders.map((order) => {
      const emu = createEmulator({ spreadsheet: example() });
      const files = [
        { name: 'Code.gs', code: read('paicha.gs') },
        { name: 'paicha-core.gs', code: read('paicha-core.gs') },
      ];
      const rt = loadScripts(files, emu, { order }, JSON.parse(read('appsscript.json')));
      rt.onOpen();
      rt.clickMenu('统计汇总');
      rt.clickMenu('检查数据');
      return emu.snapshot();
    });
    expect(results[1]).toEqual(results[0]);
  });

  it('each file only declares functions: nothing runs at its top level, not even a service call', () => {
    const declared = (code: string) => {
      const context = vm.createContext({}); // no Apps Script service at all: touching one would throw
      vm.runInContext(code, context);
      const global = vm.runInContext('globalThis', context) as Record<string, unknown>;
      return Object.keys(global).map((k) => [k, typeof global[k]]);
    };
    expect(declared(read('paicha.gs'))).toEqual([...STUBS, 'paichaAddon_'].map((k) => [k, 'function']));
    expect(declared(read('paicha-core.gs'))).toEqual([['paichaCore_', 'function']]);
  });

  it('refuses to save a file cut short while pasting, naming the file, and keeps the last save', () => {
    const emu = createEmulator({ spreadsheet: example() });
    const { editor } = installByHand(emu);
    const core = read('paicha-core.gs');
    editor.replace('paicha-core.gs', core.slice(0, Math.floor(core.length / 2)));
    expect(() => editor.save()).toThrow(/^Syntax error: .* file: paicha-core\.gs$/);
    const rt = editor.runtime();
    rt.onOpen();
    rt.clickMenu('统计汇总');
    expect(emu.snapshot().sheets.map((s) => s.name)).toEqual(expect.arrayContaining(GENERATED));
  });

  it('still works when the manifest step is skipped: the same tally, and still only this spreadsheet and dialogs', () => {
    const scopes: (string[] | undefined)[] = [];
    const tally = (skipManifest: boolean) => {
      const emu = createEmulator({ spreadsheet: example() });
      const editor = new ScriptEditor(emu);
      editor.replace('Code.gs', read('paicha.gs'));
      editor.replace(editor.addScript('paicha-core'), read('paicha-core.gs'));
      if (!skipManifest) {
        editor.showManifest();
        editor.replace('appsscript.json', read('appsscript.json'));
      }
      const rt = editor.save();
      rt.onOpen();
      rt.clickMenu('统计汇总');
      scopes.push(emu.scopes());
      return generatedValues(emu);
    };
    expect(tally(true)).toEqual(tally(false));
    // Inferred from the code (paicha.gs carries @OnlyCurrentDoc) or listed in appsscript.json: the same two.
    expect(scopes).toEqual([SCOPES, SCOPES]);
  });

  it('says which page to paste when an .html file was left out, and the rest still works', () => {
    const emu = createEmulator({ spreadsheet: example() });
    const editor = new ScriptEditor(emu);
    editor.replace('Code.gs', read('paicha.gs'));
    editor.replace(editor.addScript('paicha-core'), read('paicha-core.gs'));
    const rt = editor.save();
    rt.onOpen();
    rt.clickMenu('看板');
    rt.clickMenu('帮助/关于');
    expect(emu.ui.dialogs).toEqual([]);
    expect(emu.ui.alerts.map((a) => JSON.stringify(a))).toEqual([
      expect.stringContaining('缺少 dashboard.html：请在“扩展程序 → Apps Script”里点“文件”旁的“＋ → HTML”，命名为 dashboard'),
      expect.stringContaining('缺少 help.html'),
    ]);
    rt.clickMenu('统计汇总');
    expect(emu.values('汇总-住户').at(-1)!.slice(0, 3)).toEqual(['合计', '', 719]);
  });

  it('as a library, shows its top-level functions and keeps the layers private', () => {
    const emu = createEmulator({ spreadsheet: example() });
    const caller = [{ name: 'Code.gs', code: 'function names() { return Object.keys(Paicha).sort(); }' }];
    expect(loadScripts(caller, emu, { libraries: { Paicha: dir } }).call('names')).toEqual([...STUBS].sort());
  });
});
