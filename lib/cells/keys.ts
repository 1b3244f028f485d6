import { cleanText } from './text.ts';
import { simplifyCharacters } from './traditional.ts';

const ASCII_ONLY = /^[\x20-\x7e]*$/;

/**
 * The grouping key of a name: cleaned text, Traditional folded to Simplified, Latin letters lower-cased,
 * spaces removed. 金都小區 北區 and 金都小区北区 get one key. Shown names keep their own spelling.
 */
export function groupKey(s: string): string {
  const clean = cleanText(s);
  const folded = ASCII_ONLY.test(clean) ? clean : simplifyCharacters(clean);
  return folded.toLowerCase().replace(/ /g, '');
}

/**
 * groupKey with a memo: names repeat down a sheet (compounds, shops, donation labels), so each distinct
 * text is folded once. The memo stops growing at `limit` entries, so a sheet of distinct names costs no
 * more memory than folding each.
 */
export function cachedGroupKey(limit = 4096): (s: string) => string {
  const keys = new Map<string, string>();
  return (s) => {
    let key = keys.get(s);
    if (key === undefined) {
      key = groupKey(s);
      if (keys.size < limit) keys.set(s, key);
    }
    return key;
  };
}

/** Traditional → Simplified for matching words such as headers and status values. */
export function toSimplifiedText(s: string): string {
  const clean = cleanText(s);
  return ASCII_ONLY.test(clean) ? clean : simplifyCharacters(clean);
}
