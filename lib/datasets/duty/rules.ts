import { cachedGroupKey } from '../../cells/keys.ts';
import { wordKey } from '../../cells/word-table.ts';
import { fieldIndex, valueAt, type FieldValues } from '../../table/read-rows.ts';
import { dailyRows } from '../daily-rows.ts';
import type { SheetContext } from '../define.ts';
import { dutyColumns } from './columns.ts';
import type { DutyCode } from './dataset.ts';
import type { DutyRecord } from './record.ts';

export type DutySheet = SheetContext<typeof dutyColumns, DutyCode>;

export type DutyRules = (rec: FieldValues<typeof dutyColumns>, row: number, failed: readonly string[]) => DutyRecord | undefined;

const F = fieldIndex(dutyColumns);

// 发现问题 filled with "none": not an issue.
const NO_ISSUE = new Set([
  '无',
  '没有',
  '无问题',
  '没问题',
  '没有问题',
  '未发现',
  '未发现问题',
  '暂无',
  '暂无问题',
  '正常',
  '无异常',
  '均正常',
  '否',
  'none',
  'no',
  'na',
  'nil',
]);
const isNoIssue = (text: string): boolean => {
  const k = wordKey(text);
  return k === '' || NO_ISSUE.has(k);
};

/** The rules of one duty sheet: a row without a compound or a day cannot be counted. */
export function dutyRules(sheet: DutySheet): DutyRules {
  const compoundKeyOf = cachedGroupKey();
  const days = dailyRows(sheet);
  return (rec, row, failed) => {
    const compound = valueAt(rec, F.compound);
    if (compound === undefined || compound === '') return undefined;
    const day = days(valueAt(rec, F.date), valueAt(rec, F.reportTime), row, failed);
    if (!day) return undefined;
    const closed = valueAt(rec, F.closedManagement);
    const found = valueAt(rec, F.issuesFound);
    const issues: string[] = [];
    if (closed && !closed.normal && closed.issue !== undefined) issues.push(closed.issue);
    if (found !== undefined && !isNoIssue(found)) issues.push(found);
    return {
      row,
      date: day.date,
      compound,
      compoundKey: compoundKeyOf(compound),
      disinfection: valueAt(rec, F.disinfection)?.count,
      entries: valueAt(rec, F.entries),
      garbage: valueAt(rec, F.garbage)?.count,
      closedNormal: closed?.normal,
      issues,
      reportedAt: day.reportedAt,
    };
  };
}
