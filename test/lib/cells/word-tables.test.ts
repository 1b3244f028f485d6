// The parsers that name one of a few things: 人员类别, 管控措施, 营业状态.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { isOpenBusiness, parseBusinessStatus } from '../../../lib/cells/business-status.ts';
import { parseControlMeasure } from '../../../lib/cells/control-measure.ts';
import { parsePersonCategory } from '../../../lib/cells/person-category.ts';
import type { Cell } from '../../../lib/cells/result.ts';
import { outcome } from './outcome.ts';

const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

function table(name: string, parse: (raw: Cell) => unknown, rows: readonly (readonly [Cell, string])[]) {
  describe(name, () => {
    it.each(rows.map(([raw, want]) => [raw, want] as const))('%s → %s', (raw, want) => {
      expect(outcome(parse(raw) as never)).toBe(want);
    });

    it('reads every Chinese phrase the same written in Traditional (Taiwan and Hong Kong)', () => {
      for (const [raw, want] of rows) {
        if (typeof raw !== 'string' || !/[\u4e00-\u9fff]/.test(raw)) continue;
        expect(outcome(parse(toTw(raw)) as never), toTw(raw)).toBe(want);
        expect(outcome(parse(toHk(raw)) as never), toHk(raw)).toBe(want);
      }
    });
  });
}

table('parsePersonCategory', parsePersonCategory, [
  ['返乡人员', 'returnee'],
  ['返乡', 'returnee'],
  ['返诸人员', 'returnee'],
  ['返诸', 'returnee'],
  ['回乡人员', 'returnee'],
  ['返汉人员', 'returnee'],
  ['外来人员', 'incoming'],
  ['外来', 'incoming'],
  ['外地人员', 'incoming'],
  ['外来务工人员', 'incoming'],
  ['密切接触者', 'close_contact'],
  ['密接', 'close_contact'],
  ['密接者', 'close_contact'],
  ['密切接触人员', 'close_contact'],
  ['重点人员', 'key_person'],
  ['重点', 'key_person'],
  ['重点人群', 'key_person'],
  ['重点管控人员', 'key_person'],
  [' 返乡人员 ', 'returnee'],
  ['【密接】', 'close_contact'],
  ['Returnee', 'returnee'],
  ['close contact', 'close_contact'],
  ['返乡人员（密接）', 'close_contact'],
  ['重点人员/外来', 'key_person'],
  ['返乡、外来', 'returnee'],
  ['学生', '!enum'],
  ['', '!enum'],
  ['次密接', '!enum'],
  [1, '!type'],
]);

table('parseControlMeasure', parseControlMeasure, [
  ['居家隔离', 'home_quarantine'],
  ['居家医学观察', 'home_quarantine'],
  ['居家观察', 'home_quarantine'],
  ['在家隔离', 'home_quarantine'],
  ['居家隔离14天', 'home_quarantine'],
  ['集中隔离', 'central_quarantine'],
  ['集中医学观察', 'central_quarantine'],
  ['隔离点', 'central_quarantine'],
  ['酒店隔离', 'central_quarantine'],
  ['健康监测', 'health_monitoring'],
  ['自我健康监测', 'health_monitoring'],
  ['居家健康监测', 'health_monitoring'],
  ['拟返回', 'expected_return'],
  ['拟返', 'expected_return'],
  ['尚未返回', 'expected_return'],
  ['未返回', 'expected_return'],
  ['已解除', 'released'],
  ['解除隔离', 'released'],
  ['隔离期满', 'released'],
  ['期满解除', 'released'],
  ['居家隔离已解除', 'released'],
  ['集中隔离转居家隔离', 'home_quarantine'],
  ['居家隔离后健康监测', 'health_monitoring'],
  ['未解除', '!enum'],
  ['尚未解除隔离', '!enum'],
  ['住院', '!enum'],
  ['', '!enum'],
  [3, '!type'],
]);

table('parseBusinessStatus', parseBusinessStatus, [
  ['营业', 'open'],
  ['正常营业', 'open'],
  ['营业中', 'open'],
  ['照常营业', 'open'],
  ['正常', 'open'],
  ['开门', 'open'],
  ['仅外卖', 'takeaway'],
  ['只做外卖', 'takeaway'],
  ['外卖', 'takeaway'],
  ['营业（仅外卖）', 'takeaway'],
  ['停业', 'closed'],
  ['暂停营业', 'closed'],
  ['未开门', 'closed'],
  ['关门', 'closed'],
  ['已关门', 'closed'],
  ['歇业', 'closed'],
  ['未营业', 'closed'],
  ['不营业', 'closed'],
  ['没开门', 'closed'],
  ['闭店', 'closed'],
  ['open', 'open'],
  ['Closed', 'closed'],
  ['装修', '!enum'],
  ['', '!enum'],
  [true, '!type'],
]);

describe('isOpenBusiness', () => {
  it('counts takeaway as open, as DESIGN.md does', () => {
    expect((['open', 'takeaway', 'closed'] as const).map(isOpenBusiness)).toEqual([true, true, false]);
  });
});
