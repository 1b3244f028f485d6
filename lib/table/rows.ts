import { LEADING_INVISIBLE, surelyVisible } from '../cells/invisible.ts';
import { isBlank, type Cell } from '../cells/result.ts';
import { cellText } from '../cells/text.ts';
import { toSimplifiedText } from '../cells/keys.ts';

export type RowKind = 'data' | 'blank' | 'total' | 'note';

// Words that open a total row, in the first cells of the row: 合计 3482232.11, 共计746人次, Total.
const TOTAL = /^(合计|总计|共计|小计|累计|总金额|总额|总数|sum\b|total\b|grand total)/i;
const NOTE = /^(备注|注|说明|注释|附注|note|notes)\s*[:：]|^注\d*[.、:：]|^\*\s*注/i;

// First characters a total or note word can start with (both scripts, either case, after padding):
// a data row's cells almost never start with one, so the full test runs on few rows. A table by char
// code: charAt would allocate a string for every non-Latin-1 character, a Set would hash each code.
const OPENERS = new Uint8Array(0x10000);
for (const c of '合總总共小累备備注註说說附*sStTgGnN') OPENERS[c.charCodeAt(0)] = 1;

function mayOpenWord(s: string): boolean {
  const c = s.charCodeAt(0);
  if (OPENERS[c] === 1) return true;
  return !surelyVisible(c) && OPENERS[s.replace(LEADING_INVISIBLE, '').charCodeAt(0)] === 1;
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
      } else {
        const t = toSimplifiedText(c).replace(/\s/g, '');
        first ??= t;
        if (TOTAL.test(t)) total = true;
      }
    } else if (first === undefined) {
      first = cellText(c);
    }
    // Three cells rule out a note and three words are all a total may start with: the rest cannot
    // change the answer (most data rows stop here, after three cells).
    if (nonBlank > 2 && wordsSeen === 3) break;
  }
  if (nonBlank === 0) return 'blank';
  if (total) return 'total';
  if (nonBlank <= 2 && first !== undefined && NOTE.test(first)) return 'note';
  return 'data';
}
