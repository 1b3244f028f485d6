import { isBlank, type Cell } from '../cells/result.ts';
import { cellText } from '../cells/text.ts';
import { toSimplifiedText } from '../cells/keys.ts';

export type RowKind = 'data' | 'blank' | 'total' | 'note';

// Words that open a total row, in the first cells of the row: 合计 3482232.11, 共计746人次, Total.
const TOTAL = /^(合计|总计|共计|小计|累计|总金额|总额|总数|sum\b|total\b|grand total)/i;
const NOTE = /^(备注|注|说明|注释|附注|note|notes)\s*[:：]|^注\d*[.、:：]|^\*\s*注/i;

// First characters a total or note word can start with (both scripts, either case, after padding):
// a data row's cells almost never start with one, so the full test runs on few rows.
const OPENERS = new Set('合總总共小累备備注註说說附*sStTgGnN'.split(''));
const PADDING = /^[\s\u00a0\u3000\u200b-\u200d\u2060\ufeff]+/;

function mayOpenWord(s: string): boolean {
  const c = s.charAt(0);
  if (OPENERS.has(c)) return true;
  return (c === ' ' || c === '\u00a0' || c === '\u3000' || c === '\ufeff' || c === '\u200b' || c === '\t') && OPENERS.has(s.replace(PADDING, '').charAt(0));
}

/** Classifies a row by its first non-blank cells; only the first three cells are looked at for words. */
export function classifyRow(row: readonly Cell[]): RowKind {
  let nonBlank = 0;
  let first: string | undefined;
  let wordsSeen = 0;
  let total = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (isBlank(c)) continue;
    nonBlank++;
    if (typeof c === 'string' && wordsSeen < 3) {
      wordsSeen++;
      if (!mayOpenWord(c)) {
        first ??= c;
        continue;
      }
      const t = toSimplifiedText(c).replace(/\s/g, '');
      first ??= t;
      if (TOTAL.test(t)) total = true;
    } else if (first === undefined) {
      first = cellText(c);
    }
  }
  if (nonBlank === 0) return 'blank';
  if (total) return 'total';
  if (first !== undefined && NOTE.test(first) && nonBlank <= 2) return 'note';
  return 'data';
}
