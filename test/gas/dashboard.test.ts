import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleSheets } from '../../examples/workbook.ts';
import type { Cell } from '../../lib/cells/result.ts';
import { containsPersonalNumber } from '../../lib/privacy/mask.ts';
import type { DashboardModel } from '../../lib/render/dashboard/model.ts';
import { dashboardHtml } from '../../lib/render/dashboard/page.ts';
import { MODEL_ELEMENT_ID } from '../../src/pages/dashboard.ts';
import { openWithAddon, useBuiltBundle } from './bundle.ts';
import { AuthMode, createEmulator, loadBundle, type SpreadsheetSeed } from './emulator/index.ts';

const dir = useBuiltBundle();

const open = (seed: SpreadsheetSeed) => openWithAddon(dir, seed);

/** The figures the server put into the sidebar's page, as its script reads them. */
function sidebarModel(page: string): DashboardModel {
  const json = new RegExp(`<script type="application/json" id="${MODEL_ELEMENT_ID}">([^<]*)</script>`).exec(page)?.[1];
  if (json === undefined) throw new Error(`no #${MODEL_ELEMENT_ID} in the page`);
  return JSON.parse(json) as DashboardModel;
}

const example = (): SpreadsheetSeed => ({ locale: 'zh_CN', sheets: exampleSheets().map((s) => ({ name: s.name, values: s.values })) });

/** A register of `n` households, each with a phone and an ID number, some typed into the compound too. */
function register(n: number): Cell[][] {
  const rows: Cell[][] = [['工作组', '小区', '楼号', '门牌号', '户主姓名', '联系电话', '身份证号', '核查状态']];
  for (let i = 0; i < n; i++) {
    rows.push([
      `第${(i % 4) + 1}组`,
      i % 7 === 6 ? '金都小区 联系人13812345678' : `小区${i % 7}`,
      1 + (i % 30),
      String(100 + (i % 997)) + '-' + Math.floor(i / 997),
      '张三丰',
      `1391234${String(i % 10_000).padStart(4, '0')}`,
      '11010519491231002X',
      i % 5 === 0 ? '敲不开门' : '入户登记',
    ]);
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

  it('opens a sidebar from dashboard.html holding the example’s figures, and writes nothing', () => {
    const { emu, rt } = open(example());
    const before = emu.snapshot();
    rt.clickMenu('看板');
    expect(emu.snapshot()).toEqual(before);
    const [sidebar] = emu.ui.dialogs;
    expect(sidebar!.kind).toBe('sidebar');
    expect(sidebar!.title).toBe('排查看板');
    // The page is dashboard.html with the figures put in; its script draws them (test/browser/sidebar.test.ts).
    const page = sidebar!.content;
    expect(page).toContain(readFileSync(join(dir, 'dashboard.html'), 'utf8').split('<?!=')[0]);
    const m = sidebarModel(page);
    expect(m.households).toEqual({ total: 719, verified: 551, unreached: 168, rate: expect.closeTo(0.766, 3) });
    expect(m.donations.total).toBeCloseTo(1_907_852.28, 2);
    expect(m.coverage).toContainEqual(expect.objectContaining({ place: '金都小区', total: 507, verified: 384 }));
    // Drawn by the renderer `paicha tally --html` uses: the numbers the sidebar showed when it was drawn on the server.
    const drawn = dashboardHtml(m, 'sidebar');
    expect(drawn).toContain('<dd class="big">551</dd>');
    expect(drawn).toContain('384/507 · 75.7%');
  });

  it('shows no phone or ID number from a register full of them', () => {
    const { emu, rt } = open({ locale: 'zh_CN', sheets: [{ name: '住户登记', values: register(200) }] });
    rt.clickMenu('看板');
    const page = emu.ui.dialogs[0]!.content;
    expect(sidebarModel(page).households.total).toBe(200);
    expect(sidebarModel(page).coverage.map((c) => c.place)).toContain('金都小区 联系人138****5678');
    expect(containsPersonalNumber(page)).toBe(false);
    expect(page).not.toMatch(/张三丰|11010519491231002X|1391234/);
  });

  it('keeps a compound named like markup inside the page’s JSON, as text', () => {
    const name = '</script><script>alert(1)</script><!--';
    const { emu, rt } = open({
      locale: 'zh_CN',
      sheets: [
        {
          name: '住户登记',
          values: [
            ['小区', '楼号', '门牌号', '核查状态'],
            [name, 1, '101', '入户登记'],
          ],
        },
      ],
    });
    rt.clickMenu('看板');
    const page = emu.ui.dialogs[0]!.content;
    expect(page.match(/<script/g)?.length).toBe(2); // the JSON and the renderer
    expect(page).not.toContain('alert(1)</script>');
    expect(sidebarModel(page).coverage.map((c) => c.place)).toEqual([name]);
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
    const spreadsheetCalls = Object.entries(counts[1]!)
      .filter(([k]) => !/^(Utilities|Blob|Html)/.test(k))
      .reduce((a, [, n]) => a + n, 0);
    expect(spreadsheetCalls).toBe(15);
    expect(counts[1]!['Range.getValues']).toBe(1);
    expect(counts[1]!['Range.setValues'] ?? 0).toBe(0);
  });
});
