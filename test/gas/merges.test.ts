import { describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from './emulator/index.ts';
import { openWithAddon, useBuiltBundle } from './bundle.ts';

const dir = useBuiltBundle();

// 小区 merged down A2:A4 and 1号楼 down B2:B3, as a team draws its register in Sheets.
const seed = {
  locale: 'zh_CN',
  sheets: [
    {
      name: '住户登记',
      values: [
        ['小区', '楼号', '门牌号', '核查状态'],
        ['金都小区', '1号楼', '101', '入户登记'],
        ['', '', '102', '敲不开门'],
        ['', '2号楼', '201', '入户登记'],
      ],
      merges: ['A2:A4', 'B2:B3'],
    },
  ],
};

describe('merged 小区/楼号 cells in the bound spreadsheet', () => {
  it('the emulator keeps the top-left value only and lists the merged areas, as Sheets does', () => {
    const emu = createEmulator({
      spreadsheet: {
        sheets: [
          {
            name: 'x',
            values: [
              ['a', 'b'],
              ['c', 'd'],
            ],
            merges: ['A1:A2'],
          },
        ],
      },
    });
    expect(emu.values('x')).toEqual([
      ['a', 'b'],
      ['', 'd'],
    ]);
  });

  it('统计汇总 counts every row under a merged 小区 or 楼号, with no required error in 问题清单', () => {
    const { emu, rt } = openWithAddon(dir, seed);
    rt.clickMenu('统计汇总');
    const compound = emu.values('汇总-住户').find((r) => r[1] === '金都小区');
    expect(compound?.slice(2, 4)).toEqual([3, 2]); // 户数, 已核实: all three rows
    const problems = emu.values('问题清单').flat().join(' ');
    expect(problems).not.toMatch(/必填|required/);
    expect(emu.calls()['Range.getMergedRanges']).toBe(1);
  });
});

/** What the live check toasts for one edit. */
function toastsFor(emu: Emulator, edit: () => void): string[] {
  const before = emu.ui.toasts.length;
  edit();
  return emu.ui.toasts.slice(before).map((t) => t.message);
}

describe('the live check under a merged 小区 or 楼号', () => {
  it("reads a row typed under a merged area with the area's value, as 统计汇总 does: no required 小区 or 楼号", () => {
    const { emu, rt } = openWithAddon(dir, seed);
    const toasts = toastsFor(emu, () => rt.edit('住户登记!C3', '103'));
    expect(toasts.join('\n')).not.toMatch(/必填|required/);
    expect(toasts).toEqual([]);
    // The same row typed below the merged areas has no 小区 or 楼号, and the live check says so.
    expect(toastsFor(emu, () => rt.edit('住户登记!C5:D5', [['104', '入户登记']]))).toEqual([
      'A5 “小区”是必填项，不能为空。请补上。\nB5 “楼号”是必填项，不能为空。请补上。',
    ]);
  });

  it("takes the area's value from above the rows it reads, with one call for the merged areas", () => {
    const rows = Array.from({ length: 40 }, (_, i) => ['', '', String(301 + i), '入户登记']);
    rows[0] = ['银杏苑', '3号楼', '301', '入户登记'];
    const { emu, rt } = openWithAddon(dir, {
      locale: 'zh_CN',
      sheets: [{ name: '住户登记', values: [['小区', '楼号', '门牌号', '核查状态'], ...rows], merges: ['A2:A41', 'B2:B41'] }],
    });
    emu.resetCalls();
    const toasts = toastsFor(emu, () => rt.edit('住户登记!C35', '999'));
    expect(toasts.join('\n')).not.toMatch(/必填|required/);
    expect(toasts).toEqual([]);
    expect(emu.calls()['Range.getMergedRanges']).toBe(1);
  });
});
