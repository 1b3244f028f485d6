import { describe, expect, it } from 'vitest';
import { exampleSheets } from '../../examples/workbook.ts';
import type { Cell } from '../../lib/cells/result.ts';
import { containsPersonalNumber } from '../../lib/privacy/mask.ts';
import { openWithAddon, useBuiltBundle } from './bundle.ts';
import { AuthMode, createEmulator, loadBundle, type SpreadsheetSeed } from './emulator/index.ts';

const dir = useBuiltBundle();

const open = (seed: SpreadsheetSeed) => openWithAddon(dir, seed);

const example = (): SpreadsheetSeed => ({ locale: 'zh_CN', sheets: exampleSheets().map((s) => ({ name: s.name, values: s.values })) });

/** A register of `n` households, each with a phone and an ID number, some typed into the compound too. */
function register(n: number): Cell[][] {
  const rows: Cell[][] = [['工作组', '小区', '楼号', '门牌号', '户主姓名', '联系电话', '身份证号', '核查状态']];
  for (let i = 0; i < n; i++) {
    rows.push([`第${(i % 4) + 1}组`, i % 7 === 6 ? '金都小区 联系人13812345678' : `小区${i % 7}`, 1 + (i % 30), String(100 + (i % 997)) + '-' + Math.floor(i / 997), '张三丰', `1391234${String(i % 10_000).padStart(4, '0')}`, '11010519491231002X', i % 5 === 0 ? '敲不开门' : '入户登记']);
  }
  return rows;
}

describe('看板 (showDashboard)', () => {
  it('is the item before 帮助/关于 in the add-on menu', () => {
    const emu = createEmulator({ spreadsheet: example(), userLocale: 'zh_CN' });
    loadBundle(dir, emu).call('onOpen', { authMode: AuthMode.NONE });
    const item = emu.ui.menus[0]!.items.at(-2)!;
    expect(item).toEqual({ type: 'item', caption: '看板', functionName: 'showDashboard' });
  });

  it('opens a sidebar with the example’s numbers and charts, and writes nothing', () => {
    const { emu, rt } = open(example());
    const before = emu.snapshot();
    rt.clickMenu('看板');
    expect(emu.snapshot()).toEqual(before);
    const [sidebar] = emu.ui.dialogs;
    expect(sidebar!.kind).toBe('sidebar');
    expect(sidebar!.title).toBe('排查看板');
    const page = sidebar!.content;
    expect(page).toContain('<dd class="big">551</dd>'); // households verified, of 719
    expect(page).toContain('共 719 户');
    expect(page).toContain('76.6%');
    expect(page).toContain('1,907,852<small>.28</small>'); // donations in all, yuan
    expect(page).toContain('384/507 · 75.7%'); // 金都小区
    expect(page.match(/<svg /g)?.length).toBe(3); // coverage, running total, by day
    expect(page).not.toMatch(/<script/i);
  });

  it('shows no phone or ID number from a register full of them', () => {
    const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '住户登记', values: register(200) }] });
    rt.clickMenu('看板');
    const page = emu.ui.dialogs[0]!.content;
    expect(page).toContain('共 200 户');
    expect(page).toContain('金都小区 联系人138****5678');
    expect(containsPersonalNumber(page)).toBe(false);
    expect(page).not.toMatch(/张三丰|11010519491231002X|1391234/);
  });

  it('reads each sheet with one getValues: the same service calls for 1,000 and 100,000 rows', () => {
    const counts = [1_000, 100_000].map((n) => {
      const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '住户登记', values: register(n) }] });
      rt.clickMenu('看板');
      return emu.calls();
    });
    expect(counts[0]).toEqual(counts[1]);
    // Measured: 15 SpreadsheetApp calls (open, locale, time zone, sheets, marker lookup, size check, one
    // read and its merged areas, the sidebar); the rest are the mojibake check's Utilities round trips, as in 统计汇总.
    const spreadsheetCalls = Object.entries(counts[1]!).filter(([k]) => !/^(Utilities|Blob|Html)/.test(k)).reduce((a, [, n]) => a + n, 0);
    expect(spreadsheetCalls).toBe(15);
    expect(counts[1]!['Range.getValues']).toBe(1);
    expect(counts[1]!['Range.setValues'] ?? 0).toBe(0);
  });
});
