// The daily duty log's cells (issue 16): 消杀 / 垃圾清运 done and how often (是, 否, 已消杀, 2次, 早晚各一次),
// 出入登记 in people-times (120, 120人次), and 封闭管理 as 正常 or a problem described in words.
import { parseChineseNumeral } from './chinese-numerals.ts';
import { parseInteger } from './integer.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { cleanText } from './text.ts';
import { firstInTable, wordKey, wordReader, type WordTable } from './word-table.ts';

/** Whether a duty was done on the day and how many times (是 = once). */
export type DoneCount = { readonly done: boolean; readonly count: number };

const YES_NO: WordTable<'yes' | 'no'> = [
  ['no', '否 无 没有 没 未 未做 没做 不 ✗ × ✘ n no none'],
  ['yes', '是 有 已 完成 已完成 做了 已做 √ ✓ ✔ ☑ 好 正常 y yes ok done'],
];
// Verbs and places a duty cell names besides the answer: 已消杀, 楼道消毒, 垃圾已清运.
const DUTY_WORDS = '消杀 消毒 杀菌 喷洒 清运 清理 清扫 打扫 清洁 垃圾 楼道 电梯 公共区域 区域 全面 进行 了 均 都 全部 今日 今天 每日';
const readYesNo = wordReader(YES_NO, DUTY_WORDS);

// N次 / N遍 / N回 (2 times), in digits or Chinese; 早晚各一次 and 上下午各一次 are two.
const TIMES = /([\d零〇一二两三四五六七八九十]{1,3})\s*(?:次|遍|回|times?)/g;

/** A 消杀 / 垃圾清运 cell → done and count: 是 → 1, 否 → 0, 2次 → 2, 上午1次下午1次 → 2, a number → itself. */
export function parseDoneCount(raw: Cell): Parsed<DoneCount> {
  if (typeof raw === 'boolean') return ok({ done: raw, count: raw ? 1 : 0 });
  if (typeof raw === 'number') {
    return Number.isInteger(raw) && raw >= 0 && raw <= 100 ? ok({ done: raw > 0, count: raw }) : fail('format', 'done-count');
  }
  if (typeof raw !== 'string') return fail('type', 'done-count');
  const key = wordKey(raw);
  if (key.length > 60) return fail('format', 'done-count');
  let count = 0;
  let counted = false;
  for (const m of key.matchAll(TIMES)) {
    const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : parseChineseNumeral(m[1]!);
    if (n === null) return fail('format', 'done-count');
    count += n;
    counted = true;
  }
  if (counted) {
    if (/(?:早晚|上下午|上午下午)各/.test(key)) count *= 2;
    // 未消杀 1次 says two things: the count is kept out, the volunteer asked.
    if (/^(?:未|没|否|无)/.test(key) && count > 0) return fail('format', 'done-count');
    return ok({ done: count > 0, count });
  }
  const words = readYesNo(raw);
  if (!words) return fail('format', 'done-count');
  return firstInTable(YES_NO, words) === 'no' ? ok({ done: false, count: 0 }) : ok({ done: true, count: 1 });
}

/** An 出入登记 cell → people-times: 120, '120人次', '１２０', 一百二十; 无 and a dash are 0. */
export function parseEntryCount(raw: Cell): Parsed<number> {
  if (typeof raw === 'string' && /^(?:无|無|没有|沒有|-|—|\/)$/.test(cleanText(raw))) return ok(0);
  const n = parseInteger(raw);
  return n.ok ? n : n.suggestion === undefined ? fail(n.code, 'entry-count') : fail(n.code, 'entry-count', n.suggestion);
}

/** 封闭管理: normal, or not with the problem as written (`issue` is the cell's text, only trimmed). */
export type ClosedManagement = { readonly normal: boolean; readonly issue: string | undefined };

const NORMAL: WordTable<'normal'> = [
  ['normal', '正常 良好 无异常 无问题 没问题 到位 落实 已落实 符合 符合要求 合格 是 ✓ √ ✔ 有序 规范 严格 执行到位 正常运行 ok normal'],
];
const readNormal = wordReader(NORMAL, '基本 均 都 情况 管理 封闭管理 封闭 执行 运行 已 较好 很好 好');

/** A 封闭管理 cell → normal, or the described problem (否, 东门无人值守, 不到位…). */
export function parseClosedManagement(raw: Cell): Parsed<ClosedManagement> {
  if (typeof raw === 'boolean') return ok(raw ? { normal: true, issue: undefined } : { normal: false, issue: '否' });
  if (typeof raw !== 'string') return fail('type', 'closed-management');
  if (cleanText(raw) === '') return fail('format', 'closed-management');
  return readNormal(raw) ? ok({ normal: true, issue: undefined }) : ok({ normal: false, issue: raw.trim() });
}
