// 管控措施 of a person under watch (issue 15): 居家隔离, 集中隔离, 健康监测, 拟返回, 已解除, with the
// variants teams write. 已解除 anywhere wins (the watch is over); otherwise the last measure named is the
// one in force (集中隔离转居家隔离 is home quarantine now). 未解除 is not a release.
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { wordKey, wordReader, type WordTable } from './word-table.ts';

export const CONTROL_MEASURES = ['home_quarantine', 'central_quarantine', 'health_monitoring', 'expected_return', 'released'] as const;
export type ControlMeasure = (typeof CONTROL_MEASURES)[number];

const TABLE: WordTable<ControlMeasure> = [
  ['released', '已解除 解除 解除隔离 解除观察 已解除隔离 期满解除 隔离期满 期满 结束隔离 隔离结束 解除管控 released'],
  ['central_quarantine', '集中隔离 集中医学观察 集中观察 集中隔离观察 隔离点 酒店隔离 集中 centralquarantine'],
  ['home_quarantine', '居家隔离 居家医学观察 居家观察 在家隔离 居家隔离观察 居家 homequarantine'],
  ['health_monitoring', '健康监测 健康观察 自我健康监测 居家健康监测 健康管理 监测 healthmonitoring monitoring'],
  ['expected_return', '拟返回 拟返 计划返回 待返回 未返回 尚未返回 未返 未到 未抵达 拟返乡 expectedreturn expectedtoreturn'],
];
const read = wordReader(TABLE, '已 中 转 转为 改为 后 再 医学 观察 天 14天 十四天 人员');

/** A 管控措施 cell → home_quarantine | central_quarantine | health_monitoring | expected_return | released. */
export function parseControlMeasure(raw: Cell): Parsed<ControlMeasure> {
  if (typeof raw !== 'string') return fail('type', 'control-measure');
  if (/[未没不尚]解除/.test(wordKey(raw))) return fail('enum', 'control-measure');
  const codes = read(raw);
  if (!codes) return fail('enum', 'control-measure');
  return ok(codes.includes('released') ? 'released' : codes[codes.length - 1]!);
}
