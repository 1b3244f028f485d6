// 营业状态 of a street shop (issue 16): 营业/正常营业 = open, 仅外卖 = open for takeaway only,
// 停业/暂停营业/未开门/关门 = closed, with the variants teams write. A cell naming both (营业（仅外卖）)
// is the narrower one; a negation (未营业, 不营业, 没开门) is closed.
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { firstInTable, wordReader, type WordTable } from './word-table.ts';

export const BUSINESS_STATUSES = ['open', 'takeaway', 'closed'] as const;
export type BusinessStatus = (typeof BUSINESS_STATUSES)[number];

/** Open to anyone or for takeaway: the shop is working (DESIGN.md counts both as open). */
export const isOpenBusiness = (s: BusinessStatus): boolean => s !== 'closed';

const TABLE: WordTable<BusinessStatus> = [
  [
    'closed',
    '停业 暂停营业 未开门 关门 已关门 闭店 歇业 未营业 停止营业 未开业 关闭 暂停 停 闭门 不营业 没开门 没营业 不开门 未开 关 closed shut',
  ],
  ['takeaway', '仅外卖 外卖 只做外卖 仅限外卖 外卖配送 仅配送 配送 takeaway takeawayonly delivery'],
  ['open', '营业 正常营业 营业中 开业 开门 已开门 开放 照常营业 在营业 正常 开 open'],
];
const read = wordReader(TABLE, '已 中 仅 只 正常 状态 今日 今天');

/** A 营业状态 cell → open | takeaway | closed. */
export function parseBusinessStatus(raw: Cell): Parsed<BusinessStatus> {
  if (typeof raw !== 'string') return fail('type', 'business-status');
  const codes = read(raw);
  return codes ? ok(firstInTable(TABLE, codes)) : fail('enum', 'business-status');
}
