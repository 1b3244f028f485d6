import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../lib/cells/result.ts';
import { DEFAULT_MAX_DONATION_YUAN, implausibleAmount } from '../../../lib/datasets/donations/plausibility.ts';
import { flatten } from '../../helpers/flatten.ts';
import { run } from '../../reliability/project.ts';

const MAX = DEFAULT_MAX_DONATION_YUAN * 100;
const yuan = (y: number) => Math.round(y * 100);

describe('implausibleAmount', () => {
  it.each([
    ['a mobile number', yuan(13800138000), 1, 'amount-phone'],
    ['an 18-digit ID typed as a number (its last digits already lost)', yuan(370782198001011234), 1, 'amount-id'],
    ['a 15-digit ID', yuan(420106800101123), 1, 'amount-id'],
    ['a mobile typed into a 万元 column', yuan(13800138000 * 10000), 10000, 'amount-phone'],
    ['above the ceiling', yuan(200_000_000), 1, 'amount-ceiling'],
    ['the largest single donation of the published ledgers', yuan(10_000_000), 1, undefined],
    ['exactly the ceiling', MAX, 1, undefined],
    ['a phone-length amount with fen', yuan(13800138000.5), 1, 'amount-ceiling'],
    ['an ordinary amount', yuan(13800), 1, undefined],
  ])('%s', (_, cents, scale, why) => {
    expect(implausibleAmount(cents, scale, MAX)).toBe(why);
  });

  it('calls a phone a phone however high the ceiling', () => {
    expect(implausibleAmount(yuan(13800138000), 1, yuan(1e12))).toBe('amount-phone');
    expect(implausibleAmount(yuan(20_000_000_000), 1, yuan(1e12))).toBeUndefined();
  });
});

describe('a donation nobody gives', () => {
  const ledger: Cell[][] = [
    ['日期', '捐赠人', '类别', '金额', '物资名称', '数量', '折价'],
    ['2020-02-01', '张三', '捐款', 500, '', '', ''],
    ['2020-02-01', '李四', '捐款', '13800138000', '', '', ''],
    ['2020-02-02', '东湖建材', '捐物', '', '口罩', 10, 300_000_000],
    ['2020-02-02', '王五', '捐款', 2000, '', '', ''],
  ];

  it('is an error naming the cell, kept out of the count, the totals, the days and 公示', () => {
    const { result, rendered, analysis } = run([{ name: '捐款', values: ledger }]);
    expect(
      flatten(
        result.problems.items.filter((p) => p.severity === 'error'),
        ['row', 'column', 'code', 'value'],
      ),
    ).toEqual([
      [3, 'D', 'rule', '138****8000'],
      [4, 'G', 'rule', '300000000'],
    ]);
    expect(result.problems.items[0]!.message).toContain('手机号');
    expect(result.problems.items[1]!.message).toContain('超过上限 100,000,000 元');
    expect(result.donations).toMatchObject({ count: 2, cash: 2500, goodsValue: 0, total: 2500 });
    expect(result.donations.byDay.at(-1)!.cumulative).toBe(2500);
    expect(analysis.sheets[0]).toMatchObject({ rows: 4, counted: 2, rejected: 2, duplicates: 0 });
    const publicList = rendered.find((g) => g.name === '公示-捐赠')!.values.map((r) => r[1]);
    expect(publicList).toEqual(expect.arrayContaining(['张三', '王五']));
    expect(publicList).not.toContain('李四');
    expect(publicList).not.toContain('东湖建材');
  });

  it('counts once the ceiling is raised, unless it is shaped like a phone', () => {
    const { result } = run([{ name: '捐款', values: ledger }], { asOf: '2020-02-03', tzOffsetMinutes: 0, maxDonation: 1e9 });
    expect(result.donations).toMatchObject({ count: 3, cash: 2500, goodsValue: 300_000_000 });
    expect(
      flatten(
        result.problems.items.filter((p) => p.severity === 'error'),
        ['row', 'column'],
      ),
    ).toEqual([[3, 'D']]);
  });
});
