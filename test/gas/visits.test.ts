import { describe, expect, it } from 'vitest';
import { visitLogRows } from '../../examples/visits.ts';
import type { Cell } from '../../lib/cells/result.ts';
import { openWithAddon, useBuiltBundle } from './bundle.ts';

// The visit log in the add-on: offered by 创建模板表, tallied into 进度 with a line per compound, and
// checked row by row as it is typed.
const dir = useBuiltBundle();

const open = (sheets: { name: string; values: Cell[][] }[]) => openWithAddon(dir, { locale: 'zh_CN', sheets });

describe('the visit log in the add-on', () => {
  it('创建模板表 offers the log beside the register', () => {
    const { emu, rt } = open([{ name: 'Sheet1', values: [] }]);
    rt.clickMenu('创建模板表');
    expect(emu.values('走访记录')[0]).toEqual(['日期', '时间', '工作组', '小区', '楼号', '单元', '门牌号', '走访结果', '走访人', '备注']);
    expect(emu.ui.toasts.at(-1)!.message).toBe('已创建：住户登记、走访记录、捐款捐物、门店排查、工作台账、重点人员登记、健康监测');
  });

  it('统计汇总 on a log alone writes 进度 with a cumulative line per compound', () => {
    // The add-on's as-of is today, and a day typed without a year takes today's: this log of 2020 says its year.
    const values = visitLogRows().map((r) => r.map((c) => (typeof c === 'string' && /^\d+月\d+日$/.test(c) ? `2020年${c}` : c)));
    const { emu, rt } = open([{ name: '走访记录', values }]);
    rt.clickMenu('统计汇总');
    const progress = emu.values('进度');
    expect(progress[0]!.slice(0, 7)).toEqual(['范围', '日期', '走访次数', '新核实', '累计已核实', '未核实', '登记率']);
    expect(progress.slice(1, 5).map((r) => [r[1], r[4], r[5]])).toEqual([
      ['2020-01-29', 499, 220],
      ['2020-01-30', 599, 120],
      ['2020-01-31', 679, 40],
      ['2020-02-01', 719, 0],
    ]);
    const chart = emu.sheet('进度').charts[0]!;
    expect(chart.type).toBe('LINE');
    // The date column and one column for each of the 4 compounds.
    expect(chart.ranges.map((r) => [r.column, r.numRows])).toEqual([
      [2, 5],
      [8, 5],
      [9, 5],
      [10, 5],
      [11, 5],
    ]);
    expect(emu.values('汇总-住户').at(-1)!.slice(0, 4)).toEqual(['合计', '', 719, 719]);
  });

  it('checks a log row as it is typed: a time it cannot read is a toast naming the cell', () => {
    const header = ['日期', '时间', '小区', '楼号', '门牌号', '走访结果'];
    const { emu, rt } = open([
      {
        name: '走访记录',
        values: [header, ['2020-01-29', '9:00', '金都小区', 12, '301', '敲不开门'], ['2020-01-29', '', '金都小区', 12, '302', '']],
      },
    ]);
    rt.edit('走访记录!B3', '25点');
    const toast = emu.ui.toasts.at(-1)!.message;
    expect(toast).toContain('B3');
    expect(toast).toContain('时间（如 19:35 或 晚上7点半）');
  });
});
