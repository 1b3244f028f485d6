// Head counts of a shop check (已查人数, 外地返回, 体温异常): a number of people as typed (3, 3人, 三人),
// with 无/没有/否/a dash for none. 体温异常 is also typed as a reading (37.5℃) or a yes/no: a reading
// is a fever or not by the national threshold, 有 is one person at least.
import { parseInteger } from './integer.ts';
import { fail, ok, type Cell, type Parsed } from './result.ts';
import { isFever, parseTemperature } from './temperature.ts';
import { cleanText } from './text.ts';
import { wordKey } from './word-table.ts';

const NONE = new Set(['无', '没有', '否', '0人', '零', '-', '—', '/', 'no', 'none', 'n', '正常', '均正常', '无异常', '未发现', '没', '未']);
const SOME = new Set(['有', '是', 'yes', 'y', '异常', '发热', '发烧']);

const noneWord = (raw: string): boolean => {
  const k = wordKey(raw);
  return k === '' ? /^[-—/]$/.test(cleanText(raw)) : NONE.has(k);
};

/** A number of people: 3, '3人', '三人', '１２'; 无 / 没有 / 否 / a dash are 0. */
export function parseHeadcount(raw: Cell): Parsed<number> {
  if (typeof raw === 'string' && noneWord(raw)) return ok(0);
  const n = parseInteger(raw);
  if (n.ok) return n.value <= 10_000 ? n : fail('range', 'headcount');
  return n.suggestion === undefined ? fail(n.code, 'headcount') : fail(n.code, 'headcount', n.suggestion);
}

// A body temperature typed where a count is asked: a decimal in the plausible range, or with ℃/度.
const READING = /[.,℃°度]|摄氏|体温/;

/**
 * 体温异常 → people with a fever: a count (0, 1人, 无), a reading (37.5, 37.8℃ → 1; 36.5 → 0), or
 * 有/是 (1: at least one, the volunteer is asked how many elsewhere).
 */
export function parseFeverCount(raw: Cell): Parsed<number> {
  if (typeof raw === 'number' && !Number.isInteger(raw) && raw >= 30 && raw < 45) return ok(isFever(raw) ? 1 : 0);
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= 34 && raw <= 43) return ok(isFever(raw) ? 1 : 0);
  if (typeof raw === 'string') {
    if (noneWord(raw)) return ok(0);
    if (SOME.has(wordKey(raw))) return ok(1);
    if (READING.test(raw)) {
      const t = parseTemperature(raw);
      return t.ok ? ok(isFever(t.value) ? 1 : 0) : fail('format', 'fever-count', t.suggestion);
    }
  }
  const n = parseInteger(raw);
  if (n.ok) return n.value <= 1000 ? n : fail('range', 'fever-count');
  return fail(n.code, 'fever-count');
}
