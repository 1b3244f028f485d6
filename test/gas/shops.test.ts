import { describe, expect, it } from 'vitest';
import { dutyStory, shopStory } from '../../examples/shops.ts';
import { openWithAddon, useBuiltBundle } from './bundle.ts';

const dir = useBuiltBundle();

const open = () =>
  openWithAddon(dir, {
    locale: 'zh_CN',
    sheets: [
      { name: '门店排查', values: shopStory().rows },
      { name: '工作台账', values: dutyStory().rows },
    ],
  });

describe('the add-on with the shop checks and the duty log', () => {
  it('checks a shop row as it is typed: a fever is an alert, a business word it cannot read is named', () => {
    const { emu, rt } = open();
    rt.edit('门店排查!J5', '38.2');
    expect(emu.ui.toasts.at(-1)!.message).toContain('体温异常');
    rt.edit('门店排查!K6', '看情况');
    const toast = emu.ui.toasts.at(-1)!.message;
    expect(toast).toContain('K6');
    expect(toast).toContain('营业、仅外卖或停业');
    expect(emu.sheet('门店排查').values[5]![10]).toBe('看情况');
  });

  it('统计汇总 writes 门店日报 and 台账汇总 beside the other sheets, and the report names who has not reported', () => {
    const { emu, rt } = open();
    rt.clickMenu('统计汇总');
    const shops = emu.sheet('门店日报').values;
    expect(shops[0]!.slice(0, 3)).toEqual(['状态', '小区', '门店']);
    expect(emu.sheet('台账汇总').values[0]!.slice(0, 3)).toEqual(['小区', '上报天数', '最近上报']);
    expect(emu.sheet('日报').values.flat().join('\n')).toMatch(/门店（两查一报）：共 14 家/);
  });
});
